"""ctrl+q on a form holding what was typed asks first, as Esc does (the walk: a half-filled
welcome quit without a question); the question starts on "Batal", and a second ctrl+q
while it is shown is not the answer."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def test_ctrl_q_on_a_half_filled_welcome_asks_before_dropping_it(tmp_path: Path) -> None:
    app = ObservasiApp(make_context(tmp_path / "new"))
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        await pilot.press(*"SMP Negeri 9")
        await pilot.press("ctrl+q")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert "SMP Negeri 9" in " ".join(dialog.lines)  # says what would be lost
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("ctrl+q")  # not the answer
        await pilot.press("enter")  # Batal
        await wait_for_screen(pilot, SettingsScreen)
        assert app.is_running and app.screen is welcome
        await pilot.press("ctrl+q")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: not app.is_running, "the app to quit")
