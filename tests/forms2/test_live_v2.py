"""Scoring a v2 form by keyboard: each item on its own scale (0 is "Tidak ada" only on
the paired planning scale) and the form's kinds of N/A on their own letters."""

from __future__ import annotations

import shutil
from pathlib import Path

from observasi.core.scoring import score
from observasi.paths import user_forms_dir
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import FIXTURES
from tests.tui.conftest import fresh_store, lesson_on, make_context, prepare
from tests.waiting import wait_for_screen, wait_until


async def test_mixed_scales_paired_answers_and_na_kinds_by_keyboard(tmp_path: Path) -> None:
    data_dir = tmp_path / "school"
    prepare(data_dir)
    shutil.copy(FIXTURES / "v2.toml", user_forms_dir(data_dir) / "v2.toml")
    context = make_context(data_dir)
    obs_id = lesson_on(context, "v2-mini", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.indicators.current_id == "P1"
        assert "0 Tidak ada" in str(screen.query_one("#rubric").render())
        # P1 Ada 3, P2 Tidak ada, P3 Ada 4; E1 4, E2 3, E3 1, E4 tidak teramati (t).
        await pilot.press("3", "0", "4", "4", "3", "1", "t")

        def saved_all() -> bool:
            return len(fresh_store(data_dir).get_observation(obs_id).ratings) == 7

        await wait_until(pilot, saved_all, "seven answers saved")
        saved = fresh_store(data_dir).get_observation(obs_id)
        assert saved.ratings["P2"].level == "0" and not saved.ratings["P2"].na
        assert saved.ratings["E4"].na and saved.ratings["E4"].level == "t"
        inst = context.catalog.get("v2-mini")
        assert inst is not None
        result = score(inst.instrument, saved.ratings)
        assert (result.obtained, result.maximum, result.nilai_text, result.predikat) == (22, 28, "79", "Baik")
