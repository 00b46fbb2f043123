"""The one boundary every text from outside passes before the program keeps or shows it.

Outside means a roster cell, a teacher typed in a form or on the command line, a form
file, a workbook, a revision received from another laptop, a settings value, and what a
person types during a lesson. The rules are the same everywhere, so they live here once:

- NUL is refused with a message (``Jo\\x00ko`` is not text a person typed; turning it
  into ``Jo ko`` would keep a wrong name without a word).
- Control characters (C0 except tab and line breaks, DEL, C1) are removed: ``ESC[2J``
  in a name must not reach a terminal, a bell or a backspace means nothing in a record.
- The bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are
  removed: they reorder what a screen or a PDF shows ("gnp.exe" read as "exe.png").
  The marks U+200E/U+200F and Arabic letters themselves are kept: right-to-left text is
  text.
- The length is bounded per kind of field, with the limit named in the message; a
  longer text is refused, never cut.

A single-line kind (a name, a NIP) is also NFC-normalised with its white space
collapsed. Text being typed (``tidy=False``) keeps its spaces and line breaks as typed:
an autosaved note whose trailing space vanished under the cursor would fight the typist.

:func:`displayable` is the screen's guard for text that was stored before this
boundary existed; :func:`text_problems` finds the characters a received structure (a
revision, a form) must not carry, with the JSON path of each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from observasi.errors import UserError
from observasi.i18n import t

# Characters per kind of field. Names and id numbers come from the roster's columns;
# "line" is any other one-line field (a class, a place, a school's name); "evidence" one
# line of lesson evidence; "kop" the lines of a letterhead; "note" a free text of several lines (a note, an answer, a plan).
LIMITS: Final[dict[str, int]] = {
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
    "line": 300,
    "kop": 600,
    "evidence": 2000,
    "note": 10_000,
}
# Kinds whose text may hold line breaks and tabs (a kop is printed one line per line).
MULTILINE: Final[frozenset[str]] = frozenset({"note", "evidence", "kop"})

_BIDI = "\u202a-\u202e\u2066-\u2069"
# Removed from every text: C0 controls but tab, line feed and carriage return; DEL and C1;
# the bidi embeddings, overrides and isolates.
_REMOVED = re.compile(f"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
# Removed from a single-line text as well (they become spaces first).
_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]")
# What a received structure may not carry: NUL, the removed controls and bidi overrides.
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")


class TextRejected(UserError):
    """A text that cannot be kept; the message says why (the caller adds where)."""


def kind_label(kind: str) -> str:
    return t(f"text.kind.{kind}") if kind in LIMITS else kind


def clean_text(text: str, kind: str = "line", *, tidy: bool = True) -> str:
    """*text* as the program keeps it, or :class:`TextRejected` (NUL, over the limit)."""
    if "\x00" in text:
        raise TextRejected(t("text.nul", text=shown(text)))
    if tidy:
        text = unicodedata.normalize("NFC", text)
    text = _REMOVED.sub("", text)
    if kind not in MULTILINE:
        text = _BREAKS.sub(" ", text)
        if tidy:
            text = " ".join(text.split())
    elif tidy:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    limit = LIMITS.get(kind, LIMITS["line"])
    if len(text) > limit:
        raise TextRejected(t("text.too_long", length=len(text), limit=limit, kind=kind_label(kind)))
    return text


def displayable(text: str) -> str:
    """*text* safe to put on a terminal or a page: controls and bidi overrides removed
    (NUL too), line breaks kept. Never refuses: it guards what is already stored."""
    return _FORBIDDEN.sub("", text)


def shown(text: str, width: int = 40) -> str:
    """A short, visible rendering of a text in a message: every control character as its
    escape (``Jo\\x00ko``), cut to *width*."""
    out = _FORBIDDEN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return out if len(out) <= width else out[: width - 1] + "…"


Loc = tuple[str | int, ...]


def json_path(loc: Loc) -> str:
    """``("payload", "teacher", "name")`` -> ``$.payload.teacher.name`` (list items 0-based:
    ``$.payload.evidence[3].text``), as a JSON path names a place in a file."""
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += f"[{part!r}]"
    return out


def text_problems(value: object, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """``(place, what is wrong)`` for every string in *value* (dicts, lists, strings)
    holding a character no text of ours carries: NUL, a control character, a bidi
    override. Keys are checked too (they are text from outside as well)."""
    stack: list[tuple[Loc, object]] = [(loc, value)]
    while stack:  # no recursion: a received structure may be deep
        where, item = stack.pop()
        if isinstance(item, str):
            found = _FORBIDDEN.search(item)
            if found:
                yield where, t("text.bad_char", char=f"U+{ord(found.group()):04X}", text=shown(item))
        elif isinstance(item, dict):
            for key, child in reversed(list(item.items())):
                if isinstance(key, str) and _FORBIDDEN.search(key):
                    yield where, t("text.bad_key", text=shown(key))
                stack.append(((*where, str(key)), child))
        elif isinstance(item, list | tuple):
            stack.extend(((*where, i), child) for i, child in reversed(list(enumerate(item))))


def paragraph_markup(text: str) -> str:
    """*text* as the markup of a reportlab Paragraph that shows it as written: ``<``, ``>``
    and ``&`` escaped (a name with ``<b>`` or ``<font>`` is not markup), control characters
    and bidi overrides removed, line breaks kept as ``<br/>``."""
    from xml.sax.saxutils import escape

    return escape(displayable(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def invalid_place(errors: Sequence[Mapping[str, Any]], root: Loc = ()) -> str:
    """The first of a pydantic ValidationError's ``errors()`` as ``$.payload.teacher.name:
    Field required``: the place in the received JSON and what is wrong there."""
    if not errors:
        return json_path(root)
    first = errors[0]
    loc = tuple(part for part in first.get("loc", ()) if isinstance(part, str | int))
    more = f" (+{len(errors) - 1})" if len(errors) > 1 else ""
    return f"{json_path((*root, *loc))}: {shown(str(first.get('msg', '')), 80)}{more}"
