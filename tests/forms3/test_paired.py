"""The paired answer (Kondisi Ada/Tidak beside a quality score) is one answer: one key sets
both -- 0 is always "Tidak ada", 1 2 3 ... the quality of what is there -- and the sheet
prints it in one cell without saying "Ada" twice."""

from __future__ import annotations

from observasi.core.forms import load_catalog
from observasi.core.instrument import Level, Presence, Scale, ScaleKind
from observasi.core.record import Rating
from observasi.sheet.form_text import answer_text


def _paired(values: list[int]) -> Scale:
    levels = [Level(key="x", label="Tidak ada", value=0, absent=True)]
    levels += [Level(key=f"q{v}", label=f"Mutu {v}", value=v) for v in values]
    return Scale(kind=ScaleKind.numeric, levels=levels, allow_na=False, presence=Presence())


def test_zero_is_always_tidak_ada_and_the_digits_give_the_quality() -> None:
    # Quality 1-4: the digit is the score printed on the paper.
    four = _paired([1, 2, 3, 4])
    assert four.digits() == {"x": "0", "q1": "1", "q2": "2", "q3": "3", "q4": "4"}
    # Quality on 10, 20 ... 50 (no single digit each): still 0 for Tidak ada, then 1 2 3 ...
    tens = _paired([10, 20, 30, 40, 50])
    assert tens.digits() == {"x": "0", "q10": "1", "q20": "2", "q30": "3", "q40": "4", "q50": "5"}
    assert tens.level_for_digit("0").absent and tens.level_for_digit("3").key == "q30"


def test_the_sheet_says_ada_once() -> None:
    known = load_catalog().get("telaah-modul-ajar")
    assert known is not None
    scale = known.instrument.scale
    assert answer_text(scale, Rating(indicator_id="a", level="3"), "id") == "3 (Ada, lengkap)"
    assert answer_text(scale, Rating(indicator_id="a", level="0"), "id") == "Tidak ada"
    assert answer_text(_paired([1, 2, 3, 4]), Rating(indicator_id="a", level="q3"), "id") == "Ada, 3 (Mutu 3)"
