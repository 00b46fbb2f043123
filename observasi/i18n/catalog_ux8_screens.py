"""Messages of the seventh walk's leftovers on the screens (round 8, ux8-screens): a
colleague's unfinished record, opened on another laptop."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "ux8.colleague.title": ("Observasi ini milik {observer}", "This observation is {observer}'s"),
    "ux8.colleague.lines": (
        "{observer} memulainya di laptopnya dan belum selesai. Bila dilanjutkan di laptop ini, akan ada dua "
        "versi yang berbeda (konflik) yang harus diselesaikan setelah sinkron. Lihat saja tidak mengubah apa pun.",
        "{observer} began it on their laptop and has not finished it. Continued on this laptop, there will be "
        "two different versions (a conflict) to settle after the sync. Viewing changes nothing.",
    ),
    "ux8.colleague.someone": ("pengamat lain", "another observer"),
    "ux8.colleague.view": ("Lihat saja", "Only view"),
    "ux8.colleague.continue": ("Tetap lanjutkan di sini", "Continue here anyway"),
}
