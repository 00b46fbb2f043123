"""The forms shipped with the program: they load cleanly and score as the real instruments do.

Every expected nilai below is worked out by hand in a comment, from the rule of the paper
instrument, so that a change in the scoring code or in a bundled form that alters a
teacher's result shows up here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from observasi.core.form_loader import load_form
from observasi.core.forms import bundled_forms_dir, form_files, load_catalog
from observasi.core.instrument import STAGE_ORDER, Instrument, Phase, ScaleKind
from observasi.core.record import Rating
from observasi.core.scoring import score

BUNDLED = {
    "supervisi-akademik": "2026.1",
    "pmm-observasi-kelas": "2026.1",
    "classroom-observation": "2026.1",
    "pkg": "2013.1",
}


def bundled(form_id: str) -> Instrument:
    known = load_catalog().get(form_id, BUNDLED[form_id])
    assert known is not None, f"{form_id} is not bundled"
    return known.instrument


def ratings(levels: dict[str, str | None]) -> dict[str, Rating]:
    """Ratings from {indicator id: level key}; None means N/A."""
    return {
        ind_id: Rating(indicator_id=ind_id, na=True) if level is None else Rating(indicator_id=ind_id, level=level)
        for ind_id, level in levels.items()
    }


def by_section(inst: Instrument, levels: dict[str, list[str | None]]) -> dict[str, Rating]:
    """Ratings from {section id: levels in indicator order}; every listed section must be complete."""
    out: dict[str, str | None] = {}
    for section in inst.sections:
        if section.id not in levels:
            continue
        given = levels[section.id]
        assert len(given) == len(section.indicators), section.id
        out.update(zip((ind.id for ind in section.indicators), given, strict=False))
    return ratings(out)


def all_at(inst: Instrument, level: str) -> dict[str, Rating]:
    return ratings({ind.id: level for _, ind in inst.indicators()})


# -- loading -----------------------------------------------------------------------------


def bundled_files() -> list[Path]:
    return form_files(bundled_forms_dir())


def test_the_four_forms_are_bundled() -> None:
    names = {p.name for p in bundled_files()}
    assert {
        "supervisi-akademik.toml",
        "pmm-observasi-kelas.toml",
        "classroom-observation-en.toml",
        "pkg.toml",
    } <= names


@pytest.mark.parametrize("path", bundled_files(), ids=lambda p: p.name)
def test_bundled_form_loads_without_problems(path: Path) -> None:
    loaded = load_form(path)
    assert loaded.problems == (), [str(p) for p in loaded.problems]
    assert loaded.ok


def test_catalog_has_the_four_forms_and_no_problems() -> None:
    catalog = load_catalog()
    assert catalog.problems == [], [str(p) for p in catalog.problems]
    for form_id, version in BUNDLED.items():
        known = catalog.get(form_id, version)
        assert known is not None, form_id
        assert known.origin == "bundled"
        assert known.instrument.version == version
        assert catalog.get(form_id) is not None


@pytest.mark.parametrize("form_id", sorted(BUNDLED))
def test_every_indicator_has_a_descriptor_for_every_level_and_a_prompt(form_id: str) -> None:
    inst = bundled(form_id)
    keys = [level.key for level in inst.scale.levels]
    for _, ind in inst.indicators():
        assert list(ind.rubric) == keys, ind.id
        assert all(text.strip() for text in ind.rubric.values()), ind.id
        assert ind.evidence_prompt.strip(), ind.id
        assert ind.competency is not None, ind.id
    assert inst.reflection, "pasca-observasi needs reflection questions"
    assert inst.description.strip()


@pytest.mark.parametrize("form_id", sorted(BUNDLED))
def test_tally_keys_do_not_collide_with_rating_keys(form_id: str) -> None:
    inst = bundled(form_id)
    keys = [tally.key for tally in inst.tallies]
    assert len(keys) == len(set(keys))
    assert not any(key.isdigit() for key in keys)


# -- supervisi akademik ------------------------------------------------------------------


def test_supervisi_akademik_structure() -> None:
    inst = bundled("supervisi-akademik")
    assert inst.language == "id"
    assert inst.scale.kind is ScaleKind.numeric
    assert [(lv.key, lv.value) for lv in inst.scale.levels] == [("1", 1), ("2", 2), ("3", 3), ("4", 4)]
    assert inst.scale.allow_na and inst.scale.na_label
    assert inst.id_label == "NIP"

    planning = [s for s in inst.sections if s.phase is Phase.planning]
    execution = [s for s in inst.sections if s.phase is Phase.execution]
    assert len(planning) == 1 and len(planning[0].indicators) == 9
    assert inst.sections[0] is planning[0], "the lesson plan is reviewed before the lesson"
    assert [s.stage for s in execution] == list(STAGE_ORDER)
    assert [len(s.indicators) for s in execution] == [5, 9, 5]
    assert len(inst.indicators()) == 28

    assert [q.id for q in inst.reflection] == ["RF1", "RF2", "RF3", "RF4"]
    assert {(t.name, t.key) for t in inst.tallies} == {
        ("pertanyaan_guru", "g"),
        ("pertanyaan_siswa", "s"),
        ("pujian", "p"),
    }
    assert inst.snapshot is not None and inst.snapshot.interval_minutes == 10
    kinds = {p.kind for p in inst.snapshot.prompts}
    assert kinds == {"choice", "count"}


def test_supervisi_all_three_is_75_cukup() -> None:
    # 28 indicators x 3 = 84 of 28 x 4 = 112 -> 84 / 112 x 100 = 75.00 -> Cukup (71-80).
    inst = bundled("supervisi-akademik")
    result = score(inst, all_at(inst, "3"))
    assert (result.obtained, result.maximum) == (84, 112)
    assert result.nilai == Decimal("75.00")
    assert result.nilai_text == "75.00"
    assert result.predikat == "Cukup"
    assert not result.provisional


def test_supervisi_all_four_with_two_na_is_100() -> None:
    # PR9 (no LKPD needed) and IN4 (no media) are N/A: they leave both sums.
    # 26 x 4 = 104 of 26 x 4 = 104 -> 100.00 -> Sangat Baik.
    inst = bundled("supervisi-akademik")
    given = all_at(inst, "4")
    given.update(ratings({"PR9": None, "IN4": None}))
    result = score(inst, given)
    assert result.na == 2
    assert result.scored == 28 and result.total == 28
    assert (result.obtained, result.maximum) == (104, 104)
    assert result.nilai == Decimal("100.00")
    assert result.predikat == "Sangat Baik"
    assert not result.provisional


def test_supervisi_mixed_case_by_hand() -> None:
    # perencanaan PR1..PR9 = 4 3 3 3 3 4 2 3 N/A -> 25 of 8 x 4 = 32 -> 78.125  -> 78.13 (half up)
    # pendahuluan PD1..PD5 = 3 3 3 4 3          -> 16 of 20          -> 80.00
    # inti IN1..IN9       = 3 4 3 3 3 3 N/A 3 3 -> 25 of 32          -> 78.13
    # penutup PN1..PN5    = 3 3 3 3 2           -> 14 of 20          -> 70.00
    # total: 25 + 16 + 25 + 14 = 80 of 26 rated x 4 = 104, 2 N/A
    # nilai = 80 / 104 x 100 = 76.923076... -> 76.92 -> Cukup (71-80)
    inst = bundled("supervisi-akademik")
    given = by_section(
        inst,
        {
            "perencanaan": ["4", "3", "3", "3", "3", "4", "2", "3", None],
            "pendahuluan": ["3", "3", "3", "4", "3"],
            "inti": ["3", "4", "3", "3", "3", "3", None, "3", "3"],
            "penutup": ["3", "3", "3", "3", "2"],
        },
    )
    result = score(inst, given)
    sections = {s.section_id: s for s in result.sections}
    assert (sections["perencanaan"].obtained, sections["perencanaan"].maximum) == (25, 32)
    assert sections["perencanaan"].nilai == Decimal("78.13")
    assert sections["perencanaan"].na == 1
    assert sections["pendahuluan"].nilai == Decimal("80.00")
    assert (sections["inti"].obtained, sections["inti"].maximum, sections["inti"].na) == (25, 32, 1)
    assert sections["inti"].nilai == Decimal("78.13")
    assert sections["penutup"].nilai == Decimal("70.00")
    assert (result.obtained, result.maximum, result.na) == (80, 104, 2)
    assert result.nilai == Decimal("76.92")
    assert result.predikat == "Cukup"
    assert not result.provisional


def test_supervisi_unscored_indicators_make_the_result_provisional() -> None:
    # Only the lesson plan has been reviewed so far: PR1..PR8 rated, PR9 and the
    # 19 lesson indicators not yet scored.
    # PR1..PR8 = 4 4 4 4 4 3 3 3 -> 29 of 8 x 4 = 32 -> 29 / 32 x 100 = 90.625
    # -> 90.63 (half up; half-even would give 90.62).
    # 90.63 lies between the Baik band (81-90) and the Sangat Baik band (91-100): it
    # belongs to the band with the greatest min not above it -> Baik.
    inst = bundled("supervisi-akademik")
    given = ratings({"PR1": "4", "PR2": "4", "PR3": "4", "PR4": "4", "PR5": "4", "PR6": "3", "PR7": "3", "PR8": "3"})
    result = score(inst, given)
    assert result.provisional
    assert len(result.unscored) == 20
    assert result.unscored[0] == "PR9"
    assert (result.scored, result.total) == (8, 28)
    assert (result.obtained, result.maximum) == (29, 32)
    assert result.nilai == Decimal("90.63")
    assert result.predikat == "Baik"

    # An unknown level key is not a score either.
    given["PD1"] = Rating(indicator_id="PD1", level="5")
    assert "PD1" in score(inst, given).unscored

    # Once everything is rated the result is no longer provisional.
    complete = all_at(inst, "4")
    complete.update(ratings({"PR6": "3", "PR7": "3", "PR8": "3"}))
    assert not score(inst, complete).provisional


def test_supervisi_band_edges() -> None:
    # 20 rated indicators (8 N/A): nilai = sum / 80 x 100 = 1.25 x sum.
    # sum 56 -> 70.00 Kurang; sum 57 -> 71.25 Cukup; sum 72 -> 90.00 Baik; sum 73 -> 91.25 Sangat Baik.
    inst = bundled("supervisi-akademik")
    ids = [ind.id for _, ind in inst.indicators()]
    na = dict.fromkeys(ids[20:])

    def with_sum(total: int) -> dict[str, Rating]:
        # as many 4s as fit, then one filler level, then 1s (sum of 20 levels, each 1..4)
        fours = (total - 20) // 3
        rest = (total - 20) - 3 * fours
        levels = ["4"] * fours + ([str(1 + rest)] if rest else [])
        levels += ["1"] * (20 - len(levels))
        return ratings({**dict(zip(ids[:20], levels, strict=False)), **na})

    expected = {56: ("70.00", "Kurang"), 57: ("71.25", "Cukup"), 72: ("90.00", "Baik"), 73: ("91.25", "Sangat Baik")}
    for total, (nilai, predikat) in expected.items():
        result = score(inst, with_sum(total))
        assert result.obtained == total and result.maximum == 80
        assert (result.nilai_text, result.predikat) == (nilai, predikat)


# -- PMM observasi kelas -----------------------------------------------------------------


def test_pmm_is_verbal_with_three_focuses_per_indicator() -> None:
    inst = bundled("pmm-observasi-kelas")
    assert inst.scale.kind is ScaleKind.verbal
    assert [lv.key for lv in inst.scale.levels] == ["belum", "belum_efektif", "efektif"]
    assert [lv.label for lv in inst.scale.levels] == [
        "Belum dilakukan",
        "Dilakukan tapi belum efektif",
        "Dilakukan dan efektif",
    ]
    assert all(lv.value is None for lv in inst.scale.levels)
    assert inst.bands == []
    assert not inst.scale.allow_na
    assert inst.snapshot is None
    assert 3 <= len(inst.sections) <= 4
    for section in inst.sections:
        assert section.phase is Phase.execution and section.stage is None
        assert len(section.indicators) == 3, section.id
        for ind in section.indicators:
            assert ind.recommendation_prompt.strip(), ind.id


def test_pmm_counts_levels_and_has_no_nilai() -> None:
    # disiplin-positif:  efektif, belum_efektif, efektif   -> 0 / 1 / 2
    # keteraturan-kelas: belum, belum, efektif             -> 2 / 0 / 1
    # umpan-balik:       belum_efektif x 3                 -> 0 / 3 / 0
    # instruksi:         efektif x 3                       -> 0 / 0 / 3
    # overall (belum / belum_efektif / efektif)            -> 2 / 4 / 6
    inst = bundled("pmm-observasi-kelas")
    given = by_section(
        inst,
        {
            "disiplin-positif": ["efektif", "belum_efektif", "efektif"],
            "keteraturan-kelas": ["belum", "belum", "efektif"],
            "umpan-balik": ["belum_efektif", "belum_efektif", "belum_efektif"],
            "instruksi": ["efektif", "efektif", "efektif"],
        },
    )
    result = score(inst, given)
    assert not result.numeric
    assert result.nilai is None and result.predikat is None and result.nilai_text == ""
    assert (result.obtained, result.maximum) == (0, 0)
    assert not result.provisional
    counts = {s.section_id: s.level_counts for s in result.sections}
    assert counts == {
        "disiplin-positif": {"belum": 0, "belum_efektif": 1, "efektif": 2},
        "keteraturan-kelas": {"belum": 2, "belum_efektif": 0, "efektif": 1},
        "umpan-balik": {"belum": 0, "belum_efektif": 3, "efektif": 0},
        "instruksi": {"belum": 0, "belum_efektif": 0, "efektif": 3},
    }
    assert all(s.nilai is None for s in result.sections)
    assert result.level_counts == {"belum": 2, "belum_efektif": 4, "efektif": 6}


def test_pmm_one_chosen_indicator_is_the_whole_observation() -> None:
    # In PMM the teacher picks one practice indicator (choose_sections = 1): the sections
    # left untouched are not part of this observation, so three ratings complete it.
    inst = bundled("pmm-observasi-kelas")
    assert inst.choose_sections == 1
    result = score(inst, by_section(inst, {"umpan-balik": ["efektif", "belum_efektif", "efektif"]}))
    assert result.level_counts == {"belum": 0, "belum_efektif": 1, "efektif": 2}
    assert result.nilai is None
    assert [s.section_id for s in result.sections] == ["umpan-balik"]
    assert not result.provisional and result.total == 3


def test_pmm_chosen_indicator_half_done_is_provisional() -> None:
    inst = bundled("pmm-observasi-kelas")
    result = score(inst, by_section(inst, {"umpan-balik": ["efektif", None, None]}))
    assert result.provisional and len(result.unscored) == 2
    nothing = score(inst, {})
    assert nothing.provisional and len(nothing.unscored) == 12


def test_na_is_ignored_where_the_form_does_not_allow_it() -> None:
    inst = bundled("pkg")
    first = inst.sections[0].indicators[0].id
    result = score(inst, {first: Rating(indicator_id=first, na=True)})
    assert first in result.unscored and result.na == 0


# -- English form ------------------------------------------------------------------------


def test_english_form_structure_and_score() -> None:
    inst = bundled("classroom-observation")
    assert inst.language == "en"
    assert [lv.label for lv in inst.scale.levels] == ["Needs improvement", "Developing", "Proficient", "Exemplary"]
    assert 10 <= len(inst.indicators()) <= 12
    assert [s.phase for s in inst.sections][0] is Phase.planning
    assert len(inst.sections[0].indicators) == 3
    assert [s.stage for s in inst.sections if s.phase is Phase.execution] == list(STAGE_ORDER)
    assert {t.key for t in inst.tallies} == {"q", "s", "p"}
    # V2 bands. All 12 at "3": 36 / 48 x 100 = 75.00 -> Good (70-85).
    result = score(inst, all_at(inst, "3"))
    assert (result.nilai_text, result.predikat) == ("75.00", "Good")
    # 11 at "4", one at "2": 46 / 48 x 100 = 95.8333... -> 95.83 -> Excellent (86-100).
    given = all_at(inst, "4")
    given["MN4"] = Rating(indicator_id="MN4", level="2")
    result = score(inst, given)
    assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (46, 48, "95.83", "Excellent")
    # All "2" except two N/A: 20 / 40 x 100 = 50.00 -> Poor (0-54).
    given = all_at(inst, "2")
    given.update(ratings({"PL3": None, "CL2": None}))
    result = score(inst, given)
    assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (20, 40, "50.00", "Poor")


# -- PKG ---------------------------------------------------------------------------------


def test_pkg_structure() -> None:
    inst = bundled("pkg")
    assert inst.scoring.method == "section_conversion"
    assert [(lv.key, lv.value) for lv in inst.scale.levels] == [("0", 0), ("1", 1), ("2", 2)]
    assert not inst.scale.allow_na
    assert len(inst.sections) == 14
    per_competency: dict[str, int] = {}
    for section in inst.sections:
        tags = {ind.competency for ind in section.indicators}
        assert len(tags) == 1, section.id  # a PKG section is one competency
        tag = tags.pop()
        assert tag is not None
        per_competency[tag.value] = per_competency.get(tag.value, 0) + 1
        assert 2 <= len(section.indicators) <= 4, section.id
        assert section.stage is None
    assert per_competency == {"pedagogik": 7, "kepribadian": 3, "sosial": 2, "profesional": 2}
    assert {s.phase for s in inst.sections} == {Phase.planning, Phase.execution, Phase.reflection}
    # 14 sections x highest converted value 4 = 56, the divisor of the paper instrument.
    assert max(c.value for c in inst.scoring.conversion) * len(inst.sections) == 56


def test_pkg_mixed_case_by_hand() -> None:
    # competency  levels      score/max   percent   converted
    # K01         2 1 2       5 / 6       83.33     4  (>75-100)
    # K02         1 1         2 / 4       50.00     2  (>25-50, 50 is inside)
    # K03         2 2 2       6 / 6      100.00     4
    # K04         2 1 1 2     6 / 8       75.00     3  (>50-75, 75 is inside)
    # K05         0 1         1 / 4       25.00     1  (0-25, 25 is inside)
    # K06         2 1         3 / 4       75.00     3
    # K07         1 1 2       4 / 6       66.67     3
    # K08         2 2         4 / 4      100.00     4
    # K09         2 1         3 / 4       75.00     3
    # K10         2 2 1       5 / 6       83.33     4
    # K11         1 2         3 / 4       75.00     3
    # K12         0 0         0 / 4        0.00     1  (0 % still converts to 1)
    # K13         2 2         4 / 4      100.00     4
    # K14         1 0         1 / 4       25.00     1
    # converted sum = 4+2+4+3+1+3+3+4+3+4+3+1+4+1 = 40
    # nilai PKG = 40 / 56 x 100 = 71.428571... -> 71.43 -> Cukup (61-75)
    inst = bundled("pkg")
    given = by_section(
        inst,
        {
            "K01": ["2", "1", "2"],
            "K02": ["1", "1"],
            "K03": ["2", "2", "2"],
            "K04": ["2", "1", "1", "2"],
            "K05": ["0", "1"],
            "K06": ["2", "1"],
            "K07": ["1", "1", "2"],
            "K08": ["2", "2"],
            "K09": ["2", "1"],
            "K10": ["2", "2", "1"],
            "K11": ["1", "2"],
            "K12": ["0", "0"],
            "K13": ["2", "2"],
            "K14": ["1", "0"],
        },
    )
    result = score(inst, given)
    assert not result.provisional
    sections = {s.section_id: s for s in result.sections}
    assert sections["K01"].nilai == Decimal("83.33")
    assert sections["K07"].nilai == Decimal("66.67")
    assert sections["K12"].nilai == Decimal("0.00")
    assert (result.obtained, result.maximum) == (47, 68)  # raw sums, not the PKG nilai
    assert result.nilai == Decimal("71.43")
    assert result.predikat == "Cukup"


def test_pkg_extremes() -> None:
    inst = bundled("pkg")
    # every indicator 2: each competency 100 % -> 4; 14 x 4 = 56 / 56 -> 100.00 Amat Baik
    result = score(inst, all_at(inst, "2"))
    assert (result.nilai_text, result.predikat) == ("100.00", "Amat Baik")
    # every indicator 0: each competency 0 % -> 1; 14 / 56 x 100 = 25.00 -> Kurang
    result = score(inst, all_at(inst, "0"))
    assert (result.nilai_text, result.predikat) == ("25.00", "Kurang")
    # every indicator 1: each competency 50 % -> 2; 28 / 56 x 100 = 50.00 -> Kurang (<= 50)
    result = score(inst, all_at(inst, "1"))
    assert (result.nilai_text, result.predikat) == ("50.00", "Kurang")


def test_pkg_provisional_counts_only_assessed_competencies() -> None:
    # Only K03 (documents) assessed so far: 2 2 1 -> 5 / 6 = 83.33 % -> 4; 4 / (1 x 4) -> 100.00.
    inst = bundled("pkg")
    result = score(inst, by_section(inst, {"K03": ["2", "2", "1"]}))
    assert result.provisional
    assert len(result.unscored) == 31
    assert result.nilai == Decimal("100.00")
