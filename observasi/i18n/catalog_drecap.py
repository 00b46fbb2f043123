"""Messages of the district recap at scale (issue 19, round 3): the district screen lists its
schools at once and fills in their figures when the recap is counted."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "drecap.tui.counting": (
        "Menghitung rekap {schools} sekolah... Enter sudah bisa membuka rekap satu sekolah.",
        "Computing the recap of {schools} schools... Enter already opens one school's recap.",
    ),
}
