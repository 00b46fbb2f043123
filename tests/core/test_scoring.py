"""Scores: hand-computed cases and the invariants that must hold for any ratings."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from observasi.core.form_loader import load_form
from observasi.core.instrument import Instrument
from observasi.core.record import Rating
from observasi.core.scoring import band_for, nilai_of, score
from tests.conftest import FIXTURES

MINI = load_form(FIXTURES / "mini.toml").instrument


def _r(indicator: str, level: str | None = None, na: bool = False) -> Rating:
    return Rating(indicator_id=indicator, level=level, na=na)


def test_hand_computed_mini(mini_form: Instrument) -> None:
    # R1=3, R2=4 | I1=2, I2=N/A, I3=3 -> obtained 12, maximum 4 x 4 = 16, 12/16 = 75.00 -> Cukup (71-80)
    ratings = {
        r.indicator_id: r for r in [_r("R1", "3"), _r("R2", "4"), _r("I1", "2"), _r("I2", na=True), _r("I3", "3")]
    }
    result = score(mini_form, ratings)
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (12, 16, Decimal("75.00"), "Cukup")
    assert not result.provisional and result.na == 1
    planning, execution = result.sections
    assert (planning.obtained, planning.maximum, planning.nilai) == (7, 8, Decimal("87.50"))
    assert (execution.obtained, execution.maximum, execution.nilai) == (5, 8, Decimal("62.50"))


def test_unscored_makes_the_result_provisional_over_the_scored_ones(mini_form: Instrument) -> None:
    result = score(mini_form, {"R1": _r("R1", "4"), "I1": _r("I1", "2")})
    assert result.provisional
    assert result.unscored == ["R2", "I2", "I3"]
    assert (result.obtained, result.maximum, result.nilai) == (6, 8, Decimal("75.00"))


def test_nothing_scored_has_no_nilai(mini_form: Instrument) -> None:
    result = score(mini_form, {})
    assert result.nilai is None and result.predikat is None and result.provisional


def test_all_not_applicable_has_no_nilai(mini_form: Instrument) -> None:
    result = score(mini_form, {i.id: _r(i.id, na=True) for _, i in mini_form.indicators()})
    assert result.nilai is None and not result.provisional


def test_rounding_is_half_up() -> None:
    assert nilai_of(29, 32) == Decimal("90.63")  # 90.625: banker's rounding would give 90.62
    assert nilai_of(2, 3) == Decimal("66.67")
    assert nilai_of(1, 8) == Decimal("12.50")


def test_between_whole_number_bands_counts_in_the_lower(mini_form: Instrument) -> None:
    # Bands are 81-90 and 91-100; 90.63 is above 90 but below 91: it is still Baik.
    assert band_for(mini_form, Decimal("90.63")) == "Baik"
    assert band_for(mini_form, Decimal("91.00")) == "Sangat Baik"
    assert band_for(mini_form, Decimal("70.99")) == "Kurang"
    assert band_for(mini_form, Decimal("0")) == "Kurang"
    assert band_for(mini_form, Decimal("100")) == "Sangat Baik"


_LEVEL = st.sampled_from(["1", "2", "3", "4", "na", None])
IDS = ["R1", "R2", "I1", "I2", "I3"]


def _ratings(choice: list[str | None]) -> dict[str, Rating]:
    out = {}
    for indicator, level in zip(IDS, choice, strict=False):
        if level == "na":
            out[indicator] = _r(indicator, na=True)
        elif level is not None:
            out[indicator] = _r(indicator, level)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(_LEVEL, min_size=5, max_size=5))
def test_invariants(choice: list[str | None]) -> None:
    result = score(MINI, _ratings(choice))
    assert result.provisional == (None in choice)
    assert result.scored == sum(c is not None for c in choice)
    assert result.na == choice.count("na")
    assert result.maximum == 4 * sum(c not in (None, "na") for c in choice)
    assert result.obtained == sum(int(c) for c in choice if c not in (None, "na"))
    assert result.obtained == sum(s.obtained for s in result.sections)
    if result.maximum:
        assert Decimal(0) <= result.nilai <= Decimal(100)
        exact = Decimal(result.obtained) * 100 / Decimal(result.maximum)
        assert abs(result.nilai - exact) <= Decimal("0.005")
        assert result.predikat == band_for(MINI, result.nilai)
    else:
        assert result.nilai is None


@settings(max_examples=200, deadline=None)
@given(st.lists(_LEVEL, min_size=5, max_size=5), st.integers(min_value=0, max_value=4))
def test_marking_na_leaves_both_sums(choice: list[str | None], index: int) -> None:
    before = score(MINI, _ratings(choice))
    changed = list(choice)
    removed = changed[index]
    changed[index] = "na"
    after = score(MINI, _ratings(changed))
    if removed in (None, "na"):
        assert (after.obtained, after.maximum) == (before.obtained, before.maximum)
    else:
        assert after.obtained == before.obtained - int(removed)
        assert after.maximum == before.maximum - 4


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "3", "4"]), min_size=5, max_size=5), st.integers(min_value=0, max_value=4))
def test_raising_one_level_never_lowers_the_nilai(choice: list[str], index: int) -> None:
    before = score(MINI, _ratings(choice))
    raised = list(choice)
    raised[index] = str(min(4, int(raised[index]) + 1))
    assert score(MINI, _ratings(raised)).nilai >= before.nilai
