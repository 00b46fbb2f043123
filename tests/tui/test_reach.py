"""Sync and forms reachable inside the app (a principal never opens a terminal): the
Instrumen screen on a key from home, removing a device from the sync screen, the bucket
in Settings. Every test runs at 80x24, as on a school laptop."""

from __future__ import annotations

from pathlib import Path

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.screens.forms_screen import FormsScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context, screen_text

SIZE = (80, 24)


async def test_i_on_home_opens_the_instrumen_screen_and_esc_comes_back(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f1")  # the help lists the key with the other screens
        await wait_for_screen(pilot, HelpScreen)
        await wait_until(pilot, lambda: "Instrumen" in screen_text(app), "Instrumen in the help")
        lines = [line for line in screen_text(app).splitlines() if "Instrumen" in line]
        assert any(line.strip("█ ").split() == ["i", "Instrumen"] for line in lines), lines
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("i")
        await wait_for_screen(pilot, FormsScreen)
        # The list of forms, with the test school's own mini form in it.
        await wait_until(pilot, lambda: "mini" in screen_text(app), "the mini form listed")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
