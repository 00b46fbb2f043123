"""A small fixed school for the recap tests; every figure in the tests is computed by hand
from the ratings written here.

Mini form (tests/fixtures/mini.toml): R1 R2 (section rencana), I1 I2 I3 (section inti),
levels 1-4, bands Kurang <=70, Cukup 71-80, Baik 81-90, Sangat Baik 91-100.

Semester 2026-1 (July-December 2026):
- Ani Lestari   2026-08-10 final  R1=3 R2=2 I1=3 I2=4 I3=4  -> 16/20 = 80.00 Cukup  (by Rina)
                2026-10-05 final  R1=4 R2=3 I1=4 I2=4 I3=3  -> 18/20 = 90.00 Baik   (by Joko, co-observer Rina)
- Budi Hartono  2026-09-01 final  R1=2 R2=2 I1=3 I2=N/A I3=2 -> 9/16 = 56.25 Kurang (by Rina)
                2026-11-20 draft, 2026-11-21 reflecting (not counted)
Semester 2025-2: Citra Dewi 2026-03-01 final (outside the 2026-1 recap).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from observasi.core.form_loader import load_form
from observasi.core.instrument import Instrument
from observasi.core.record import Evidence, FollowUp, FollowUpStatus, Observation, Rating, Status
from observasi.store.models import Observer, School, Teacher
from observasi.store.store import Store

HERE = Path(__file__).parent


@pytest.fixture
def verbal_form() -> Instrument:
    loaded = load_form(HERE / "verbal.toml")
    assert loaded.instrument is not None, loaded.problems
    return loaded.instrument


def add_observation(
    store: Store,
    inst: Instrument,
    teacher: Teacher,
    observer: Observer,
    day: str,
    levels: dict[str, str | None],
    *,
    status: Status = Status.final,
    period: str = "1-2",
    co_observer: str = "",
    followups: list[FollowUp] | None = None,
    evidence: list[str] | None = None,
) -> Observation:
    """Store one observation with the given levels (None = N/A)."""
    ratings = {ind: Rating(indicator_id=ind, level=level, na=level is None) for ind, level in levels.items()}
    obs = Observation(
        form_id=inst.id,
        form_version=inst.version,
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person(),
        observer_id=observer.id,
        observer=observer.as_person(),
        co_observer=co_observer,
        subject=teacher.subject,
        class_name="VIII A",
        date=day,
        period=period,
        semester="",
        status=status,
        ratings=ratings,
        followups=followups or [],
        evidence=[Evidence(text=text) for text in evidence or []],
        reflection={"Q1": "Siswa aktif berdiskusi."} if status is not Status.draft else {},
    )
    return store.create_observation(obs, inst)


@dataclass
class MiniSchool:
    store: Store
    form: Instrument
    ani: Teacher
    budi: Teacher
    citra: Teacher
    rina: Observer
    joko: Observer
    ani_first: Observation
    ani_second: Observation
    budi_final: Observation


@pytest.fixture
def school(store: Store, mini_form: Instrument) -> MiniSchool:
    store.save_school(
        School(
            name="SMP Negeri 1 Contoh",
            npsn="20200001",
            address="Jl. Merdeka 1",
            city="Contoh",
            principal_name="Hj. Rina Marlina, M.Pd.",
            principal_id_number="197001012000122001",
        )
    )
    ani = store.save_teacher(Teacher(name="Ani Lestari, S.Pd.", nip="198501012010012001", subject="IPA"))
    budi = store.save_teacher(Teacher(name="Budi Hartono, S.Pd.", nuptk="1234567890123456", subject="IPS"))
    citra = store.save_teacher(Teacher(name="Citra Dewi, S.Pd.", subject="PPKn"))
    rina = store.save_observer(Observer(name="Hj. Rina Marlina, M.Pd.", id_number="197001012000122001"))
    joko = store.save_observer(Observer(name="Joko Susilo, S.Pd.", role="wakasek"))
    f = mini_form
    ani_first = add_observation(
        store,
        f,
        ani,
        rina,
        "2026-08-10",
        {"R1": "3", "R2": "2", "I1": "3", "I2": "4", "I3": "4"},
        evidence=["Guru membuka dengan salam."],
    )
    ani_second = add_observation(
        store,
        f,
        ani,
        joko,
        "2026-10-05",
        {"R1": "4", "R2": "3", "I1": "4", "I2": "4", "I3": "3"},
        co_observer=rina.name,
        followups=[
            FollowUp(action="Menyusun asesmen formatif", status=FollowUpStatus.done),
            FollowUp(action="Mengatur waktu penutup", due="2026-11-05", status=FollowUpStatus.open),
        ],
        evidence=["Siswa berdiskusi dalam kelompok."],
    )
    budi_final = add_observation(
        store, f, budi, rina, "2026-09-01", {"R1": "2", "R2": "2", "I1": "3", "I2": None, "I3": "2"}
    )
    add_observation(store, f, budi, rina, "2026-11-20", {}, status=Status.draft)
    add_observation(store, f, budi, rina, "2026-11-21", {"R1": "4"}, status=Status.reflecting)
    add_observation(store, f, citra, rina, "2026-03-01", {"R1": "1", "R2": "1", "I1": "1", "I2": "1", "I3": "1"})
    return MiniSchool(store, f, ani, budi, citra, rina, joko, ani_first, ani_second, budi_final)
