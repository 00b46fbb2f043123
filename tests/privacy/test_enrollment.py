"""Only the school's devices write: the first laptop founds the school without a question,
a new laptop asks to join and waits, a member approves it after comparing the code on both
screens (app and command line), and a device folder nobody approved is reported, never read."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, Static

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.questions import ConfirmDialog
from tests.cli.helpers import observasi
from tests.privacy.enrolled import join_code
from tests.waiting import wait_for_screen, wait_until


def _laptop(tmp_path: Path, name: str) -> AppContext:
    return AppContext(Settings(data_dir=tmp_path / name))


def test_the_first_laptop_founds_the_school_without_a_question_and_a_second_waits_for_approval(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = _laptop(tmp_path, "A"), _laptop(tmp_path, "B")
    fill_demo(a.store, a.catalog)
    first = sync(a, shared)
    assert first.sent == 30 and first.problems == []

    waiting = sync(b, shared)
    assert waiting.received == 0 and waiting.sent == 0
    code = join_code(waiting)
    assert len(code.replace(" ", "")) == 6
    assert b.store.list_observations() == []
    # A sees the request, with the same code, and applies nothing of B's.
    listed = devices.device_list(a)
    assert [r.code for r in listed.requests] == [code]

    devices.approve(a, code)
    joined = sync(b, shared)
    assert joined.received == 30 and joined.problems == []
    assert {m.device for m in devices.device_list(a).members} == {a.store.device_id, b.store.device_id}


def test_devices_on_the_command_line(capsys, tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = tmp_path / "A", tmp_path / "B"
    assert observasi(capsys, "--data-dir", str(a), "sync", "--folder", str(shared)).code == 0
    waiting = observasi(capsys, "--data-dir", str(b), "sync", "--folder", str(shared))
    assert waiting.out.startswith("Menunggu persetujuan, kode ") and "masalah" not in waiting.out.lower()
    # Not done: a script must not take it for a sync (exit 3, named in `sync --help`), and
    # the last line says what to do.
    assert waiting.code == 3
    assert "Belum tersinkron: laptop ini menunggu persetujuan" in waiting.err
    assert "observasi sync lagi" in waiting.err
    assert "3 laptop ini masih menunggu persetujuan" in observasi(capsys, "sync", "--help").out
    code_text = waiting.out.split("kode ", 1)[1].split(":", 1)[0]
    shown = observasi(capsys, "--data-dir", str(b), "devices", "list")
    assert code_text in shown.out and "menunggu persetujuan" in shown.out
    listed = observasi(capsys, "--data-dir", str(a), "devices", "list")
    assert f"kode {code_text}" in listed.out and "(laptop ini)" in listed.out
    wrong = observasi(capsys, "--data-dir", str(a), "devices", "approve", "000 000")
    assert wrong.code == 2 and "tidak ada satu permintaan" in wrong.err
    approved = observasi(capsys, "--data-dir", str(a), "devices", "approve", code_text)
    assert approved.code == 0 and "kini perangkat sekolah" in approved.out
    again = observasi(capsys, "--data-dir", str(b), "sync")
    assert again.code == 0 and "masalah 0" in again.out


class Host(App[None]):
    def __init__(self, dialog: DevicesDialog) -> None:
        super().__init__()
        self.dialog = dialog

    def on_mount(self) -> None:
        self.push_screen(self.dialog)


async def test_approving_a_new_laptop_in_the_app_after_comparing_the_code(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = _laptop(tmp_path, "A"), _laptop(tmp_path, "B")
    sync(a, shared)
    code = join_code(sync(b, shared))

    dialog = DevicesDialog(a)
    async with Host(dialog).run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, DevicesDialog)
        table = dialog.query_one("#devices-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "the request and this laptop")
        assert code in str(table.get_row_at(0)[2])
        table.focus()
        await pilot.press("enter")
        confirm = await wait_for_screen(pilot, ConfirmDialog)
        assert any(code in line.replace("\u00a0", " ") for line in confirm.lines)  # the code kept on one line
        await pilot.press("enter")
        await wait_for_screen(pilot, DevicesDialog)
        await wait_until(pilot, lambda: dialog.found is not None and not dialog.found.requests, "approved")
        assert "Tidak ada permintaan" in str(dialog.query_one("#devices-state", Static).render())
    assert sync(b, shared).problems == []
