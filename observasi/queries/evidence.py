"""A teacher's evidence bundle (bukti dukung, observasi.sheet.bundle), for the home and
teachers screens: the same service as ``observasi bundle``."""

from __future__ import annotations

import datetime as dt

from observasi.context import AppContext
from observasi.core.period import Period
from observasi.sheet.bundle import Bundle, bundle_line, contents, periods_with_data, write_bundle
from observasi.store.models import Teacher

__all__ = ["Bundle", "bundle_line", "contents", "periods", "periods_with_data", "teacher_of", "write"]


def periods(today: dt.date | None = None) -> list[Period]:
    """The periods a teacher reports in: this school semester, and this calendar year (the
    national performance system's Januari-Desember)."""
    today = today or dt.date.today()
    return [Period.current(today), Period.of_year(today.year)]


def teacher_of(context: AppContext, obs_id: str) -> Teacher | None:
    """The teacher of the observation *obs_id* (None when they were taken off the list)."""
    store = context.store
    return store.get_teacher(store.get_observation(obs_id).teacher_id)


def write(context: AppContext, teacher: Teacher, period: Period, sign: bool, passphrase: str | None) -> Bundle:
    """The zip, in ``ekspor/<teacher>/`` of the folder for sheets and recaps."""
    return write_bundle(context, teacher, period, sign=sign, passphrase=passphrase)
