"""The toast "N laptop minta bergabung … Tekan y" says what waits, and nothing that no longer does.

The walk (round 10): after approving a laptop from the devices dialog, the stale toast
"1 laptop minta bergabung… Tekan y…" stayed up beside "… kini perangkat sekolah". The
header's count was read again while the compare question stood over the dialog, and the
toast came up there, over the request it was about."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.context import AppContext
from observasi.sync import devices as devices_module
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import screen_text, wait_for_screen, wait_until

from .conftest import make_context, prepare


def drawn(app: ObservasiApp) -> str:
    """The words on the screen, a toast's lines joined (it wraps them, each line after its edge)."""
    return " ".join(screen_text(app).replace("▌", " ").split())


def school(tmp_path: Path, school_dir: Path) -> tuple[AppContext, Path]:
    """Laptop A, the school's first, and the shared folder."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    sync(a, shared)
    return a, shared


def asking(tmp_path: Path, shared: Path, name: str) -> str:
    """A new laptop *name* asks to join the school; its code."""
    prepare(tmp_path / name)
    other = make_context(tmp_path / name)
    code = sync(other, shared).waiting_code
    other.store.close()
    assert code
    return code


async def test_after_approving_in_the_devices_dialog_no_toast_says_the_laptop_waits(
    tmp_path: Path, school_dir: Path
) -> None:
    a, shared = school(tmp_path, school_dir)
    asking(tmp_path, shared, "D")  # A has not looked since: its header does not know yet
    app = ObservasiApp(a, after_start_delay=600)  # the start-up's own look: not in this test
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # toasts drawn, as in use
        await wait_for_screen(pilot, HomeScreen)
        app.push_screen(SyncScreen(a, run_on_open=False))
        await wait_for_screen(pilot, SyncScreen)
        await pilot.press("p")
        dialog = await wait_for_screen(pilot, DevicesDialog)
        table = dialog.query_one("#devices-table", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, "the devices")
        await pilot.press("enter")  # the request is the first row: compare the code
        await wait_for_screen(pilot, ConfirmDialog)
        app.refresh_sync_status()  # the header's own look every 10 s, while the principal compares
        await wait_until(pilot, lambda: "1 laptop minta bergabung" in app.sub_title, "the header's count")
        await pilot.pause()
        assert "Tekan y" not in drawn(app)  # not over the question about that very laptop
        await pilot.press("enter")
        await wait_for_screen(pilot, DevicesDialog)
        await wait_until(pilot, lambda: "kini perangkat sekolah" in drawn(app), "the approval's toast")
        await wait_until(pilot, lambda: "minta bergabung" not in app.sub_title, "the header's count gone")
        shown = drawn(app)
        assert "minta bergabung" not in shown, shown
        await pilot.press("escape")
        await wait_for_screen(pilot, SyncScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        app.refresh_sync_status()
        await pilot.pause()
        assert "minta bergabung" not in drawn(app)


async def test_a_toast_about_two_laptops_says_one_when_one_is_approved(tmp_path: Path, school_dir: Path) -> None:
    """Approved elsewhere (``observasi devices approve`` at a colleague's terminal): the
    toast on Beranda says the laptop still waiting, with the right count, and goes when
    none waits."""
    a, shared = school(tmp_path, school_dir)
    d_code = asking(tmp_path, shared, "D")
    e_code = asking(tmp_path, shared, "E")
    sync(a, shared)  # both requests seen: the header and a toast say them
    app = ObservasiApp(a, after_start_delay=600)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "2 laptop minta bergabung dengan sekolah" in drawn(app), "the toast")
        app.notify("Lembar tidak tersimpan: disk penuh", severity="error", timeout=600)  # another toast
        devices_module.approve(a, d_code)
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "1 laptop minta bergabung dengan sekolah" in drawn(app), "the new count")
        shown = drawn(app)
        assert "2 laptop minta bergabung" not in shown and "disk penuh" in shown
        devices_module.approve(a, e_code)
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "minta bergabung" not in app.sub_title, "the header's count gone")
        await pilot.pause()
        shown = drawn(app)
        assert "minta bergabung" not in shown and "disk penuh" in shown
