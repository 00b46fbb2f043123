"""The one check every roster cell's text passes before it can become a teacher's field.

Kept in one function so that the program-wide text boundary (issue 15's
``observasi/core/text.py``) can take its place in one edit: NUL is refused (``Jo\\x00ko``
is not a name a person typed), control characters and the bidi overrides that reorder what
a screen or a PDF shows are removed, the text is NFC-normalised with its white space
collapsed, and its length is bounded per field with the limit named in the message.
"""

from __future__ import annotations

import re
import unicodedata

from observasi.i18n import t

# Characters per field; a longer cell is refused (with the limit named), never cut.
LIMITS = {
    "name": 150,
    "name_plain": 150,
    "title_front": 60,
    "title_back": 80,
    "nip": 40,
    "nuptk": 40,
    "npsn": 20,
    "gender": 20,
    "ptk_type": 80,
    "subject": 120,
    "rank": 60,
    "birth_date": 40,
}

# C0 and C1 controls (tab, newline and carriage return become spaces below) and the
# bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_REMOVED = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class CellRejected(ValueError):
    """A cell whose text cannot be used; the message says why (row and column are added
    by the caller)."""


def clean_cell(text: str, field: str) -> str:
    if "\x00" in text:
        raise CellRejected(t("roster.cell.nul", text=text.replace("\x00", "\\x00")[:40]))
    text = _REMOVED.sub("", unicodedata.normalize("NFC", text))
    text = " ".join(text.split())
    limit = LIMITS.get(field, 150)
    if len(text) > limit:
        raise CellRejected(t("roster.cell.too_long", length=len(text), limit=limit))
    return text
