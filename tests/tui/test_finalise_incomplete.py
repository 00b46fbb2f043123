"""Finalising locks the record. With indicators still unscored, the question starts on
"Batal": one Enter pressed too soon must not lock a nilai made of a few scores (the walk:
"Final 58,33 Kurang 6/28" after one Enter)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from observasi.core import changes as ch
from observasi.core.record import Status
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen

from .conftest import fresh_store, lesson_on, make_context


async def test_finalising_with_unscored_indicators_starts_on_cancel(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    edit(context.store, obs_id, ch.Rate("PR1", "3"))  # one score of 28
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_observation(obs_id)
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+l")
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("enter")  # end the lesson
        await wait_for_screen(pilot, ReflectionScreen)
        await pilot.press("ctrl+s")
        confirm = await wait_for_screen(pilot, ConfirmDialog)
        said = " ".join(str(w.render()) for w in confirm.query(".dialog-line"))
        assert "belum dinilai" in said
        assert app.focused is confirm.query_one("#cancel", Button)
        await pilot.press("enter")
        await wait_for_screen(pilot, ReflectionScreen)
    assert fresh_store(school_dir).get_observation(obs_id).status is Status.reflecting  # not locked
