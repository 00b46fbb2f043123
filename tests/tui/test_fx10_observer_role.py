"""The welcome of a laptop that joined a school does not make its person "Kepala Sekolah"
(the walk of 4 Dec: a colleague's welcome preset the Jabatan, ctrl+s as the screen asked
saved her as the principal, and her signed sheet printed "(Kepala Sekolah)"); and a number
of a known form (NIP, NUPTK) typed on the welcome is checked as a roster's is (a 17-digit
NIP was saved without a word, printed on the sheet and sealed in the certificate)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, Select

from observasi.context import AppContext
from observasi.demo import SCHOOL, fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join_code
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import make_context


def _school(tmp_path: Path, shared: Path) -> AppContext:
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    return school


@pytest.mark.parametrize(
    ("observer", "preset"),
    [("Sri Lestari, S.Pd.", ""), (SCHOOL.principal_name.upper(), "kepala_sekolah")],
    ids=["a colleague: chosen", "the principal's second laptop: kept"],
)
async def test_a_joined_laptops_jabatan_is_chosen_by_its_person(tmp_path: Path, observer: str, preset: str) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = _school(tmp_path, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        welcome = await wait_for_screen(pilot, SettingsScreen)
        role = welcome.query_one("#observer-role", Select)
        assert role.value == "kepala_sekolah"  # the first laptop of a school: usually the principal's
        welcome.query_one("#observer-name", Input).value = observer
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join request")
        assert screen.report is not None
        devices.approve(school, join_code(screen.report))
        await pilot.press("s")
        await wait_until(pilot, lambda: not devices.waiting_code(context), "the sync after the approval")
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: welcome.query_one("#school-name", Input).value == SCHOOL.name, "the profile")
        assert ("" if role.is_blank() else role.value) == preset
        assert role.prompt == "Pilih jabatan Anda"  # what the empty choice reads (not Textual's "Select")
        await pilot.press("ctrl+s")
        if not preset:
            await wait_until(pilot, lambda: any("Pilih jabatan Anda" in line for line in said), "asked for")
            assert context.store.self_observer() is None  # nothing saved with a guessed Jabatan
            assert app.screen is welcome and role.has_focus
            role.value = "wakasek"
            await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)
    saved = context.store.self_observer()
    assert saved is not None and saved.role == (preset or "wakasek")


async def test_a_number_of_a_known_form_is_checked_on_the_welcome(tmp_path: Path) -> None:
    context = make_context(tmp_path / "B")
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#school-name", Input).value = "SMP Negeri 2 Wonosari"
        welcome.query_one("#school-principal_name", Input).value = "Drs. Bambang Hariyanto, M.Pd."
        welcome.query_one("#school-principal_id_number", Input).value = "19680512199403100"  # 17 digits
        welcome.query_one("#observer-name", Input).value = "Drs. Bambang Hariyanto, M.Pd."
        welcome.query_one("#observer-id_number", Input).value = "19680512 199403 1 005"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: any("Nomor kepala sekolah" in line for line in said), "the number refused")
        refused = next(line for line in said if "Nomor kepala sekolah" in line)
        assert "19680512199403100" in refused and "18" in refused
        assert app.screen is welcome and context.store.self_observer() is None
        welcome.query_one("#school-principal_id_number", Input).value = "'196805121994031005"  # Excel's text mark
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)
    school = context.store.get_school()
    observer = context.store.self_observer()
    assert school is not None and school.principal_id_number == "196805121994031005"
    assert observer is not None and observer.id_number == "196805121994031005"  # as the sheet prints it
