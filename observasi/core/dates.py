"""Dates as Indonesian schools speak of them: semesters and written-out dates."""

from __future__ import annotations

import datetime as dt

from observasi.i18n import get_language

_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def semester_of(day: dt.date) -> str:
    """The school semester of *day*: July-December is ``YYYY-1`` (ganjil) of the school
    year starting that July, January-June is ``YYYY-2`` (genap) of the year before."""
    return f"{day.year}-1" if day.month >= 7 else f"{day.year - 1}-2"


def semester_range(semester: str) -> tuple[dt.date, dt.date]:
    """First and last day of a semester written ``YYYY-1`` or ``YYYY-2``."""
    year_text, _, half = semester.partition("-")
    year = int(year_text)
    if half == "1":
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if half == "2":
        return dt.date(year + 1, 1, 1), dt.date(year + 1, 6, 30)
    raise ValueError(semester)


def semester_label(semester: str, lang: str | None = None) -> str:
    """``2026-1`` -> ``Ganjil 2026/2027`` (or ``Odd semester 2026/2027``)."""
    lang = lang or get_language()
    year_text, _, half = semester.partition("-")
    try:
        year = int(year_text)
    except ValueError:
        return semester
    names = {"id": ("Ganjil", "Genap"), "en": ("Semester 1", "Semester 2")}[lang]
    return f"{names[0] if half == '1' else names[1]} {year}/{year + 1}"


def long_date(day: dt.date, lang: str | None = None, weekday: bool = True) -> str:
    """``Selasa, 24 November 2026`` (or ``Tuesday, 24 November 2026``)."""
    lang = lang or get_language()
    text = f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
    return f"{_DAYS[lang][day.weekday()]}, {text}" if weekday else text


def short_date(day: dt.date, lang: str | None = None) -> str:
    """``30 Nov 2026`` (Indonesian: Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des)."""
    lang = lang or get_language()
    return f"{day.day} {_MONTHS[lang][day.month - 1][:3]} {day.year}"


def short_iso_date(text: str | None, lang: str | None = None) -> str:
    """A day kept as ISO text (a follow-up's due date) said as :func:`short_date` says it,
    as the person reads dates elsewhere; "" for none, the text itself when it is no day."""
    if not text:
        return ""
    try:
        return short_date(dt.date.fromisoformat(text), lang)
    except ValueError:
        return text


def typed_date(text: str | None) -> str:
    """An ISO day in the form people type it back (24/11/2026), for a field to edit."""
    try:
        return dt.date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""
    except ValueError:
        return text or ""


def parse_date(text: str) -> dt.date:
    """ISO dates and the day-first forms Indonesians type: 24/11/2026, 24-11-2026."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
