"""The sync screen as a principal reads it (newcomer walk, 3 Dec): the last sync in this
laptop's time, a sync after the automatic sends says that all was sent already (not
"Terkirim 0"), a join request waiting is announced, the shared folder is chosen there."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Input, Static

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.settings import Settings
from observasi.sync import devices as devices_module
from observasi.sync import service
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.folder_choice import FolderDialog
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.render import local_time
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

from .conftest import Device


class Host(App[None]):
    def __init__(self, screen: SyncScreen) -> None:
        super().__init__()
        self.first = screen

    def on_mount(self) -> None:
        self.push_screen(self.first)


def shown(screen: SyncScreen, widget_id: str) -> str:
    return str(screen.query_one(f"#{widget_id}", Static).render())


def ran_at(summary: str) -> tuple[str, str]:
    """The time a sync summary starts with ("Pukul 08:15:02: ..."), and what it says."""
    found = re.fullmatch(r"Pukul (\d\d:\d\d:\d\d): (.*)", summary, re.DOTALL)
    return (found[1], found[2]) if found else ("", summary)


async def test_after_the_automatic_send_the_screen_says_all_was_sent(devices, mini_form: Instrument) -> None:
    a, _, _ = devices
    a.new_observation(mini_form)
    assert service.publish(a.context) > 0  # what the app does in the background after a change
    screen = SyncScreen(a.context)
    async with Host(screen).run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync that runs on opening")
        await wait_until(pilot, lambda: "diterima" in shown(screen, "sync-summary"), "the summary")
        when, summary = ran_at(shown(screen, "sync-summary"))
        assert when and "Terkirim 0" not in summary
        # The observation went with the background send; the teacher's row travels with a
        # sync (the school's files), and is said as what it is.
        assert summary.startswith("Terkirim 1 perubahan profil sekolah/daftar guru;"), summary
        assert "observasi" not in summary
        status = shown(screen, "sync-status")
        last = a.store.last_sync()
        assert last is not None and local_time(last) in status
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", status), status  # no raw UTC time


async def test_a_join_request_is_announced_and_one_key_from_approving(devices, tmp_path: Path) -> None:
    """The walk: laptop A got no word of B's join request (only p on the sync screen showed
    it); B's reason was cut at "…permi". A's header and sync screen say a laptop waits,
    p opens the approval; B's screen shows its reason whole at 80x24."""
    a, _, _ = devices
    d = Device("D", AppContext(Settings(data_dir=tmp_path / "laptop-D")), a.shared)
    waiting = d.sync()
    assert waiting.waiting_code
    a.sync()
    assert service.status(a.context).join_requests == 1

    app = ObservasiApp(a.context)
    told = notifications(app)  # before it starts: the start-up refresh may be the one that says it
    async with app.run_test(size=(80, 24)) as pilot:
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "1 laptop minta bergabung" in app.sub_title, "the header's word")
        assert len([m for m in told if "minta bergabung dengan sekolah. Tekan y" in m]) == 1  # and a toast, once
        assert app.sub_title.startswith("1 laptop minta bergabung (y, lalu p)")  # not what 80 columns cut
        screen = SyncScreen(a.context, run_on_open=False)
        app.push_screen(screen)
        await wait_for_screen(pilot, SyncScreen)
        said = shown(screen, "sync-requests")
        assert "1 laptop minta bergabung" in said and waiting.waiting_code in said and "Tekan p" in said
        await pilot.press("p")
        dialog = await wait_for_screen(pilot, DevicesDialog)
        table = dialog.query_one("#devices-table", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, "the devices")
        await pilot.press("enter")  # the request is the first row: compare the code, then approve
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("enter")
        await wait_for_screen(pilot, DevicesDialog)
        await wait_until(pilot, lambda: not devices_module.requests_waiting(a.context), "the request approved")
        await pilot.press("escape")
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: not screen.query_one("#sync-requests", Static).display, "the line gone")
        await wait_until(pilot, lambda: "minta bergabung" not in app.sub_title, "the header's word gone")
    d.close()


async def test_the_waiting_laptop_reads_its_reason_whole(devices, tmp_path: Path) -> None:
    a, _, _ = devices
    d = Device("D", AppContext(Settings(data_dir=tmp_path / "laptop-D")), a.shared)
    d.context.update_settings(shared_folder=a.shared)
    screen = SyncScreen(d.context)
    async with Host(screen).run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync that runs on opening")
        assert screen.report is not None and screen.report.waiting_code
        code = screen.report.waiting_code
        when, said = ran_at(" ".join(shown(screen, "sync-summary").split()))
        assert when
        # Waiting is the joiner's normal state: its code and where to approve it, no "masalah 1".
        assert said == (
            f"Menunggu persetujuan, kode {code}: permintaan bergabung ada di folder bersama; belum ada yang "
            "dikirim atau diterima dari sekolah. Di laptop sekolah yang terdaftar: Sinkronisasi, tekan p, pilih "
            "permintaan dengan kode yang sama. Laptop ini memeriksa lagi sendiri."
        )
        whole = " ".join(screen_text(screen.app).split())
        assert "Masalah (0)" in whole and "masalah 1" not in whole.lower()
        assert screen.problems_table.row_count == 0
    d.close()


async def test_the_shared_folder_is_chosen_on_the_sync_screen_and_the_sync_runs(tmp_path: Path) -> None:
    """The walk: with no folder the screen sent the principal to the command line
    (`observasi sync --folder FOLDER`). It offers to choose the folder right there."""
    drive = tmp_path / "Google Drive" / "Sekolah"
    drive.mkdir(parents=True)
    context = AppContext(Settings(data_dir=tmp_path / "laptop-baru"))
    screen = SyncScreen(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(screen)
        await wait_for_screen(pilot, SyncScreen)
        said = shown(screen, "sync-folder")
        assert "Tekan f untuk memilih folder" in said and "observasi sync" not in said
        for key in ("s", "p"):  # sync, or the devices, with no folder: the choice, not an error
            await pilot.press(key)
            await wait_for_screen(pilot, FolderDialog)
            await pilot.press("escape")
            await wait_for_screen(pilot, SyncScreen)
        await pilot.press("f")
        dialog = await wait_for_screen(pilot, FolderDialog)
        box = dialog.query_one("#folder-path", Input)
        box.focus()
        await wait_until(pilot, lambda: screen.app.focused is box, "the path box")
        told = notifications(screen.app)
        box.value = str(tmp_path / "tidak-ada")
        await pilot.press("enter")
        await wait_until(pilot, lambda: told, "the refusal")
        assert "tidak-ada' tidak ada" in told[0]
        assert screen.app.screen is dialog and context.settings.shared_folder is None
        box.value = f'"{drive}"'  # as Windows' "Copy as path" gives it
        where = dialog.query_one("#folder-where", Static)
        await wait_until(pilot, lambda: str(drive) in str(where.render()), "the typed folder shown as the choice")
        await pilot.press("enter")
        await wait_for_screen(pilot, SyncScreen)
        assert context.settings.shared_folder == drive.resolve()
        await wait_until(pilot, lambda: screen.report is not None, "the sync that follows")
        assert str(drive.resolve()) in shown(screen, "sync-folder")
        await wait_until(pilot, lambda: not screen.running, "the sync done")
        await pilot.press("f2")  # did nothing on this screen
        await wait_for_screen(pilot, SettingsScreen)
    context.store.close()


async def test_a_join_request_is_said_when_the_app_starts_without_a_sync(devices, tmp_path: Path) -> None:
    """A principal who opens the app in the morning learns that the new laptop waits,
    before any sync: the app looks in the shared folder when it starts."""
    a, _, _ = devices
    d = Device("D", AppContext(Settings(data_dir=tmp_path / "laptop-D")), a.shared)
    assert d.sync().waiting_code
    assert service.status(a.context).join_requests == 0  # A has not synced since
    app = ObservasiApp(a.context, after_start_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "1 laptop minta bergabung" in app.sub_title, "the header's word")
    assert service.status(a.context).join_requests == 1
    d.close()
