"""The welcome's "Gabung ke sekolah yang sudah ada" into a shared folder that holds no school
yet: the laptop writes nothing there and says so (the walk: it founded the school, and the
principal's laptop had to ask it to join); a button on the sync screen, after a question
that says what it does and starts on "Batal", makes it the school's first laptop."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from observasi.sync import devices
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


def _files(shared: Path) -> list[Path]:
    return [p for p in shared.rglob("*") if p.is_file()]


async def test_joining_an_empty_folder_writes_nothing_and_the_first_laptop_can_still_start_it(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)  # as the sync screen's folder choice keeps it
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the first sync")
        assert screen.report is not None and screen.report.no_school
        summary = " ".join(str(screen.query_one("#sync-summary").render()).split())
        assert "folder bersama ini belum berisi sekolah" in summary
        assert "Pilih folder yang dipakai laptop sekolah" in summary
        assert "Tidak ada yang perlu dikirim" not in summary
        assert _files(shared) == []
        first = screen.query_one("#sync-first-laptop", Button)
        assert first.display

        await pilot.press("escape")  # back on the welcome, it says so too, and asks again
        await wait_for_screen(pilot, SettingsScreen)
        said = " ".join(str(welcome.query_one("#join-status", Static).render()).split())
        assert "belum berisi sekolah" in said and "tidak menulis apa pun" in said
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the second try")
        assert screen.report is not None and screen.report.no_school and _files(shared) == []
        first = screen.query_one("#sync-first-laptop", Button)
        await wait_until(pilot, lambda: first.display, "the first-laptop button")

        first.press()
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert app.focused is dialog.query_one("#cancel", Button)  # an early Enter starts nothing
        await pilot.press("enter")
        await wait_for_screen(pilot, SyncScreen)
        assert devices.joining(context) and _files(shared) == []

        first.press()
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: screen.report is not None and not screen.report.no_school, "the founding sync")
        assert not first.display
    assert devices.device_list(context).founder == context.store.device_id
    assert not devices.joining(context)
