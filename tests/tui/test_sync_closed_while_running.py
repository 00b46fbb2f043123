"""A sync is left running when its screen is closed (Esc): when it ends, the header's
sync line says what holds then, not what held when the screen closed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from observasi.sync import service
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import draft_of, make_context


async def test_closing_the_sync_screen_mid_sync_the_header_follows_when_it_ends(
    school_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observasi.tui.screens.sync_screen import SyncScreen

    context = make_context(school_dir)
    shared = school_dir.parent / "Drive"
    shared.mkdir()
    context.update_settings(shared_folder=shared)
    draft_of(context)
    # The real sync, held at its start until the screen is closed: a slow shared drive.
    started, closed = threading.Event(), threading.Event()
    real_sync = service.sync

    def slow_drive(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        closed.wait(HANG)
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(service, "sync", slow_drive)
    app = ObservasiApp(context, after_start_delay=10 * HANG)  # no refresh from the start-up's timer
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "1 menunggu dikirim" in app.sub_title, lambda: repr(app.sub_title))
        await pilot.press("y")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.running and started.is_set(), "the sync to start")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "1 menunggu dikirim" in app.sub_title, lambda: repr(app.sub_title))
        closed.set()  # the drive answers: the sync ends after its screen closed
        await wait_until(
            pilot, lambda: "0 menunggu dikirim" in app.sub_title, lambda: f"all sent, not {app.sub_title!r}"
        )
        assert "Sinkron terakhir" in app.sub_title
