"""ctrl+q on the sync screen reached through the welcome's "Gabung" asks before the
welcome's unsaved typing is dropped, with the same question as the welcome itself (the
walk: it quit at once, and the school name, NPSN and observer name were gone)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def test_quitting_from_the_join_sync_asks_about_the_welcomes_typing(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#school-name", Input).value = "SMP Negeri 9 Contoh"
        welcome.query_one("#school-npsn", Input).value = "20299999"
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join attempt")
        await pilot.press("ctrl+q")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert str(dialog.heading) == "Buang perubahan yang belum disimpan?"
        lines = " ".join(str(line.render()) for line in dialog.query(".dialog-line").results(Static))
        assert "SMP Negeri 9 Contoh" in lines and "20299999" in lines and "Siti Rahma, S.Pd." in lines
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("enter")  # Batal: nothing is lost, the app stays
        await wait_for_screen(pilot, SyncScreen)
        assert app.is_running and not app.quitting
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        assert welcome.query_one("#observer-name", Input).value == "Siti Rahma, S.Pd."
        assert welcome.query_one("#school-name", Input).value == "SMP Negeri 9 Contoh"
