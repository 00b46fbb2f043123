"""Which columns the home list shows at a terminal width, and the short form code it
uses when the full form id does not fit."""

from __future__ import annotations

# Below NARROW columns class and subject share one column; below WIDE the form shows as a
# short code. So date, teacher, status, nilai and progress always fit without scrolling.
NARROW = 100
WIDE = 120


def form_code(form_id: str) -> str:
    """A short code for a form id, from the initials of its words: "supervisi-akademik"
    -> "SA", "pkg" -> "PKG"; the full id is in the form filter and on wider terminals."""
    words = [word for word in form_id.replace("_", "-").split("-") if word]
    if len(words) == 1:
        return words[0][:4].upper()
    return "".join(word[0] for word in words)[:4].upper()


def layout_for(width: int) -> str:
    """Which columns the list shows at a terminal *width*: "narrow", "medium" or "wide"."""
    return "narrow" if width < NARROW else "medium" if width < WIDE else "wide"
