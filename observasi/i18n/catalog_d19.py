"""Messages of the district screen's kept figures (issue 19, round 4): figures counted
before are shown at once with when they were counted, and said to be out of date while a
school read since is counted again."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "d19.tui.counted": (
        "Dihitung {when}. {summary}",
        "Counted {when}. {summary}",
    ),
    "d19.tui.stale": (
        "Angka di bawah dihitung {when}; sejak itu ada sekolah yang berubah. Menghitung ulang...",
        "The figures below were counted {when}; a school has changed since. Counting again...",
    ),
    "d19.tui.still_stale": (
        "Angka di bawah masih yang dihitung {when}: ada sekolah yang berubah sejak itu.",
        "The figures below are still those counted {when}: a school has changed since.",
    ),
}
