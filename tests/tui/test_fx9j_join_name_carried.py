"""The name typed in "Nama Anda" when a new laptop joins from the welcome is the observer's
name on that welcome (the walk: after the approval and the sync, the observer's field was
empty and saving said "Nama observer wajib diisi"; the name had to be typed again). It
stays through a restart of the app while the laptop waits for its approval."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select, Static

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join_code
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import make_context

NAME = "Nguyễn Văn An, S.Pd."


def _school(tmp_path: Path, shared: Path) -> AppContext:
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    return school


async def test_the_name_typed_to_join_is_the_observers_after_the_approval(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = _school(tmp_path, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)  # as the sync screen's folder choice keeps it
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#join-school", Button).press()
        prompt = await wait_for_screen(pilot, TextPrompt)  # nothing typed on the welcome: asked
        prompt.query_one("#prompt-text", Input).value = NAME
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join request")
        assert screen.report is not None
        devices.approve(school, join_code(screen.report))
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        # Synced at once (the app's own look may take the approval up first, and then hides
        # "Gabung": the school is joined).
        app.action_sync()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync after the approval")
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: welcome.query_one("#school-name", Input).value != "", "the school's profile")
        assert welcome.query_one("#observer-name", Input).value == NAME
        said_here = " ".join(str(welcome.query_one("#join-status", Static).render()).split())
        assert "Periksa, juga nama Anda sebagai observer" in said_here  # not "isi nama Anda"
        # The Jabatan is chosen (not preset for a colleague's laptop: test_fx10_observer_role).
        welcome.query_one("#observer-role", Select).value = "wakasek"
        await pilot.press("ctrl+s")  # saved as it stands: the name not typed again
        await wait_for_screen(pilot, SetupScreen)
    assert not [line for line in said if "Nama observer wajib diisi" in line]
    observer = context.store.self_observer()
    assert observer is not None and observer.name == NAME


async def test_the_name_typed_to_join_is_shown_again_after_a_restart(tmp_path: Path) -> None:
    """The laptop waits for its approval, the app is closed and opened again: the welcome
    is made anew, and shows the name typed before (and the laptop's name from it)."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    _school(tmp_path, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#join-school", Button).press()
        prompt = await wait_for_screen(pilot, TextPrompt)
        prompt.query_one("#prompt-text", Input).value = NAME
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join request")
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        # Both names are kept on this laptop already: quitting asks nothing about them.
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, "the app closed without a question")
    again = ObservasiApp(make_context(tmp_path / "B"))
    async with again.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        assert welcome.query_one("#observer-name", Input).value == NAME
        assert welcome.query_one("#laptop_name", Input).value == f"Laptop {NAME}"
