"""Co-observation agreement and weighted kappa."""

from __future__ import annotations

import pytest

from observasi.recap.agreement import contingency, weighted_kappa
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from tests.recap.conftest import MiniSchool, add_observation

# Textbook example: Agresti (1990), Categorical Data Analysis, husbands' (rows) and wives'
# (columns) ratings of "sexual fun" on a 4-point scale, n = 91; the table ships as
# `SexualFun` in the R package vcd, whose `Kappa(SexualFun)` prints kappa 0.129 and
# weighted kappa (equal-spacing = linear weights) 0.237.
SEXUAL_FUN = [[7, 7, 2, 3], [2, 8, 3, 7], [1, 5, 4, 9], [2, 8, 9, 14]]
# By hand (k = 4, n = 91):
#   row totals 19, 20, 19, 33; column totals 12, 28, 18, 33
#   unweighted: p_o = (7+8+4+14)/91 = 33/91 = 0.36264
#               p_e = (19*12 + 20*28 + 19*18 + 33*33)/91^2 = 2219/8281 = 0.26796
#               kappa = (0.36264 - 0.26796)/(1 - 0.26796) = 0.12933
#   linear weights w = 1 - |i-j|/3 (1, 2/3, 1/3, 0):
#               p_o = (33 + 2/3*(7+2+3+5+9+9) + 1/3*(2+7+1+8)) / 91 = (33 + 23.333 + 6) / 91 = 0.68498
#               p_e = sum w_ij r_i c_j / n^2 = 4860.33/8281 = 0.58693
#               kappa_w = (0.68498 - 0.58693)/(1 - 0.58693) = 0.23738
#   quadratic weights w = 1 - (|i-j|/3)^2 (1, 8/9, 5/9, 0): kappa_w = 0.33205


def test_kappa_matches_the_textbook_example() -> None:
    assert weighted_kappa(SEXUAL_FUN, "none") == pytest.approx(0.12933, abs=5e-5)
    assert weighted_kappa(SEXUAL_FUN, "linear") == pytest.approx(0.23738, abs=5e-5)
    assert weighted_kappa(SEXUAL_FUN, "quadratic") == pytest.approx(0.33205, abs=5e-5)


def test_kappa_edge_cases() -> None:
    assert weighted_kappa([[5, 0], [0, 5]]) == pytest.approx(1.0)
    assert weighted_kappa([[0, 0], [0, 0]]) is None  # nothing compared
    assert weighted_kappa([[6, 0], [0, 0]]) is None  # both used one level only: chance agreement is 1
    assert contingency([(0, 1), (0, 1), (2, 2)], 3) == [[0, 2, 0], [0, 0, 0], [0, 0, 1]]


def test_two_observers_of_the_same_lessons(school: MiniSchool) -> None:
    """Dedi is observed twice, each lesson by Rina and by Joko at the same date and period.

    Lesson 1: Rina R1=3 R2=2 I1=3 I2=4 I3=4   Joko R1=3 R2=3 I1=3 I2=2 I3=4
    Lesson 2: Rina R1=2 R2=2 I1=N/A I2=3 I3=1 Joko R1=2 R2=1 I1=4 I2=3 I3=1
    Compared pairs (N/A on either side is left out): 9; exact 6 (R1 x2, I1, I2 L2, I3 x2);
    within one 8 (all but I2 lesson 1, 4 vs 2).
    Positions (level - 1) as (Rina, Joko): (2,2) (1,2) (2,2) (3,1) (3,3) (1,1) (1,0) (2,2) (0,0)
    """
    from observasi.store.models import Teacher

    store, f = school.store, school.form
    dedi = store.save_teacher(Teacher(name="Dedi Kurniawan, S.Pd."))
    add_observation(
        store, f, dedi, school.rina, "2026-08-20", {"R1": "3", "R2": "2", "I1": "3", "I2": "4", "I3": "4"}, period="3-4"
    )
    add_observation(
        store, f, dedi, school.joko, "2026-08-20", {"R1": "3", "R2": "3", "I1": "3", "I2": "2", "I3": "4"}, period="3-4"
    )
    add_observation(
        store,
        f,
        dedi,
        school.rina,
        "2026-09-20",
        {"R1": "2", "R2": "2", "I1": None, "I2": "3", "I3": "1"},
        period="5-6",
    )
    add_observation(
        store, f, dedi, school.joko, "2026-09-20", {"R1": "2", "R2": "1", "I1": "4", "I2": "3", "I3": "1"}, period="5-6"
    )
    # Same teacher, same date, another period: a different lesson, not a pair.
    add_observation(store, f, dedi, school.joko, "2026-09-20", {"R1": "4"}, period="7-8")

    (report,) = build_recap(store, Period.of_semester("2026-1")).agreement
    assert (report.form.id, report.form.version) == ("mini", "1")
    assert len(report.lessons) == 2
    assert {(p.observer_a, p.observer_b) for p in report.lessons} == {("Hj. Rina Marlina, M.Pd.", "Joko Susilo, S.Pd.")}
    assert (report.tally.compared, report.tally.exact, report.tally.within_one) == (9, 6, 8)
    items = {i.indicator_id: i.tally for i in report.indicators}
    assert (items["R2"].compared, items["R2"].exact, items["R2"].within_one) == (2, 0, 2)
    assert (items["I1"].compared, items["I1"].exact) == (1, 1)
    assert (items["I2"].exact, items["I2"].within_one) == (1, 1)
    assert report.indicators[0].indicator_id == "R2"  # the least agreement first
    expected = contingency([(2, 2), (1, 2), (2, 2), (3, 1), (3, 3), (1, 1), (1, 0), (2, 2), (0, 0)], 4)
    assert report.table == expected
    assert report.kappa_linear == pytest.approx(weighted_kappa(expected, "linear"))
    assert report.kappa_quadratic == pytest.approx(weighted_kappa(expected, "quadratic"))
    (pair,) = report.observer_pairs
    assert pair.lessons == 2 and pair.kappa(4) == pytest.approx(report.kappa_linear)


def test_no_co_observation_no_agreement(school: MiniSchool) -> None:
    assert build_recap(school.store, Period.of_semester("2026-1")).agreement == []
