"""The recap's indicator table reads each item on its own scale: a behaviour's Rendah /
Sedang / Tinggi under a 1-5 element, a paired 0-4 planning item beside 1-4 execution items,
a reverse-keyed behaviour counted reversed. None shows 0 % because its level keys are not
the form's main scale's."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from observasi.core.form_loader import parse_form_text
from observasi.core.instrument import Instrument
from observasi.recap.levels import FormRef
from observasi.recap.school import indicator_group
from tests.conftest import FIXTURES


def _form(name: str) -> Instrument:
    inst, problems = parse_form_text((FIXTURES / name).read_text(encoding="utf-8"), name)
    assert inst is not None, problems
    return inst


def _rows(inst: Instrument, counts: dict[str, dict[str, int]]):
    group = indicator_group(FormRef.of("x" * 64, inst), inst, {k: Counter(v) for k, v in counts.items()})
    return {row.indicator_id: row for row in group.rows}


def test_behaviours_are_read_on_their_own_verbal_scale() -> None:
    rows = _rows(_form("two_tier.toml"), {"E1": {"4": 2}, "E1a": {"T": 1, "S": 1}, "E1b": {"R": 2}})
    assert (rows["E1"].average, rows["E1"].percent) == (Decimal("4.00"), Decimal("80.00"))
    # Tinggi and Sedang: positions 2 and 1 of 0-2 -> 75 %; the labels are the behaviour scale's.
    assert (rows["E1a"].average, rows["E1a"].percent) == (None, Decimal("75.00"))
    assert rows["E1a"].level_counts == {"Rendah": 0, "Sedang": 1, "Tinggi": 1}
    assert rows["E1b"].percent == Decimal("0.00")


def test_paired_and_reverse_keyed_items_on_their_own_terms() -> None:
    rows = _rows(_form("v2.toml"), {"P1": {"4": 1, "2": 1}, "E3": {"1": 2}})
    assert (rows["P1"].average, rows["P1"].percent) == (Decimal("3.00"), Decimal("75.00"))
    # "Guru memotong jawaban siswa", a behaviour to avoid, seen at level 1: counts as 4 of 4.
    assert (rows["E3"].average, rows["E3"].percent) == (Decimal("4.00"), Decimal("100.00"))
