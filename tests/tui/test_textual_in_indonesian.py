"""Textual's own widgets speak the display language: the open Select menu's footer says
"esc Tutup menu", not "Dismiss menu" (issue 14)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import wait_for_screen, wait_for_text, wait_until

from .conftest import make_context


async def test_the_select_menu_footer_is_indonesian(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir), after_start_delay=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        choice = settings.query_one("#lang", Select)
        choice.focus()
        await wait_until(pilot, lambda: app.focused is choice, "the language choice focused")
        await pilot.press("enter")  # opens the menu; its footer shows its keys
        shown = await wait_for_text(pilot, "Tutup menu")
        assert "Dismiss" not in shown
