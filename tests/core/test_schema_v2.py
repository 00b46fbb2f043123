"""Form schema v2: what each construct does to the scores, checked by hand on paper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from observasi.core import changes as ch
from observasi.core.form_loader import parse_form_text
from observasi.core.instrument import Instrument
from observasi.core.lesson import ChangeRefused
from observasi.core.lesson_record import mark_na, rate
from observasi.core.record import Observation, Person, Rating
from observasi.core.scoring import score
from tests.conftest import FIXTURES

V2 = (FIXTURES / "v2.toml").read_text(encoding="utf-8")


def _form(text: str = V2) -> Instrument:
    inst, problems = parse_form_text(text, "v2.toml")
    assert inst is not None, [str(p) for p in problems]
    return inst


def _ratings(**answers: str) -> dict[str, Rating]:
    """``E4="na:t"`` is N/A of kind t, ``"na"`` a plain N/A, anything else a level key."""
    out = {}
    for item, answer in answers.items():
        if answer.startswith("na"):
            out[item] = Rating(indicator_id=item, na=True, level=answer[3:] or None)
        else:
            out[item] = Rating(indicator_id=item, level=answer)
    return out


PAPER = {"P1": "3", "P2": "0", "P3": "4", "E1": "4", "E2": "3", "E3": "1", "E4": "na:t"}


def test_the_paper_example() -> None:
    result = score(_form(), _ratings(**PAPER))
    planning, execution = result.sections
    # P2 is "Tidak ada": it scores 0 and, as the form says, the maximum counts only the items there.
    assert (planning.obtained, planning.maximum, planning.nilai) == (7, 8, Decimal("87.50"))
    # E2 weighs 2 (3 x 2 of 4 x 2); E3 is reverse-keyed (1 -> 4); E4 "tidak teramati" scores as level 1.
    assert (execution.obtained, execution.maximum) == (15, 20)
    # The section reports a mean on its scale: 15 / (1 + 2 + 1 + 1) = 3.00, with its own bands.
    assert (execution.result_text, execution.predikat) == ("3.00", "Cakap")
    assert execution.na == 1
    # The form: 22 / 28 = 78.57 -> whole numbers -> 79 -> Baik (bands as printed, 75-85).
    assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (22, 28, "79", "Baik")


def test_not_relevant_leaves_both_sums_and_not_seen_scores_the_given_level() -> None:
    seen = score(_form(), _ratings(**{**PAPER, "E4": "na:t"})).sections[1]
    relevant = score(_form(), _ratings(**{**PAPER, "E4": "na:r"})).sections[1]
    plain = score(_form(), _ratings(**{**PAPER, "E4": "na"})).sections[1]
    assert (seen.obtained, seen.maximum) == (15, 20)
    assert (relevant.obtained, relevant.maximum) == (14, 16)
    assert (plain.obtained, plain.maximum) == (14, 16)
    assert relevant.result_text == "3.50" and relevant.predikat == "Mahir"


def test_absent_counts_in_the_maximum_where_the_form_says_all() -> None:
    inst = _form(V2.replace('max_counts = "present"', 'max_counts = "all"'))
    planning = score(inst, _ratings(**PAPER)).sections[0]
    assert (planning.obtained, planning.maximum, planning.nilai) == (7, 12, Decimal("58.33"))


def test_rounding_before_banding_decides_the_half_cases() -> None:
    # 24 / 28 = 85.71: printed as 86 (decimals = 0).
    ratings = _ratings(**{**PAPER, "E2": "4"})
    rounded_first = score(_form(), ratings)
    exact = score(_form(V2.replace("round_before_band = true", "round_before_band = false")), ratings)
    assert (rounded_first.obtained, rounded_first.maximum) == (24, 28)
    assert (rounded_first.nilai_text, rounded_first.predikat) == ("86", "Baik Sekali")
    assert (exact.nilai_text, exact.predikat) == ("86", "Baik")


def test_gap_between_bands_is_read_by_the_lower_bound() -> None:
    # 12 / 28 = 42.86 -> 43 -> Kurang; 18 / 28 = 64.29 -> 64: between Cukup (to 60) and Baik (from 75) -> Cukup.
    ratings = _ratings(P1="1", P2="0", P3="2", E1="2", E2="2", E3="3", E4="na:t")
    result = score(_form(), ratings)
    assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (12, 28, "43", "Kurang")
    ratings = _ratings(P1="3", P2="0", P3="3", E1="3", E2="2", E3="1", E4="na:t")
    result = score(_form(), ratings)
    assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (18, 28, "64", "Cukup")


@pytest.mark.parametrize(
    ("method", "expected"),
    [("mean", ("3.14", None)), ("total", ("22", None)), ("percentage", ("78.57", None))],
)
def test_result_methods_and_no_predikat(method: str, expected: tuple[str, None]) -> None:
    text = V2.replace(
        'method = "percentage"\ndecimals = 0', f'method = "{method}"\ndecimals = {2 if method != "total" else 0}'
    )
    text = text.replace("round_before_band = true", "round_before_band = true\npredikat = false")
    text = text.split("# As printed")[0] + "[[sections]]" + text.split("[[sections]]", 1)[1]
    result = score(_form(text), _ratings(**PAPER))
    # mean: (3 + 0 + 4 + 4 + 6 + 4 + 1) / (1 + 1 + 1 + 2 + 1 + 1); P2 is absent and not counted.
    assert (result.nilai_text, result.predikat) == expected


def test_v2_fields_in_a_v1_file_are_named() -> None:
    text = V2.replace("schema_version = 2\n", "")
    inst, problems = parse_form_text(text, "v2.toml")
    assert inst is None
    fields = {p.field for p in problems}
    assert {"scale.na_kinds", "scales", "scoring.decimals", "sections[2].indicators[2].weight"} <= fields
    assert all("schema_version = 2" in p.message for p in problems)


@pytest.mark.parametrize(
    ("mutation", "field", "words"),
    [
        (('scale = "modul"', 'scale = "modal"'), "sections[1].scale", "'modal'"),
        (('effect = "level", level = "1"', 'effect = "level", level = "9"'), "scale.na_kinds[2].level", "'9'"),
        (
            ('{ key = "0", value = 0, label = "Tidak ada", absent = true }', '{ key = "0", value = 0, label = "Nol" }'),
            "scales.modul.presence",
            "absent",
        ),
        (('{ key = "r", label', '{ key = "t", label'), "scale.na_kinds[2].key", "lebih dari sekali"),
    ],
)
def test_broken_v2_constructs_are_named(mutation: tuple[str, str], field: str, words: str) -> None:
    inst, problems = parse_form_text(V2.replace(*mutation), "v2.toml")
    assert inst is None
    matching = [p for p in problems if p.field == field]
    assert matching, [str(p) for p in problems]
    assert words in matching[0].message


def test_scores_by_keyboard_rules_use_the_items_own_scale_and_na_kinds() -> None:
    inst = _form()
    person = Person(name="Siti Aminah")
    record = Observation(form_id=inst.id, form_version=inst.version, form_hash=inst.content_hash(), teacher_id="t",
                         teacher=person, observer_id="o", observer=person, date="2026-12-02")  # fmt: skip
    now = "2026-12-02T10:00:00Z"
    record, _ = rate(record, inst, ch.Rate("P2", "0"), now)  # "Tidak ada" exists only on the modul scale
    with pytest.raises(ChangeRefused):
        rate(record, inst, ch.Rate("E1", "0"), now)
    record, _ = mark_na(record, inst, ch.MarkNA("E4", "t"), now)
    with pytest.raises(ChangeRefused):
        mark_na(record, inst, ch.MarkNA("P1"), now)  # the modul scale allows no N/A
    assert record.ratings["E4"].na and record.ratings["E4"].level == "t"
    assert score(inst, record.ratings).sections[1].maximum == 4
