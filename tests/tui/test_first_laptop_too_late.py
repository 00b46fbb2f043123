"""The "first laptop" button pressed after a school appeared in the folder: the laptop
safely asks to join, and the screen says that is what happened (the walk: a toast said
"…memulai sekolah di folder bersama." while it asked to join)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import make_context


async def test_first_laptop_chosen_after_the_school_appeared_says_it_asked_to_join(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None and screen.report.no_school, "refused")
        first = screen.query_one("#sync-first-laptop", Button)
        await wait_until(pilot, lambda: first.display, "the first-laptop button")

        school = AppContext(Settings(data_dir=tmp_path / "A"))  # meanwhile the school's laptop founds it
        school.store.save_school(School(name="SMP Negeri 7 Sukamaju"))
        sync(school, shared)

        first.press()
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")  # «Mulai folder»
        await wait_until(
            pilot, lambda: screen.report is not None and screen.report.waiting_code is not None, "asked to join"
        )
        summary = " ".join(str(screen.query_one("#sync-summary", Static).render()).split())
        assert "sudah berisi sekolah" in summary and "meminta bergabung" in summary
        assert not any("memulai sekolah" in line for line in said)
    assert devices.device_list(school).founder == school.store.device_id
    assert len(devices.device_list(school).requests) == 1
