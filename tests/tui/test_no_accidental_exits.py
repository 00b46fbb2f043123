"""Nothing is left by accident: Esc in a lesson whose clock runs asks, ctrl+q with a lesson
running asks, and a form with edits not saved asks (naming what would be lost) before
it is dropped. Each question starts on "Batal", so a key pressed once too often stays."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_until

from .conftest import draft_of, fresh_store, lesson_on, make_context


def _question(app: ObservasiApp) -> str:
    dialog = app.screen
    assert isinstance(dialog, ConfirmDialog)
    assert app.focused is dialog.query_one("#cancel", Button)  # Enter or Esc keeps everything
    return " ".join(dialog.lines)


async def test_esc_in_a_running_lesson_asks_before_leaving(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=7)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        lesson = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("slash", "escape", "escape")  # into the evidence line, out, and once more
        await wait_for_screen(pilot, ConfirmDialog)
        assert "menit ke-7" in _question(app) and "tetap berjalan" in _question(app)
        await pilot.press("escape")  # the question's own Esc: stay
        assert await wait_for_screen(pilot, ObservationScreen) is lesson
        await pilot.press("escape")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_for_screen(pilot, HomeScreen)


async def test_esc_in_a_paused_lesson_or_a_draft_leaves_at_once(school_dir: Path) -> None:
    context = make_context(school_dir)
    paused = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    edit(context.store, paused, ch.TogglePause())
    draft = draft_of(context).id
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        for obs_id in (paused, draft):
            app.open_observation(obs_id)
            await wait_for_screen(pilot, ObservationScreen)
            await pilot.press("escape")
            await wait_for_screen(pilot, HomeScreen)


async def test_ctrl_q_with_a_lesson_running_asks(school_dir: Path) -> None:
    context = make_context(school_dir)
    lesson_on(context, "supervisi-akademik", minutes_ago=12)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        await pilot.press("ctrl+q")
        await wait_for_screen(pilot, ConfirmDialog)
        assert "menit ke-12" in _question(app)
        await pilot.press("ctrl+q")  # a second ctrl+q is not an answer
        await pilot.press("enter")  # on "Batal"
        assert await wait_for_screen(pilot, HomeScreen) is home
        assert app.is_running and not app.quitting
        await pilot.press("ctrl+q")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: app.quitting, "the app to quit")


async def test_ctrl_q_without_a_running_lesson_quits_at_once(school_dir: Path) -> None:
    context = make_context(school_dir)
    paused = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    edit(context.store, paused, ch.TogglePause())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: app.quitting, "the app to quit")


async def test_settings_with_edits_ask_before_discarding(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        await pilot.press("escape")  # nothing changed: leaves at once
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        settings.query_one("#school-city", Input).value = "Sukamaju Baru"
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmDialog)
        question = _question(app)
        assert "Kota/kabupaten" in question and "Sukamaju Baru" in question
        await pilot.press("escape")  # stay, the edit still there
        assert await wait_for_screen(pilot, SettingsScreen) is settings
        assert settings.query_one("#school-city", Input).value == "Sukamaju Baru"
        await pilot.press("escape")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_for_screen(pilot, HomeScreen)
    assert fresh_store(school_dir).get_school().city == "Contoh"  # discarded, as asked


async def test_pre_observation_with_edits_asks_and_shows_focus(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        topic, class_name = form.query_one("#topic", Input), form.query_one("#class_name", Input)
        topic.focus()
        await wait_until(pilot, lambda: app.focused is topic, "focus on the topic")
        # The focused field looks different from the others (the compact inputs have no border).
        assert topic.styles.background != class_name.styles.background
        await pilot.press(*"Gerak lurus")
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmDialog)
        assert "• Materi: Gerak lurus" in _question(app)
        await pilot.press("enter")  # on "Batal"
        await wait_for_screen(pilot, NewObservationScreen)
        assert topic.value == "Gerak lurus"
    assert not fresh_store(school_dir).list_observations()
