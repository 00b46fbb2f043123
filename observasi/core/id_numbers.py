"""Indonesian identity numbers as schools write them: NIP, NUPTK, NPSN.

* NIP (civil servant and PPPK number): 18 digits, ``YYYYMMDD`` birth date, ``YYYYMM``
  appointment, one digit for gender (1 man, 2 woman), three digits of sequence.
* NUPTK (the national number of teachers and staff): 16 digits.
* NPSN (the national school number): 8 characters, digits (a few non-formal units begin
  with a capital letter).

People type them with spaces ("19780301 200501 1 001"), a leading apostrophe (Excel's
"keep as text" mark) or ``-`` for "none", and Excel turns a long number it was not told to
keep as text into ``1.97803E+17``, or keeps only its first 15 digits. :func:`check_id`
takes what a cell held and says what it is, or why it cannot be used; the caller names the
row and the column. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from observasi.errors import UserError
from observasi.i18n import t

IdKind = Literal["nip", "nuptk", "npsn"]

LENGTHS: dict[IdKind, int] = {"nip": 18, "nuptk": 16, "npsn": 8}
LABELS: dict[IdKind, str] = {"nip": "NIP", "nuptk": "NUPTK", "npsn": "NPSN"}

# Excel keeps 15 significant digits of a number; a longer id stored as a number has lost
# its last digits (they read as zeros) even when it does not show in E notation.
EXCEL_DIGITS = 15

_EMPTY = {"", "-", "–", "—", "0", "none", "tidak ada", "belum ada", "n/a"}
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_SEPARATORS = re.compile(r"[\s.\-'`’]+")


@dataclass(frozen=True)
class IdCheck:
    """The id as stored (digits only, or "" for none), or the reason it is unusable."""

    value: str
    problem: str | None = None


def _digits_of(raw: str) -> str:
    text = raw.strip().lstrip("'`’")
    return _SEPARATORS.sub("", text)


def check_id(kind: IdKind, raw: str, *, from_number: bool = False) -> IdCheck:
    """Check *raw* (a cell's text) as an id of *kind*.

    *from_number* says the cell was a number in a workbook, not text: an id longer than
    Excel's 15 digits cannot have survived that.
    """
    text = raw.strip()
    label = LABELS[kind]
    if text.casefold() in _EMPTY:
        return IdCheck("")
    if _SCIENTIFIC.fullmatch(text):
        return IdCheck("", t("id.err.scientific", label=label, value=text))
    digits = _digits_of(text)
    if kind == "npsn" and re.fullmatch(r"[A-Za-z]\d{7}", digits):
        return IdCheck(digits.upper())
    if not digits.isdigit() or not digits.isascii():
        return IdCheck("", t("id.err.not_digits", label=label, value=text, length=LENGTHS[kind]))
    if from_number and len(digits) > EXCEL_DIGITS:
        return IdCheck("", t("id.err.excel_number", label=label, value=digits))
    if len(digits) != LENGTHS[kind]:
        return IdCheck("", t("id.err.length", label=label, value=text, length=LENGTHS[kind], count=len(digits)))
    if kind == "nip":
        problem = _nip_problem(digits)
        if problem:
            return IdCheck("", problem)
    return IdCheck(digits)


def _nip_problem(nip: str) -> str | None:
    if nip_birth_date(nip) is None:
        return t("id.err.nip_birth", value=nip, part=nip[0:8])
    if not 1 <= int(nip[12:14]) <= 12:
        return t("id.err.nip_appointed", value=nip, part=nip[8:14])
    if nip[14] not in "12":
        return t("id.err.nip_gender", value=nip, digit=nip[14])
    return None


def nip_birth_date(nip: str) -> dt.date | None:
    """The birth date a valid NIP carries."""
    try:
        return dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return None


def nip_gender(nip: str) -> str:
    """ "L" or "P" from a valid NIP's gender digit."""
    return {"1": "L", "2": "P"}.get(nip[14:15], "")


# The labels whose numbers have a known form: checked wherever a person types one.
_CHECKED_LABELS: dict[str, IdKind] = {"NIP": "nip", "NUPTK": "nuptk", "NPSN": "npsn"}


def checked_number(label: str, number: str, field: str) -> str:
    """*number* as kept (its digits) when *label* names a number of a known form (NIP,
    NUPTK, the school's NPSN), else as typed; a UserError naming the field (*field*, translated by the caller)
    and what is wrong. The welcome once saved a 17-digit NIP
    without a word: it is printed on every signed sheet and sealed in the signing
    certificate for ten years; the programme prints the pengawas' and the team's on its
    signed PDF. The profile and the programme both check through this one function."""
    kind = _CHECKED_LABELS.get(label)
    if kind is None:
        return number
    checked = check_id(kind, number)
    if checked.problem is not None:
        raise UserError(f"{field}: {checked.problem}")
    return checked.value
