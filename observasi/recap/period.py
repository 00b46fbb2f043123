"""The stretch of time a recap covers: a school semester or a date range."""

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

    @classmethod
    def of_semester(cls, semester: str) -> Period:
        try:
            start, end = semester_range(semester.strip())
        except ValueError as exc:
            raise UserError(t("recap.err.semester", value=semester)) from exc
        return cls(start, end, semester.strip())

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
        return f"{semester_label(self.semester)} ({dates})" if self.semester else dates

    def file_stem(self) -> str:
        """A Windows-valid part of a file name: ``2026-1`` or ``2026-07-01_2026-09-30``."""
        return self.semester or f"{self.date_from}_{self.date_to}"


def _date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UserError(t("recap.err.date", value=value)) from exc
