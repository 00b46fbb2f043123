"""Start-up: the garbage collector paused for the start comes back on by itself, and
the models and sqlite-utils the start path leaves out are loaded in the background."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen

from .conftest import make_context


async def test_the_collector_comes_back_and_the_first_save_is_ready(school_dir: Path) -> None:
    context = make_context(school_dir)
    gc.disable()  # as observasi.cli.commands.start_tui does
    try:
        app = ObservasiApp(context, collector_paused=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert not gc.isenabled()
            await asyncio.sleep(0.7)
            await app.workers.wait_for_complete()
            assert gc.isenabled()
            assert context.store._db is not None  # sqlite-utils made by the warm-up, not by the first save
    finally:
        gc.unfreeze()
        gc.enable()
