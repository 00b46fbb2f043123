"""A line typed in the live screen's evidence box and not yet saved (Enter) is not dropped
without asking. The walk typed "/Catatan yang belum disimpan saat keluar" into a paused
lesson and pressed ctrl+q: the app closed at once and the line was gone; two Esc presses
left the screen the same way (and on a running lesson the question said "Semua yang sudah
diketik tersimpan")."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_until

from .conftest import lesson_on, make_context

TYPED = "Siswa kelompok 3 belum paham"


@pytest.mark.parametrize("keys", [("ctrl+q",), ("escape", "escape")])
async def test_the_unsaved_line_is_named_and_kept_on_batal(school_dir: Path, keys: tuple[str, ...]) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    edit(context.store, obs_id, ch.TogglePause())  # paused: leaving asks nothing about the clock
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("slash", *TYPED)
        await wait_until(pilot, lambda: screen.evidence_input.value == TYPED, "the typed line")
        await pilot.press(*keys)
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert TYPED in " ".join(dialog.lines)
        assert app.focused is dialog.query_one("#cancel", Button)  # starts on Batal
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is screen, "back on the lesson")
        assert app.is_running and screen.evidence_input.value == TYPED


async def test_an_empty_line_leaves_a_paused_lesson_at_once(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    edit(context.store, obs_id, ch.TogglePause())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)


async def test_ending_the_lesson_names_the_unsaved_line_before_the_reflection(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("slash", *TYPED, "ctrl+l")
        end = await wait_for_screen(pilot, ConfirmDialog)
        end.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog) and app.screen is not end, "a question")
        assert TYPED in " ".join(app.screen.lines)
        await pilot.press("enter")  # Batal: back on the lesson, the line kept, Enter saves it
        await wait_until(pilot, lambda: app.screen is screen, "back on the lesson")
        await pilot.press("enter")
        await wait_until(pilot, lambda: any(e.text == TYPED for e in screen.obs.evidence), "the line saved")
