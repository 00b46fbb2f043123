"""A joining laptop takes the school's profile as it arrives (the walk: the newcomer's
unsaved "SMPN 7 Sukamaju" / "Budi Santoso" stayed under "the profile came", and ctrl+s
then a sync renamed "SMP Negeri 7 Sukamaju / Drs. Budi Santoso, M.Pd." on every laptop).
Where the newcomer typed otherwise, both are shown and the first answer keeps the school's;
what was typed comes back only when chosen."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input, Select, Static

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join_code
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import make_context

SCHOOL = School(
    name="SMP Negeri 7 Sukamaju", npsn="20212345", city="Sukamaju", principal_name="Drs. Budi Santoso, M.Pd."
)


def _school_laptop(tmp_path: Path, shared: Path) -> AppContext:
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(SCHOOL)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    return school


def _two_laptops(tmp_path: Path) -> tuple[Path, AppContext, AppContext]:
    """The shared folder, the school's laptop synced into it, and a newcomer's fresh one."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    return shared, _school_laptop(tmp_path, shared), make_context(tmp_path / "B")


def _text(widget: Static) -> str:
    return " ".join(str(widget.render()).split())


async def _typed_then_approved(
    pilot: Pilot[None], app: ObservasiApp, school: AppContext, shared: Path
) -> SettingsScreen:
    """The newcomer types its own spelling, does not save, joins; the school approves; the
    newcomer syncs again and comes back to the welcome."""
    welcome = await wait_for_screen(pilot, SettingsScreen)
    welcome.query_one("#school-name", Input).value = "SMPN 7 Sukamaju"
    welcome.query_one("#school-principal_name", Input).value = "Budi Santoso"
    welcome.query_one("#observer-name", Input).value = "Ani Wijaya, S.Pd."
    app.context.update_settings(shared_folder=shared)  # as the sync screen's folder choice keeps it
    welcome.query_one("#join-school", Button).press()
    screen = await wait_for_screen(pilot, SyncScreen)
    await wait_until(pilot, lambda: screen.report is not None, "the join request")
    assert screen.report is not None
    devices.approve(school, join_code(screen.report))
    await pilot.press("escape")
    await wait_for_screen(pilot, SettingsScreen)
    welcome.query_one("#join-school", Button).press()
    screen = await wait_for_screen(pilot, SyncScreen)
    await wait_until(pilot, lambda: screen.report is not None, "the sync after the approval")
    await pilot.press("escape")
    return welcome


def _joining_app(context: AppContext) -> ObservasiApp:
    """The newcomer's app, without the start-up's own look: under load that look's sync ran
    late, took the approval between the test's two steps and asked "which spelling?" while
    the test pressed "Gabung" (a fresh-clone CI failure). The look is tested on its own
    (test_waiting_joiner_looks_often); here every sync is the one the test asks for."""
    return ObservasiApp(context, after_start_delay=10 * HANG)


async def test_the_arrived_profile_is_shown_and_an_early_enter_keeps_the_schools(tmp_path: Path) -> None:
    shared, school, context = _two_laptops(tmp_path)
    app = _joining_app(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await _typed_then_approved(pilot, app, school, shared)
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        shown = " ".join(_text(line) for line in dialog.query(".dialog-line").results(Static))
        # Both spellings, in full, side by side.
        assert "SMP Negeri 7 Sukamaju" in shown and "SMPN 7 Sukamaju" in shown
        assert "Drs. Budi Santoso, M.Pd." in shown and "Budi Santoso" in shown
        assert app.focused is dialog.query_one("#cancel", Button)
        # The default's button says the typing is set aside, not only whose profile it keeps.
        assert "sisihkan ketikan" in str(dialog.query_one("#cancel", Button).label)
        await pilot.press("enter")
        await wait_for_screen(pilot, SettingsScreen)
        assert welcome.query_one("#school-name", Input).value == "SMP Negeri 7 Sukamaju"
        assert welcome.query_one("#school-principal_name", Input).value == "Drs. Budi Santoso, M.Pd."
        assert welcome.query_one("#school-npsn", Input).value == "20212345"
        assert welcome.query_one("#observer-name", Input).value == "Ani Wijaya, S.Pd."  # this laptop's own
        said = _text(welcome.query_one("#join-status", Static))
        assert "kolom sekolah di bawah kini berisi profil itu" in said
        # The typing set aside by the default is still in view, under its field (the review:
        # the Enter dropped "SMPN 7 Sukamaju" without a trace).
        aside = _text(welcome.query_one("#set-aside-school-name", Static))
        assert "SMPN 7 Sukamaju" in aside and "disisihkan" in aside
        assert "Budi Santoso" in _text(welcome.query_one("#set-aside-school-principal_name", Static))
        assert not welcome.query("#set-aside-school-npsn")  # typed nothing there
        # What arrived is kept here already: quitting would lose only this laptop's own typing.
        await pilot.press("ctrl+q")
        question = await wait_for_screen(pilot, ConfirmDialog)
        asked = " ".join(_text(line) for line in question.query(".dialog-line").results(Static))
        assert "Ani Wijaya, S.Pd." in asked and "SMP Negeri 7 Sukamaju" not in asked
        await pilot.press("enter")  # Batal
        await wait_for_screen(pilot, SettingsScreen)
        # A colleague's Jabatan is chosen, not preset (test_fx10_observer_role).
        welcome.query_one("#observer-role", Select).value = "wakasek"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen), "the welcome saved")
    sync(context, shared)
    sync(school, shared)
    kept = school.store.get_school()
    assert kept is not None
    assert (kept.name, kept.principal_name) == ("SMP Negeri 7 Sukamaju", "Drs. Budi Santoso, M.Pd.")


async def test_what_the_newcomer_typed_comes_back_only_when_chosen(tmp_path: Path) -> None:
    shared, school, context = _two_laptops(tmp_path)
    app = _joining_app(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await _typed_then_approved(pilot, app, school, shared)
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("shift+tab", "enter")  # «Pakai yang saya ketik»
        await wait_for_screen(pilot, SettingsScreen)
        assert welcome.query_one("#school-name", Input).value == "SMPN 7 Sukamaju"
        assert welcome.query_one("#school-principal_name", Input).value == "Budi Santoso"
        assert welcome.query_one("#school-npsn", Input).value == "20212345"  # typed nothing there: the school's
        assert not welcome.query_one("#join-school", Button).display  # a member: no button to join
        app.action_sync()  # back again: the choice is not asked twice
        await wait_for_screen(pilot, SyncScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        assert not isinstance(app.screen, ConfirmDialog)
        assert welcome.query_one("#school-name", Input).value == "SMPN 7 Sukamaju"


async def test_a_profile_saved_here_is_not_taken_as_arrived_over_the_typing(tmp_path: Path) -> None:
    """The review: every return to the welcome "took" the profile saved on this laptop (by
    the command line) as if it had come from the folder, and put it over what was typed."""
    context = make_context(tmp_path / "B")
    context.store.save_school(SCHOOL)  # saved here, not received
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#school-name", Input).value = "SMPN 7 Sukamaju"
        welcome.on_screen_resume()  # back from the sync screen, or the periodic pickup
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        assert welcome.query_one("#school-name", Input).value == "SMPN 7 Sukamaju"


async def test_quitting_over_the_question_names_what_was_typed(tmp_path: Path) -> None:
    """The review: while "which spelling?" is open, the fields hold the school's values; a
    ctrl+q then quit without a word and the newcomer's spelling was gone."""
    shared, school, context = _two_laptops(tmp_path)
    app = _joining_app(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await _typed_then_approved(pilot, app, school, shared)
        which = await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: app.screen is not which, "the question before quitting")
        asked = " ".join(_text(line) for line in app.screen.query(".dialog-line").results(Static))
        assert "SMPN 7 Sukamaju" in asked and "Budi Santoso" in asked
        await pilot.press("enter")  # Batal: nothing is dropped
        await wait_until(pilot, lambda: app.screen is which, "back at the question")
