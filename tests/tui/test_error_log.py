"""An unexpected failure in a screen's background work is one line on the screen, and
its traceback is kept in observasi-error.log next to the database for a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi import paths
from observasi.sync import service
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_for_text

from .conftest import make_context


async def test_a_sync_that_breaks_is_one_line_and_a_logged_traceback(
    school_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_sync(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the drive went away mid-copy")

    monkeypatch.setattr(service, "sync", broken_sync)
    context = make_context(school_dir)
    context.update_settings(shared_folder=tmp_path / "drive")
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.action_sync()
        await wait_for_screen(pilot, SyncScreen)
        text = await wait_for_text(pilot, "the drive went away mid-copy")
        assert "Traceback" not in text
    log = paths.error_log(school_dir).read_text(encoding="utf-8")
    assert "Traceback" in log and "broken_sync" in log and "the drive went away mid-copy" in log
