"""The bundled v2 forms score as their paper: a modul ajar review with Ada/Tidak beside a
quality score, an execution instrument with V2 bands, an administrasi review on 0-4."""

from __future__ import annotations

from decimal import Decimal

from observasi.core.forms import load_catalog
from observasi.core.instrument import Instrument
from observasi.core.record import Rating
from observasi.core.scoring import score


def _form(form_id: str) -> Instrument:
    catalog = load_catalog()
    known = catalog.get(form_id)
    assert known is not None, [str(p) for p in catalog.problems]
    assert not [w for w in catalog.warnings if form_id in w.file]
    return known.instrument


def _all(inst: Instrument, level: str) -> dict[str, Rating]:
    return {ind.id: Rating(indicator_id=ind.id, level=level) for _, ind in inst.indicators()}


def test_modul_ajar_counts_only_the_components_that_are_there() -> None:
    inst = _form("telaah-modul-ajar")
    ratings = _all(inst, "3")
    ratings["MA8"] = Rating(indicator_id="MA8", level="0")  # no differentiation: Tidak ada
    ratings["MA11"] = Rating(indicator_id="MA11", level="0")  # no LKPD
    result = score(inst, ratings)
    # 10 components there, all "3": 30 / 40 = 75.00 -> Cukup (71-80); the two absent ones leave the maximum.
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (30, 40, Decimal("75.00"), "Cukup")
    assert [f.label for f in inst.identity][:2] == ["Fase", "Judul modul / materi pokok"]


def test_pelaksanaan_uses_v2_bands_and_the_behaviour_to_avoid_counts_reversed() -> None:
    inst = _form("pelaksanaan-pembelajaran")
    ratings = _all(inst, "3")
    ratings["PP9"] = Rating(indicator_id="PP9", level="1")  # never cut the students off: counts 4
    ratings["PP11"] = Rating(indicator_id="PP11", na=True, level="t")  # not seen: counts as 1
    result = score(inst, ratings)
    # 9 x 3 + 4 + 1 = 32 of 11 x 4 = 44 -> 72.73 -> Baik (70-85)
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (32, 44, Decimal("72.73"), "Baik")
    assert result.na == 0
    relevant = score(inst, {**ratings, "PP11": Rating(indicator_id="PP11", na=True, level="r")})
    assert (relevant.obtained, relevant.maximum, relevant.na) == (31, 40, 1)
    assert inst.heading("strengths") == "Kesimpulan"


def test_administrasi_scores_zero_to_four() -> None:
    inst = _form("administrasi-pembelajaran")
    ratings = _all(inst, "4")
    ratings["AP12"] = Rating(indicator_id="AP12", level="0")
    result = score(inst, ratings)
    # 11 x 4 = 44 of 48 -> 91.67 -> Baik Sekali (91-100)
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (44, 48, Decimal("91.67"), "Baik Sekali")
    assert inst.scale.digits() == {"0": "0", "1": "1", "2": "2", "3": "3", "4": "4"}
