"""The sync screen behind another sync of this laptop, and what its earlier runs did
(fix11-sync 1 and 2): it says it waits and for whose sync, Esc leaves at any moment with
nothing lost, the wait ends after a limit with a plain message; a following ``s`` never
hides what the run on opening sent and received."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from observasi.context import AppContext
from observasi.sync import service
from observasi.sync.one_at_a_time import one_sync
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import HANG, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, make_context

_HOLD = (
    "import sys; from pathlib import Path; from observasi.sync.one_at_a_time import one_sync\n"
    "with one_sync(Path(sys.argv[1])):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.read()\n"
)


def _laptop(school_dir: Path) -> AppContext:
    """A laptop of a school syncing through a shared folder, with one change to send."""
    context = make_context(school_dir)
    shared = school_dir.parent / "Drive"
    shared.mkdir()
    context.update_settings(shared_folder=shared)
    draft_of(context)
    return context


def _said(screen: SyncScreen, which: str = "#sync-summary") -> str:
    return " ".join(str(screen.query_one(which, Static).render()).split())


async def test_behind_the_command_lines_sync_the_screen_says_so_and_stops_after_its_limit(
    school_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _laptop(school_dir)
    monkeypatch.setattr(SyncScreen, "WAIT_LIMIT_SECONDS", 3)  # ten minutes in the app
    holder = subprocess.Popen(  # `observasi sync` in a command window, stuck on its share
        [sys.executable, "-c", _HOLD, str(context.settings.data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        app = ObservasiApp(context, after_start_delay=10 * HANG)  # no look of the app's own meanwhile
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            await pilot.press("y")
            screen = await wait_for_screen(pilot, SyncScreen)
            await wait_until(
                pilot, lambda: "program lain di laptop ini" in _said(screen), lambda: f"whose sync: {_said(screen)}"
            )
            assert "paling lama 0,05 menit" in _said(screen) and "Esc: kembali sekarang" in _said(screen)
            await wait_until(pilot, lambda: not screen.running, lambda: f"the limit, said: {_said(screen)}")
            said = _said(screen)
            assert "masih menyinkronkan setelah ditunggu 0,05 menit" in said
            assert "tidak dijalankan" in said and "Tekan s untuk mencoba lagi" in said
            assert service.status(context).pending == 1 and service.status(context).last_sync is None
            holder.stdin.close()  # type: ignore[union-attr]  # Popen with stdin=PIPE: never None
            holder.wait(timeout=HANG)
            await pilot.press("s")
            await wait_until(pilot, lambda: screen.report is not None, "the sync after the other one ended")
            await wait_for_text(pilot, "Terkirim 1 perubahan", "masih menyinkronkan")  # both runs, at 80x24
    finally:
        holder.kill()
        holder.wait(timeout=HANG)


async def test_esc_while_the_apps_own_sync_runs_leaves_at_once_and_nothing_is_lost(school_dir: Path) -> None:
    context = _laptop(school_dir)
    app = ObservasiApp(context, after_start_delay=10 * HANG)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        with one_sync(context.settings.data_dir):  # the app's background send, mid-way
            await pilot.press("y")
            screen = await wait_for_screen(pilot, SyncScreen)
            await wait_until(pilot, lambda: "aplikasi ini sendiri" in _said(screen), lambda: _said(screen))
            await pilot.press("escape")
            await wait_for_screen(pilot, HomeScreen)
            # The screen's sync gave up its wait: no thread left waiting for the other's end.
            await wait_until(pilot, lambda: not any(w.is_running for w in app.workers), "the wait to end")
        assert service.status(context).pending == 1  # the change is still there, sent at the next sync
        assert service.status(context).last_sync is None
        await pilot.press("y")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync of the screen opened again")
        assert "Terkirim 1 perubahan" in _said(screen)


async def test_s_after_the_sync_on_opening_keeps_what_that_one_did_on_the_screen(school_dir: Path) -> None:
    context = _laptop(school_dir)
    app = ObservasiApp(context, after_start_delay=10 * HANG)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("y")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync on opening")
        assert "Terkirim 1 perubahan" in _said(screen)
        screen.report = None
        with one_sync(context.settings.data_dir):  # the app's background send: `s` waits for it
            await pilot.press("s")
            await wait_until(pilot, lambda: "aplikasi ini sendiri" in _said(screen), lambda: _said(screen))
            assert "Terkirim 1 perubahan" in _said(screen, "#sync-runs")  # still in view while it waits
        await wait_until(pilot, lambda: screen.report is not None, "the sync started by s")
        assert "Tidak ada yang perlu dikirim" in _said(screen)
        earlier = _said(screen, "#sync-runs")
        assert "Sinkronisasi sebelumnya" in earlier and "Terkirim 1 perubahan" in earlier
        shown = await wait_for_text(pilot, "Tidak ada yang perlu dikirim", "Terkirim 1 perubahan")
        assert shown.count("Pukul ") == 1  # the newest run says its time; the earlier one too, in its line
