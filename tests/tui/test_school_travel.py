"""The app's side of what travels between the school's laptops: a colleague's certificate
trusted from the sync screen after comparing its code, and a teacher renamed differently on
two laptops decided by the person with both names in full on the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from observasi.context import AppContext
from observasi.roster import teachers
from observasi.signing.colleagues import own_code, pending
from observasi.signing.keys import create_key
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.school_travel import ColleagueCertificatesDialog, SchoolChoicesDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context, prepare, screen_text

SIZE = (80, 24)


def _two_laptops(tmp_path: Path, school_dir: Path) -> tuple[AppContext, AppContext, Path]:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    sync(a, shared)
    prepare(tmp_path / "B")
    b = make_context(tmp_path / "B")
    join(a, b, shared)
    return a, b, shared


async def _synced(pilot: Pilot[Any]) -> SyncScreen:
    await pilot.press("y")
    screen = await wait_for_screen(pilot, SyncScreen)
    await wait_until(pilot, lambda: screen.report is not None and not screen.running, "the sync run on opening")
    return screen


async def test_a_colleagues_certificate_is_trusted_after_comparing_its_code(tmp_path: Path, school_dir: Path) -> None:
    a, b, shared = _two_laptops(tmp_path, school_dir)
    create_key(a, "rahasia kepala sekolah panjang")
    sync(a, shared)
    code = own_code(a.settings.data_dir)
    app = ObservasiApp(b)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        screen = await _synced(pilot)
        assert "sertifikat rekan baru menunggu" in str(screen.query_one("#sync-summary", Static).render())
        await pilot.press("r")
        dialog = await wait_for_screen(pilot, ColleagueCertificatesDialog)
        table = dialog.query_one("#certs-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1 and table.has_focus, "the waiting certificate listed")
        assert code is not None and code in screen_text(app)
        await pilot.press("enter")
        question = await wait_for_screen(pilot, ConfirmDialog)
        assert code in question.lines[0] and "Budi Santoso" in question.lines[0]
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ColleagueCertificatesDialog)
        await wait_until(pilot, lambda: table.row_count == 0, "the certificate trusted")
    assert pending(b.settings.data_dir) == []


async def test_a_teacher_renamed_on_both_laptops_is_decided_with_both_names_shown(
    tmp_path: Path, school_dir: Path
) -> None:
    a, b, shared = _two_laptops(tmp_path, school_dir)
    one = a.store.list_teachers()[0]
    values = {f: getattr(one, f) for f in ("nip", "nuptk", "gender", "ptk_type", "subject", "rank")}
    teachers.update_teacher(a, one.id, {**values, "name": "Nama Lengkap Dari Laptop A, S.Pd., M.Pd."})
    teachers.update_teacher(b, one.id, {**values, "name": "Nama Dari Laptop B"})
    sync(a, shared)
    app = ObservasiApp(b)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        screen = await _synced(pilot)
        assert "diubah berbeda di dua laptop" in str(screen.query_one("#sync-summary", Static).render())
        assert b.store.get_teacher(one.id).name == "Nama Dari Laptop B"  # nothing decided by itself
        await pilot.press("c")
        dialog = await wait_for_screen(pilot, SchoolChoicesDialog)
        table = dialog.query_one("#choices-table", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1 and table.has_focus, "the choice listed")
        full = str(dialog.query_one("#choices-full", Static).render())
        assert "Nama Dari Laptop B" in full and "Nama Lengkap Dari Laptop A, S.Pd., M.Pd." in full
        await pilot.press("t")
        await wait_until(pilot, lambda: table.row_count == 0, "the choice settled")
    assert b.store.get_teacher(one.id).name == "Nama Lengkap Dari Laptop A, S.Pd., M.Pd."


async def test_settings_say_where_the_profile_came_from_and_open_the_certificates(
    tmp_path: Path, school_dir: Path
) -> None:
    a, b, shared = _two_laptops(tmp_path, school_dir)
    a.store.save_school(a.store.get_school().model_copy(update={"kop_lines": "PEMERINTAH KABUPATEN CONTOH"}))
    sync(a, shared)
    sync(b, shared)
    app = ObservasiApp(b)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        await wait_until(pilot, lambda: bool(app.screen.query("#profile-source")), "the settings screen")
        said = str(app.screen.query_one("#profile-source", Static).render())
        assert said.startswith("Diperbarui dari ") and "Budi Santoso" in said
        app.screen.query_one("#colleague-certs").press()
        await wait_for_screen(pilot, ColleagueCertificatesDialog)
        await wait_until(pilot, lambda: "Tidak ada sertifikat rekan" in screen_text(app), "nothing waiting")
