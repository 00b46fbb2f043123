"""Narrow terminals: below 110 columns the rubric sits under the list and every level of
the focused indicator still shows (one line each, "…" where abbreviated; f4 shows it in
full); the follow-up table keeps every column in view, its texts wrapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core.record import Status
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.rubric_full import RubricDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.waiting import wait_for_screen, wait_for_text

from .conftest import lesson_on, make_context
from .test_snapshots import lesson_app

LEVELS = ("1 Kurang", "2 Cukup", "3 Baik", "4 Sangat Baik")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_every_level_of_the_focused_indicator_shows(school_dir: Path, size: tuple[int, int]) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=2)
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        lesson = await wait_for_screen(pilot, ObservationScreen)
        for _ in range(3):  # a few indicators on, each with its own four levels
            shown = await wait_for_text(pilot, *LEVELS, "(f4 lengkap)")
            current = lesson.indicators.current_id
            assert current is not None and f"{current} (f4 lengkap)" in shown
            await pilot.press("down")
        await pilot.press("f4")
        dialog = await wait_for_screen(pilot, RubricDialog)
        indicator = context.catalog.get("supervisi-akademik").instrument.indicator(lesson.indicators.current_id)
        assert indicator is not None
        full = str(dialog.query_one("#rubric-full").query_one("Static").render())
        assert all(descriptor in " ".join(full.split()) for descriptor in indicator.rubric.values())
        await pilot.press("escape")
        await wait_for_screen(pilot, ObservationScreen)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_every_follow_up_column_shows_with_long_texts(school_dir: Path, size: tuple[int, int]) -> None:
    app, obs_id = lesson_app(school_dir, "id", Status.reflecting)
    store = app.context.store
    obs = store.get_observation(obs_id)
    long_item = obs.followups[0].model_copy(
        update={
            "action": "Menyusun asesmen formatif singkat di akhir setiap pertemuan selama satu bulan",
            "measure": "Ada exit ticket di empat pertemuan berikutnya",
            "support": "Contoh instrumen dari wakasek kurikulum",
        }
    )
    store.put_observation(obs.model_copy(update={"followups": [long_item]}))
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ReflectionScreen)
        table = screen.query_one("#followups")
        table.focus()
        table.scroll_visible()
        # Every column, the support text wrapped (not pushed off), the end of the long action.
        await wait_for_text(pilot, "Kegiatan", "Dukungan", "Batas", "15 Des 2026", "wakasek", "kurikulum", "bulan")
