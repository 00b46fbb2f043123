"""Two-tier ratings (World Bank Teach): behaviours rated Rendah/Sedang/Tinggi under elements
the observer scores 1-5. The behaviours count in no sum; the program suggests the element
score they point to and never gives it; the sheet numbers them under their element."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from observasi.core.form_loader import parse_form_text
from observasi.core.instrument import Instrument
from observasi.core.record import Observation, Rating
from observasi.core.scoring import score
from observasi.core.two_tier import behaviours_of, element_suggestion
from observasi.formbook.read import read_workbook_file
from observasi.formbook.write import write_workbook
from observasi.tui.render import rubric
from tests.conftest import FIXTURES

TEXT = (FIXTURES / "two_tier.toml").read_text(encoding="utf-8")


@pytest.fixture
def inst() -> Instrument:
    form, problems = parse_form_text(TEXT, "two_tier.toml")
    assert form is not None, [str(p) for p in problems]
    return form


def _ratings(**answers: str) -> dict[str, Rating]:
    return {k: Rating(indicator_id=k, level=v) for k, v in answers.items()}


def test_the_elements_are_the_score_and_the_behaviours_count_in_no_sum(inst: Instrument) -> None:
    assert [b.id for b in behaviours_of(inst, "E2")] == ["E2a", "E2b", "E2c"]
    result = score(inst, _ratings(E1="4", E1a="T", E1b="S", E2="2", E2a="R", E2b="S", E2c="R"))
    # Teach reports the mean of the element scores on the 1-5 scale: (4 + 2) / 2.
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (6, 10, Decimal("3.00"), None)
    assert not result.provisional
    # The section (a Teach domain) is reported the form's way too: its mean on 1-5.
    (section,) = result.sections
    assert (section.method, section.result_text) == ("mean", "3.00")


@pytest.mark.parametrize(
    ("answers", "suggested"),
    [
        ({"E1a": "R", "E1b": "R"}, "1"),  # all low
        ({"E1a": "R", "E1b": "S"}, "2"),  # a mix of low and medium
        ({"E1a": "S", "E1b": "S"}, "3"),  # medium
        ({"E1a": "S", "E1b": "T"}, "4"),  # a mix of medium and high
        ({"E1a": "T", "E1b": "T"}, "5"),  # all high
        ({"E1a": "T"}, None),  # not every behaviour rated yet: no suggestion
    ],
)
def test_the_behaviours_suggest_the_element_score(inst: Instrument, answers: dict[str, str], suggested) -> None:
    level = element_suggestion(inst, "E1", _ratings(**answers))
    assert (level.key if level else None) == suggested
    # A suggestion only: the element stays unscored until the observer gives it.
    assert "E1" in score(inst, _ratings(**answers)).unscored


def test_the_live_rubric_shows_the_behaviours_and_the_suggestion(inst: Instrument) -> None:
    record = Observation.model_construct(ratings=_ratings(E2a="R", E2b="S", E2c="S"), evidence=[])
    element = rubric(record, inst, "E2", compact=True).plain
    assert "Perilaku: E2a 1 · E2b 2 · E2c 2 → saran skor elemen: 2 Rendah" in element
    behaviour = rubric(record, inst, "E2b", compact=True).plain
    assert "Perilaku dari elemen E2" in behaviour and "2 Sedang" in behaviour


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('element = "E1"\n', 'element = "E9"\n'), "elemen 'E9' tidak ada di bagian ini"),
        (('id = "E2"\ntext', 'id = "E2"\nelement = "E1a"\nscale = "perilaku"\ntext'), "'E1a' sendiri adalah perilaku"),
        (
            ('id = "E1b"\ntext = "Guru memakai bahasa yang positif"\nscale = "perilaku"', 'id = "E1b"\ntext = "x"'),
            "skala verbal",
        ),
    ],
)
def test_a_broken_two_tier_form_is_named(change: tuple[str, str], message: str) -> None:
    form, problems = parse_form_text(TEXT.replace(*change, 1), "t.toml")
    assert form is None and any(message in str(p) and "element" in str(p) for p in problems), [str(p) for p in problems]


def test_the_workbook_carries_the_element_column(inst: Instrument, tmp_path: Path) -> None:
    book = tmp_path / "dua.xlsx"
    write_workbook(inst, book)
    read = read_workbook_file(book)
    assert read.instrument is not None and read.instrument.content_hash() == inst.content_hash()
    assert read.instrument.indicator("E2c").element == "E2"


def test_the_sheet_numbers_behaviours_under_their_element(tmp_path: Path) -> None:
    import shutil

    from observasi.context import AppContext
    from observasi.paths import user_forms_dir
    from observasi.record import create_draft
    from observasi.settings import Settings
    from observasi.sheet.build import build_sheet
    from observasi.sheet.content import gather
    from observasi.store.models import Observer, School, Teacher
    from tests.sheet.conftest import pdf_pages

    data_dir = tmp_path / "d"
    user_forms_dir(data_dir).mkdir(parents=True)
    shutil.copy(FIXTURES / "two_tier.toml", user_forms_dir(data_dir) / "two_tier.toml")
    context = AppContext(Settings(data_dir=data_dir))
    try:
        store = context.store
        store.save_school(School(name="SMP Contoh", city="Contoh"))
        observer = store.save_observer(Observer(name="Budi Santoso"))
        teacher = store.save_teacher(Teacher(name="Siti Aminah", subject="IPA"))
        known = context.catalog.get("dua-tingkat")
        assert known is not None
        obs = create_draft(store, teacher, observer, known.instrument, date="2026-11-26", semester="2026-1")
        answers = _ratings(E1="4", E1a="T", E1b="S", E2="2", E2a="R", E2b="S", E2c="R")
        store.put_observation(store.get_observation(obs.id).model_copy(update={"ratings": answers}))
        text = " ".join(pdf_pages(build_sheet(gather(context, obs.id)).data))
    finally:
        context.store.close()
    assert "1 Lingkungan belajar yang mendukung 4 (Tinggi)" in text
    assert "1.1 Guru memperlakukan semua siswa dengan hormat Tinggi" in text
    assert "2.3 Guru mengarahkan kembali perilaku yang keliru Rendah" in text
    assert "Rata-rata bagian: 3,00" in text and "Nilai bagian" not in text


async def test_rating_behaviours_then_the_element_by_keyboard(tmp_path: Path) -> None:
    import shutil

    from observasi.paths import user_forms_dir
    from observasi.tui.app import ObservasiApp
    from observasi.tui.screens.home_screen import HomeScreen
    from observasi.tui.screens.observation_screen import ObservationScreen
    from tests.tui.conftest import fresh_store, lesson_on, make_context, prepare
    from tests.waiting import wait_for_screen, wait_until

    data_dir = tmp_path / "school"
    prepare(data_dir)
    shutil.copy(FIXTURES / "two_tier.toml", user_forms_dir(data_dir) / "two_tier.toml")
    context = make_context(data_dir)
    obs_id = lesson_on(context, "dua-tingkat", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        # Down to the behaviours of E1: Tinggi (3), Sedang (2); back up to the element.
        await pilot.press("down", "3", "2", "up", "up", "up")
        await wait_until(pilot, lambda: screen.indicators.current_id == "E1", "back on the element")

        def suggested() -> bool:
            return "saran skor elemen: 4 Tinggi" in str(screen.query_one("#rubric").render())

        await wait_until(pilot, suggested, "the behaviours' suggestion beside the element")
        saved = fresh_store(data_dir).get_observation(obs_id)
        assert "E1" not in saved.ratings  # suggested, never given by the program
        await pilot.press("4")
        await wait_until(pilot, lambda: "E1" in fresh_store(data_dir).get_observation(obs_id).ratings, "E1 saved")
