"""The stretch of time a recap covers: a school semester (Ganjil July-December, Genap
January-June), a calendar year (January-December, the year of the national performance
system's reports) or a date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from observasi.core.dates import long_date, parse_date, semester_label, semester_of, semester_range
from observasi.errors import UserError
from observasi.i18n import t


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    semester: str | None = None
    year: int | None = None  # a calendar year

    @classmethod
    def of_semester(cls, semester: str) -> Period:
        try:
            start, end = semester_range(semester.strip())
        except ValueError as exc:
            raise UserError(t("recap.err.semester", value=semester)) from exc
        return cls(start, end, semester.strip())

    @classmethod
    def preset(cls, text: str) -> Period:
        """A period as people name it: ``2026-1`` / ``Ganjil 2026`` / ``Ganjil 2026/2027``
        (July-December 2026), ``2025-2`` / ``Genap 2026`` / ``Genap 2025/2026`` (January-June
        2026), ``2026`` / ``Tahun 2026`` (the calendar year)."""
        words = text.strip().lower().replace("semester", " ").split()
        match words:
            case [year] if year.isdigit():
                return cls.of_year(year)
            case [("tahun" | "year"), year]:
                return cls.of_year(year)
            case [("ganjil" | "odd"), years]:
                return cls.of_semester(f"{years.partition('/')[0]}-1")
            case [("genap" | "even"), years]:
                first, slash, _ = years.partition("/")
                if not first.isdigit():
                    raise UserError(t("recap.err.semester", value=text))
                # "Genap 2026" is the one in 2026 (January-June), of the school year 2025/2026.
                return cls.of_semester(f"{first if slash else int(first) - 1}-2")
        return cls.of_semester(text)

    @classmethod
    def of_year(cls, year: int | str) -> Period:
        """The calendar year *year*: 1 January to 31 December."""
        try:
            number = int(str(year).strip())
            return cls(dt.date(number, 1, 1), dt.date(number, 12, 31), year=number)
        except ValueError as exc:
            raise UserError(t("year.err.year", value=year)) from exc

    @classmethod
    def between(cls, start: str | dt.date, end: str | dt.date) -> Period:
        first, last = _date(start), _date(end)
        if first > last:
            raise UserError(t("recap.err.range", start=first.isoformat(), end=last.isoformat()))
        return cls(first, last)

    @classmethod
    def current(cls, today: dt.date | None = None) -> Period:
        return cls.of_semester(semester_of(today or dt.date.today()))

    @property
    def date_from(self) -> str:
        return self.start.isoformat()

    @property
    def date_to(self) -> str:
        return self.end.isoformat()

    def label(self) -> str:
        """``Ganjil 2026/2027 (1 Juli 2026 - 31 Desember 2026)`` or just the two dates."""
        dates = f"{long_date(self.start, weekday=False)} - {long_date(self.end, weekday=False)}"
        if self.semester:
            return f"{semester_label(self.semester)} ({dates})"
        if self.year is not None:
            return f"{t('year.period.calendar', year=self.year)} ({dates})"
        return dates

    def file_stem(self) -> str:
        """A Windows-valid part of a file name: ``2026-1``, ``2026`` or ``2026-07-01_2026-09-30``."""
        if self.semester:
            return self.semester
        return str(self.year) if self.year is not None else f"{self.date_from}_{self.date_to}"


def _date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UserError(t("recap.err.date", value=value)) from exc
