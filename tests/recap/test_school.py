"""School recap figures against the hand computation in conftest.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from observasi.errors import UserError
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from tests.recap.conftest import MiniSchool, add_observation


def test_per_teacher_latest_average_predikat_and_count(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    rows = {r.name: r for r in recap.teachers}
    assert list(rows) == ["Ani Lestari, S.Pd.", "Budi Hartono, S.Pd."]  # Citra is in another semester
    ani = rows["Ani Lestari, S.Pd."]
    assert (ani.count, ani.latest_date, ani.latest_nilai, ani.average_nilai, ani.predikat) == (
        2,
        "2026-10-05",
        Decimal("90.00"),
        Decimal("85.00"),
        "Baik",
    )
    assert (ani.form.id, ani.form.version) == ("mini", "1")
    budi = rows["Budi Hartono, S.Pd."]
    assert (budi.count, budi.latest_nilai, budi.average_nilai, budi.predikat) == (
        1,
        Decimal("56.25"),
        Decimal("56.25"),
        "Kurang",
    )
    assert (budi.id_label, budi.id_number) == ("NUPTK", "1234567890123456")


def test_only_final_observations_count_and_the_others_are_counted_apart(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    assert recap.final_count == 3
    assert recap.pending == {"draft": 1, "observing": 0, "reflecting": 1}


def test_predikat_distribution_lists_every_band_best_first(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    (dist,) = recap.predikat
    assert [(c.label, c.count) for c in dist.counts] == [("Sangat Baik", 0), ("Baik", 1), ("Cukup", 1), ("Kurang", 1)]


def test_indicator_averages_weakest_first(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    (group,) = recap.indicators
    got = [(r.indicator_id, r.rated, r.na, r.average, r.percent) for r in group.rows]
    assert got == [
        ("R2", 3, 0, Decimal("2.33"), Decimal("58.33")),  # 2+3+2 = 7 of 12
        ("R1", 3, 0, Decimal("3.00"), Decimal("75.00")),  # 3+4+2 = 9 of 12
        ("I3", 3, 0, Decimal("3.00"), Decimal("75.00")),  # 4+3+2
        ("I1", 3, 0, Decimal("3.33"), Decimal("83.33")),  # 3+4+3
        ("I2", 2, 1, Decimal("4.00"), Decimal("100.00")),  # 4+4, Budi N/A
    ]
    assert group.rows[0].level_counts == {"Kurang": 0, "Cukup": 2, "Baik": 1, "Sangat Baik": 0}


def test_observers_and_co_observers(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    assert [(o.name, o.observations, o.co_observations) for o in recap.observers] == [
        ("Hj. Rina Marlina, M.Pd.", 2, 1),
        ("Joko Susilo, S.Pd.", 1, 0),
    ]


def test_followups_of_final_observations_with_their_status(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    assert [(f.teacher_name, f.action, f.status) for f in recap.followups] == [
        ("Ani Lestari, S.Pd.", "Menyusun asesmen formatif", "done"),
        ("Ani Lestari, S.Pd.", "Mengatur waktu penutup", "open"),
    ]
    assert recap.followup_counts == {"open": 1, "in_progress": 0, "done": 1, "not_done": 0}


def test_date_range_and_deleted_records(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.between("01/09/2026", "2026-09-30"))
    assert [r.name for r in recap.teachers] == ["Budi Hartono, S.Pd."]
    school.store.delete_observation(school.budi_final.id)
    assert build_recap(school.store, Period.between("2026-09-01", "2026-09-30")).teachers == []


def test_verbal_form_gives_the_distribution_of_levels(school: MiniSchool, verbal_form) -> None:
    store = school.store
    add_observation(store, verbal_form, school.citra, school.rina, "2026-08-01", {"V1": "efektif", "V2": "kurang"})
    add_observation(store, verbal_form, school.citra, school.rina, "2026-09-01", {"V1": "kurang", "V2": "belum"})
    recap = build_recap(store, Period.of_semester("2026-1"))
    group = next(g for g in recap.indicators if g.form.id == "verbal-mini")
    assert group.level_totals == {"Belum dilakukan": 1, "Dilakukan tapi belum efektif": 2, "Dilakukan dan efektif": 1}
    # position mean as % of the top level: V2 (1+0)/4 = 25 %, V1 (2+1)/4 = 75 %
    assert [(r.indicator_id, r.percent, r.average) for r in group.rows] == [
        ("V2", Decimal("25.00"), None),
        ("V1", Decimal("75.00"), None),
    ]
    citra = next(r for r in recap.teachers if r.name.startswith("Citra"))
    assert citra.latest_nilai is None and citra.predikat is None and citra.count == 2
    assert all(d.form.id != "verbal-mini" for d in recap.predikat)


@pytest.mark.parametrize("semester", ["2026", "2026-3", "abc-1"])
def test_unknown_semester_is_one_clear_line(semester: str) -> None:
    with pytest.raises(UserError, match="2026-1"):
        Period.of_semester(semester)


def test_range_the_wrong_way_round() -> None:
    with pytest.raises(UserError, match="sesudah"):
        Period.between("2026-10-01", "2026-09-01")
