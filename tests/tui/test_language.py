"""Every screen in both languages shows catalog text, never a raw catalog key; the
language switch from the palette re-renders the screens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.i18n import catalog
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.conftest import edit

from .conftest import draft_of, make_context, screen_text

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

        async def look(name: str) -> None:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            seen[name] = screen_text(app)

        await look("home")
        await pilot.press("g")
        await look("teachers")
        await pilot.press("escape", "f1")
        await look("help-home")
        await pilot.press("escape", "n")
        await look("new")
        await pilot.press("escape")
        for obs_id, name in ((draft.id, "draft"), (lesson.id, "live"), (finished.id, "reflection")):
            app.open_observation(obs_id)
            await look(name)
            await pilot.press("f1")
            await look(f"help-{name}")
            await pilot.press("escape")
        await pilot.press("ctrl+s")
        await look("finalise")
        await pilot.press("enter")
        await look("record")
        await pilot.press("a")
        await look("amend")
        await pilot.press("escape", "escape")
        app.action_settings()
        await look("settings")
        await pilot.press("ctrl+p")
        await look("palette")
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
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen) and app.screen.first_run
        await pilot.press("escape")  # cannot skip
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press(*"SD", "space", *"Maju", "enter")  # school name, Enter goes on
        app.screen.query_one("#observer-name").focus()
        await pilot.press(*"Ibu", "space", *"Rina")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    from .conftest import fresh_store

    store = fresh_store(data_dir)
    assert store.get_school().name == "SD Maju"
    assert store.self_observer().name == "Ibu Rina"


async def test_switching_language_rebuilds_the_screens(school_dir: Path) -> None:
    context = make_context(school_dir, "id")
    obs = draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_observation(obs.id)
        await pilot.pause()
        assert "Mulai" in screen_text(app)
        app.action_toggle_language()
        await pilot.pause()
        text = screen_text(app)
        assert "Start" in text and "Quit" in text and "Keluar" not in text
        assert type(app.screen).__name__ == "ObservationScreen"  # still where the user was
    from .conftest import fresh_store

    assert fresh_store(school_dir).get_setting("lang") == "en"
