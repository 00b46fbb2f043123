"""One meaning of "observed" (observasi.store.coverage.OBSERVED_STATUSES): a lesson held,
one in its reflection or final; a draft begun is not. The district's "Guru diobservasi /
dikenal" counted only finals, so a teacher whose lesson was held and is in its reflection
was observed on the school's recap and home screen but not in the district's count."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.record import Status
from observasi.recap.school import district_figures
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.year.coverage import teacher_coverage
from tests.district.conftest import SEMESTER
from tests.recap.conftest import add_observation


def _school(tmp_path: Path, mini_form: Instrument) -> AppContext:
    """Ani's lesson held (in its reflection), Budi's only a draft, Citra's final."""
    context = AppContext(Settings(data_dir=tmp_path / "school"))
    store = context.store
    observer = store.save_observer(Observer(name="Pengamat"))
    held, begun, final = (store.save_teacher(Teacher(name=name, subject="IPA")) for name in ("Ani", "Budi", "Citra"))
    ratings = {"R1": "3", "R2": "4"}
    add_observation(store, mini_form, held, observer, "2026-09-10", ratings, status=Status.reflecting)
    add_observation(store, mini_form, begun, observer, "2026-09-11", ratings, status=Status.draft)
    add_observation(store, mini_form, final, observer, "2026-09-12", ratings)
    return context


def test_the_district_counts_the_teachers_the_school_counts_as_observed(tmp_path: Path, mini_form: Instrument) -> None:
    store = _school(tmp_path, mini_form).store

    school_says = {row.name for row in teacher_coverage(store, SEMESTER) if row.held}
    assert school_says == {"Ani", "Citra"}
    _, observed, _ = district_figures(store, SEMESTER)
    assert observed == len(school_says)
