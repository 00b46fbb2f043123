"""Text folded for searching, so that what a person types without marks finds names
written with them: "nguyen" finds "Nguyễn", "sukru" finds "Şükrü", "quran" finds "Qur'ān".

NFKD splits a letter from its marks (ễ → e + ̂ + ̃), the marks are dropped, and the rest is
case-folded. A few letters are not composed of a base and a mark and are mapped by hand
(Turkish dotless ı, Vietnamese đ, Nordic ø, German ß through casefold). Apostrophes and
hyphens are dropped, so "Al-Qur'an" and "alquran" meet.
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD leaves whole but a person types as plain Latin.
_PLAIN = str.maketrans({"ı": "i", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "œ": "oe"})
_DROPPED = {"'", "’", "ʼ", "`", "-", "‐"}


def fold(text: str | None) -> str:
    """*text* without marks, case, apostrophes or hyphens (None and "" give "")."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch not in _DROPPED)
    return kept.casefold()
