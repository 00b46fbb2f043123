"""A laptop that asked to join and is refused (no school in the folder) or waiting says
so in the header and on the sync screen, never "Sinkron terakhir" nor "0 menunggu
dikirim" (the walk: it looked synced while it belonged to no school); it retries at the
app's periodic pickup by itself, and after a restart its welcome tells of the request."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


def _said(widget: Static) -> str:
    return " ".join(str(widget.render()).split())


async def test_a_joiner_says_it_is_not_joined_and_picks_up_the_school_by_itself(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join into an empty folder")
        await wait_until(pilot, lambda: "Belum tergabung" in app.sub_title, "the header says it")
        assert "Sinkron terakhir" not in app.sub_title and "menunggu dikirim" not in app.sub_title
        status = _said(screen.query_one("#sync-status", Static))
        assert "Belum tergabung ke sekolah" in status and "Sinkronisasi terakhir" not in status

        school = AppContext(Settings(data_dir=tmp_path / "A"))  # the school's laptop founds the folder
        school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
        school.update_settings(shared_folder=shared)
        sync(school, shared)

        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        app.look_for_join_requests()  # the app's periodic pickup: the request is written by itself
        await wait_until(pilot, lambda: len(devices.device_list(school).requests) == 1, "the join request")
        (request,) = devices.device_list(school).requests
        await wait_until(pilot, lambda: app.sub_title == f"Kode {request.code} · menunggu persetujuan", "waiting")
        said = _said(welcome.query_one("#join-status", Static))
        assert "menunggu persetujuan" in said and request.code in said

        devices.approve(school, request.code)
        app.look_for_join_requests()
        await wait_until(
            pilot, lambda: welcome.query_one("#school-name", Input).value == "SMP Negeri 7 Sukamaju", "the profile"
        )
        await wait_until(pilot, lambda: "menunggu persetujuan" not in app.sub_title, "a member now")
        assert "Belum tergabung" not in app.sub_title


async def test_after_a_restart_the_welcome_tells_of_the_earlier_request(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    devices.ask_to_join(context, "Laptop Siti")
    report = sync(context, shared)
    assert report.waiting_code is not None
    context.store.close()

    again = make_context(tmp_path / "B")
    app = ObservasiApp(again)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        said = _said(welcome.query_one("#join-status", Static))
        assert "sudah meminta bergabung" in said and report.waiting_code in said
        assert app.sub_title == f"Kode {report.waiting_code} · menunggu persetujuan"
