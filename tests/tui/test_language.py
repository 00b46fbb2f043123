"""Every screen in both languages shows catalog text, never a raw catalog key; the
language switch from the palette re-renders the screens."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Button, Input

from observasi.core import changes as ch
from observasi.i18n import catalog, t
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.conftest import edit
from tests.waiting import notifications, wait_for_screen, wait_for_text, wait_for_workers, wait_until

from .conftest import draft_of, make_context

# A catalog key looks like area.word(.word): find any that made it to the screen.
KEYS = set(catalog())
KEY_PATTERN = re.compile(r"\b[a-z]+(?:\.[a-z0-9_]+)+\b")


def raw_keys(text: str) -> set[str]:
    return {match for match in KEY_PATTERN.findall(text) if match in KEYS}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_every_screen_speaks_the_language(school_dir: Path, lang: str) -> None:
    context = make_context(school_dir, lang)
    draft = draft_of(context)
    lesson = draft_of(context, teacher_index=1)
    edit(context.store, lesson.id, ch.StartLesson("pendahuluan"))
    edit(context.store, lesson.id, ch.Rate("R1", "3"))
    edit(context.store, lesson.id, ch.TogglePause())
    finished = draft_of(context, teacher_index=2)
    edit(context.store, finished.id, ch.StartLesson("pendahuluan"))
    edit(context.store, finished.id, ch.EndLesson())
    app = ObservasiApp(context)
    seen: dict[str, str] = {}
    async with app.run_test(size=(100, 30)) as pilot:

        async def look(name: str, kind: type[Screen[Any]], title_key: str) -> None:
            """Once the screen is up, its workers are done and its title is drawn."""
            await wait_for_screen(pilot, kind)
            await wait_for_workers(pilot)
            seen[name] = await wait_for_text(pilot, t(title_key))

        await look("home", HomeScreen, "tui.home.title")
        await pilot.press("g")
        await look("teachers", TeachersScreen, "tui.teachers.title")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f1")
        await look("help-home", HelpScreen, "tui.help.title")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        await look("new", NewObservationScreen, "tui.new.title")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        for obs_id, name, kind, title_key in (
            (draft.id, "draft", ObservationScreen, "tui.live.title"),
            (lesson.id, "live", ObservationScreen, "tui.live.title"),
            (finished.id, "reflection", ReflectionScreen, "tui.refl.title"),
        ):
            app.open_observation(obs_id)
            await look(name, kind, title_key)
            await pilot.press("f1")
            await look(f"help-{name}", HelpScreen, "tui.help.title")
            await pilot.press("escape")
            await wait_for_screen(pilot, kind)
        await pilot.press("ctrl+s")
        await look("finalise", ConfirmDialog, "tui.final.title")
        app.screen.query_one("#confirm", Button).press()  # unscored indicators: the question starts on Batal
        await look("record", RecordScreen, "tui.record.title")
        await pilot.press("a")
        await look("amend", TextPrompt, "tui.record.amend_title")
        await pilot.press("escape")
        record = await wait_for_screen(pilot, RecordScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not record.is_active, "the record screen to close")
        app.action_settings()
        await look("settings", SettingsScreen, "tui.settings.title")
        await pilot.press("ctrl+p")
        await look("palette", CommandPalette, "tui.palette.placeholder")
    expected_word = {"id": "Keluar", "en": "Quit"}[lang]
    for name, text in seen.items():
        assert not raw_keys(text), f"{name}: {raw_keys(text)}"
    assert expected_word in seen["home"]
    other = {"id": "Quit", "en": "Keluar"}[lang]
    assert other not in seen["home"]


async def test_first_run_asks_for_school_and_observer(tmp_path: Path) -> None:
    data_dir = tmp_path / "empty"
    context = make_context(data_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, SettingsScreen)
        assert screen.first_run
        said = notifications(app)
        await pilot.press("escape")  # cannot skip
        await wait_until(pilot, lambda: t("tui.setup.required") in said, "the reason it cannot be skipped")
        assert app.screen is screen
        await pilot.press(*"SD", "space", *"Maju", "enter")  # school name, Enter goes on
        await wait_until(pilot, lambda: screen.query_one("#school-name", Input).value == "SD Maju", "the school name")
        screen.query_one("#observer-name").focus()
        await wait_until(pilot, lambda: app.focused is screen.query_one("#observer-name"), "the observer's name field")
        await pilot.press(*"Ibu", "space", *"Rina")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)  # the steps that may be skipped
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
    from .conftest import fresh_store

    store = fresh_store(data_dir)
    assert store.get_school().name == "SD Maju"
    assert store.self_observer().name == "Ibu Rina"


async def test_switching_language_rebuilds_the_screens(school_dir: Path) -> None:
    context = make_context(school_dir, "id")
    obs = draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        await wait_for_screen(pilot, ObservationScreen)
        await wait_for_text(pilot, "Mulai")
        before = app.screen
        app.action_toggle_language()
        # A new screen of the same kind, in English: still where the user was.
        await wait_until(pilot, lambda: app.screen is not before, "the screens to be rebuilt")
        await wait_for_screen(pilot, ObservationScreen)
        text = await wait_for_text(pilot, "Start", "Quit")
        assert "Keluar" not in text
    from .conftest import fresh_store

    assert fresh_store(school_dir).get_setting("lang") == "en"
