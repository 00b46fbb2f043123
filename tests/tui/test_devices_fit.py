"""The devices dialog (Perangkat) at 80x24: every row whole, nothing drawn over it.

The walk saw the toast "a laptop asks to join: press y, then p" still drawn over the
dialog that shows that very request, and this laptop's row cut after a long laptop name
("anggota (laptop ini) (p")."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

from .conftest import make_context, prepare

LONG_NAME = "Laptop Dra. Sri Wahyuningsih, M.Pd. di ruang kepala sekolah"


async def test_the_devices_dialog_is_whole_and_uncovered_at_80_columns(tmp_path: Path, school_dir: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    a.update_settings(laptop_name=LONG_NAME)
    sync(a, shared)  # the school's first laptop
    prepare(tmp_path / "B")
    sync(make_context(tmp_path / "B"), shared)  # a second laptop asks to join
    app = ObservasiApp(a, after_start_delay=600)  # the start-up's own look: not in this test
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        told = notifications(app)
        await pilot.press("y")
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: not pilot.app.screen.running, "the sync run on opening to end")
        await pilot.press("p")
        dialog = await wait_for_screen(pilot, DevicesDialog)
        table = dialog.query_one("#devices-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "the request and this laptop listed")
        shown = screen_text(app)
        assert "anggota (laptop ini) (pendiri)" in shown
        assert all(word in shown for word in LONG_NAME.split()), shown
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "minta bergabung" in app.sub_title, "the request said in the header")
        # Said on the screens themselves, not in a toast drawn over their rows.
        assert not [said for said in told if "minta bergabung" in said]


async def test_the_home_toast_about_a_request_is_not_left_over_the_sync_screen(
    tmp_path: Path, school_dir: Path
) -> None:
    """The walk (round 9): "1 laptop minta bergabung … Tekan y (Sinkronisasi) lalu p" stayed
    drawn over the sync screen that y opened, which says the request with its own key."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    sync(a, shared)
    prepare(tmp_path / "B")
    sync(make_context(tmp_path / "B"), shared)
    sync(a, shared)  # the request seen: the header and a toast say it
    app = ObservasiApp(a, after_start_delay=600)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # toasts drawn, as in use
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "minta bergabung" in app.sub_title, "the request in the header")
        await wait_until(pilot, lambda: "Tekan y" in " ".join(screen_text(app).split()), "the toast drawn")
        app.notify("Lembar tidak tersimpan: disk penuh", severity="error", timeout=600)  # another toast
        await wait_until(pilot, lambda: "disk penuh" in " ".join(screen_text(app).split()), "the error drawn")
        await pilot.press("y")
        screen = await wait_for_screen(pilot, SyncScreen)
        await pilot.pause()
        shown = " ".join(screen_text(app).split())  # looked at once: the toast would go by itself 10 s later
        assert "Tekan y" not in shown and "Tekan p" in shown
        assert "disk penuh" in shown  # only the request's toast goes: an error stays to be read
        await wait_until(pilot, lambda: not screen.running, "the sync run on opening to end")
