"""A laptop waiting for its approval looks in the shared folder every few seconds, not at the
five-minute pickup: its person stands next to the colleague who approves it, and the sync
screen says "Laptop ini memeriksa lagi sendiri" (the tmux check of 4 Dec: approved, and the
waiting laptop still said "Menunggu persetujuan" more than two minutes later)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, Static

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.sync.status import waits_to_join
from observasi.tui import shell
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def test_an_approved_laptop_takes_the_school_without_a_key_pressed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school, context = _school_and_joiner(tmp_path, monkeypatch)
    devices.ask_to_join(context, "Laptop Siti", "Siti Rahma, S.Pd.")
    sync(context)
    (request,) = devices.device_list(school).requests

    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: app.sub_title == f"Kode {request.code} · menunggu persetujuan", "waiting")
        devices.approve(school, request.code)  # on the other laptop; nothing is pressed here
        await wait_until(pilot, lambda: not waits_to_join(context), "the approval taken up by itself")
        await wait_until(
            pilot, lambda: welcome.query_one("#school-name", Input).value == "SMP Negeri 7 Sukamaju", "the profile"
        )
        await wait_until(pilot, lambda: "menunggu persetujuan" not in app.sub_title, "a member now")
        assert welcome.query_one("#observer-name", Input).value == "Siti Rahma, S.Pd."


async def test_a_member_laptop_does_not_look_in_the_folder_every_few_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick look is for a waiting laptop only: a member's app leaves the folder (a
    synced drive, perhaps slow) alone between its five-minute looks."""
    monkeypatch.setattr(shell, "JOIN_REQUESTS_EVERY", 3600.0)
    monkeypatch.setattr(shell, "JOIN_WAIT_EVERY", 0.05)
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = make_context(tmp_path / "A")
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)

    looks: list[int] = []
    real = devices.look_for_requests

    def counted(context: AppContext) -> object:
        looks.append(1)
        return real(context)

    monkeypatch.setattr(devices, "look_for_requests", counted)
    app = ObservasiApp(school)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: len(looks) >= 1, "the look at start-up")
        ticks: list[int] = []
        app.set_interval(0.05, lambda: ticks.append(1))
        await wait_until(pilot, lambda: len(ticks) >= 20, "twenty of the quick look's periods")
        assert len(looks) == 1


def _school_and_joiner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppContext, AppContext]:
    """A school's laptop in a shared folder, and a new laptop's (its folder set, nothing
    else); the waiting laptop's look runs every 0.2 s, the five-minute pickup never."""
    monkeypatch.setattr(shell, "JOIN_REQUESTS_EVERY", 3600.0)
    monkeypatch.setattr(shell, "JOIN_WAIT_EVERY", 0.2)
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    return school, context


@pytest.mark.parametrize("help_open", [False, True], ids=["on top", "under the help"])
async def test_the_sync_screen_says_the_approval_its_laptop_took_up_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, help_open: bool
) -> None:
    """The join leaves its person on the sync screen; the app's own look that took up the
    approval is said there as a sync of that screen (it kept saying "Menunggu persetujuan,
    kode …" and "Laptop ini memeriksa lagi sendiri" while the header said it had synced),
    also when the help (f1) was open over it then (review10 M2: only the screen on top was
    told, and no look runs once joined)."""
    school, context = _school_and_joiner(tmp_path, monkeypatch)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: len(devices.device_list(school).requests) == 1, "the join request")
        await wait_until(pilot, lambda: "Menunggu persetujuan" in _said(screen, "#sync-summary"), "waiting said")
        if help_open:
            await pilot.press("f1")
            await wait_until(pilot, lambda: app.screen is not screen, "the help open")
        (request,) = devices.device_list(school).requests
        devices.approve(school, request.code)  # on the other laptop; nothing is pressed here
        await wait_until(pilot, lambda: not waits_to_join(context), "the approval taken up by itself")
        await wait_until(
            pilot, lambda: "Menunggu persetujuan" not in _said(screen, "#sync-summary"), "the summary follows"
        )
        if help_open:
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is screen, "back on the sync screen")
        assert "Belum tergabung" not in _said(screen, "#sync-status")
        assert "Sinkron terakhir" in _said(screen, "#sync-status")
        assert "profil sekolah" in _said(screen, "#sync-summary")  # what came, as after s


def _said(screen: SyncScreen, selector: str) -> str:
    return " ".join(str(screen.query_one(selector, Static).render()).split())
