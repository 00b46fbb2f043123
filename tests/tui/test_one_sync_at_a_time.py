"""One sync at a time on a laptop (the review: the joiner's automatic pickup and a sync
started with ``s`` on Sinkronisasi ran side by side on one data directory). Every entry
takes the same guard: ``s`` waits and says so, the pickup leaves it to the sync running,
the command line (another process) says "sedang berjalan"."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.one_at_a_time import SyncRunning, one_sync
from observasi.sync.service import sync
from observasi.sync.status import waits_to_join
from observasi.tui.app import ObservasiApp
from observasi.tui.join_pickup import pick_up_join
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


def _school_and_joiner(tmp_path: Path) -> tuple[Path, AppContext, AppContext]:
    """A shared folder with a school in it, and a newcomer that asked to join it."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    joiner = make_context(tmp_path / "B")
    joiner.update_settings(shared_folder=shared)
    sync(joiner)  # the join request
    return shared, school, joiner


def _said(widget: Static) -> str:
    return " ".join(str(widget.render()).split())


def test_a_second_sync_is_refused_plainly_or_waits_its_turn(tmp_path: Path) -> None:
    _shared, school, _joiner = _school_and_joiner(tmp_path)
    with one_sync(school.settings.data_dir):
        with pytest.raises(SyncRunning, match="Sinkronisasi sedang berjalan"):
            sync(school)
        # Another process (the command line while the app syncs) is held back too.
        # (--no-wait: the command line waits by default, tests/sync/test_cli_sync_waits.py)
        command = [sys.executable, "-m", "observasi", "--data-dir", str(school.settings.data_dir), "sync", "--no-wait"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode != 0
        assert "Sinkronisasi sedang berjalan" in " ".join((done.stdout + done.stderr).split())
        # A waiting one says so at once, and runs once the first is done.
        waited = threading.Event()
        finished: list[object] = []
        second = threading.Thread(
            target=lambda: finished.append(sync(school, wait=True, waiting=lambda _whose: waited.set()))
        )
        second.start()
        assert waited.wait(timeout=60)
        assert not finished
    second.join(timeout=120)
    assert len(finished) == 1


async def test_s_on_the_sync_screen_waits_for_the_pickup_and_says_so(tmp_path: Path) -> None:
    _shared, _school, joiner = _school_and_joiner(tmp_path)
    app = ObservasiApp(joiner)
    async with app.run_test(size=(80, 24)) as pilot:
        guard = one_sync(joiner.settings.data_dir)
        guard.__enter__()  # the pickup's sync, mid-way
        try:
            app.action_sync()
            screen = await wait_for_screen(pilot, SyncScreen)
            summary = screen.query_one("#sync-summary", Static)
            said = "sampai sinkronisasi lain selesai: aplikasi ini sendiri"  # the pickup: this app's own
            await wait_until(pilot, lambda: said in _said(summary), "the second sync says it waits, and for what")
            assert screen.report is None
        finally:
            guard.__exit__(None, None, None)
        await wait_until(pilot, lambda: screen.report is not None, "the waiting sync runs after")


async def test_the_pickup_leaves_it_to_a_sync_that_runs(tmp_path: Path) -> None:
    _shared, school, joiner = _school_and_joiner(tmp_path)
    (request,) = devices.device_list(school).requests
    devices.approve(school, request.code)
    app = ObservasiApp(joiner)
    async with app.run_test(size=(80, 24)) as pilot:
        outcome: list[bool] = []
        with one_sync(joiner.settings.data_dir):  # `s` on Sinkronisasi, mid-way
            pickup = threading.Thread(target=lambda: outcome.append(pick_up_join(app)))
            pickup.start()
            await wait_until(pilot, lambda: bool(outcome), "the pickup's answer")
        assert outcome == [False]
        assert waits_to_join(joiner)  # it did not sync beside the other one


async def test_the_pickup_and_s_started_together_both_end_well(tmp_path: Path) -> None:
    """Both at machine speed: one runs, the other after it or not at all; the school sees
    one request from this laptop and no problem is recorded."""
    _shared, school, joiner = _school_and_joiner(tmp_path)
    app = ObservasiApp(joiner)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_sync()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the first sync")
        screen.report = None
        app.look_for_join_requests()
        screen.action_sync()
        await wait_until(pilot, lambda: screen.report is not None, "the sync started by s")
        await wait_until(pilot, lambda: not any(w.is_running for w in app.workers), "the pickup done")
        assert "gagal" not in _said(screen.query_one("#sync-summary", Static))
    assert len(devices.device_list(school).requests) == 1
