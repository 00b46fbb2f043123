"""Two schools with final observations, each syncing to a shared folder, and a district
data folder that reads both."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.district.reader import read_all
from observasi.district.schools import add_school
from observasi.recap.period import Period
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import devices, service
from tests.recap.conftest import add_observation

SEMESTER = Period.of_semester("2026-1")


def _school(tmp_path: Path, name: str, form: Instrument, plan: list[tuple[str, str, dict]]) -> AppContext:
    """A school laptop with final observations: (teacher, date, levels) each."""
    context = AppContext(Settings(data_dir=tmp_path / f"laptop-{name}"))
    store = context.store
    observer = store.save_observer(Observer(name=f"Kepala {name}", id_number="197001011995011001"))
    teachers: dict[str, Teacher] = {}
    for teacher, day, levels in plan:
        if teacher not in teachers:
            teachers[teacher] = store.save_teacher(Teacher(name=teacher, subject="IPA"))
        add_observation(store, form, teachers[teacher], observer, day, levels)
    return context


def let_the_district_read(context: AppContext, laptops: dict[str, tuple[AppContext, Path]]) -> None:
    """The district's first sync asks each school to approve it (by a code, as a new laptop
    does); a laptop of each school approves that code."""
    for read in read_all(context):
        assert read.error is not None and "setujui kode" in read.error, read.error
        code = read.error.split("setujui kode ", 1)[1].split(";", 1)[0]
        school, shared = laptops[read.school.name]
        school.update_settings(shared_folder=shared)
        devices.approve(school, code)


@pytest.fixture
def district(tmp_path: Path, mini_form: Instrument):
    drive = tmp_path / "Drive SMPN 1"
    drive.mkdir()
    one = _school(
        tmp_path,
        "smpn1",
        mini_form,
        [
            ("Ani", "2026-08-10", {"R1": "3", "R2": "2", "I1": "3", "I2": "4", "I3": "4"}),  # 80 Cukup
            ("Budi", "2026-09-01", {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"}),  # 100 Sangat Baik
            ("Citra", "2026-03-01", {"R1": "1", "R2": "1", "I1": "1", "I2": "1", "I3": "1"}),  # other semester
        ],
    )
    service.sync(one, drive)
    drive_two = tmp_path / "Drive SMPN 2"
    drive_two.mkdir()
    two = _school(
        tmp_path,
        "smpn2",
        mini_form,
        [("Dewi", "2026-10-01", {"R1": "2", "R2": "1", "I1": "3", "I2": "3", "I3": "3"})],  # 60 Kurang
    )
    service.sync(two, drive_two)
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 1", str(drive))
    add_school(context, "SMP Negeri 2", str(drive_two))
    let_the_district_read(context, {"SMP Negeri 1": (one, drive), "SMP Negeri 2": (two, drive_two)})
    yield context, drive, drive_two
    for c in (one, two, context):
        c.store.close()
