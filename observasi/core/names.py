"""People's names compared the way a person reads them.

"Şükrü" and "sukru", "SITI AMINAH" and "Siti  Aminah" are the same name to a principal
typing in a search box or a roster that spells a name in capitals; the stored name keeps
its diacritics and case. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, without diacritics, white space collapsed ("sukru" finds "Şükrü")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def name_key(text: str) -> str:
    """The key two spellings of one name share: :func:`fold` without punctuation, so
    "Siti Aminah, S.Pd." and "SITI AMINAH S.PD" match."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
