"""Start-up: the garbage collector paused for the start comes back on by itself, and
the models and sqlite-utils the start path leaves out are loaded in the background."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import make_context


@pytest.fixture
def collector_paused() -> Iterator[None]:
    gc.disable()  # as observasi.cli.commands.start_tui does
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.usefixtures("collector_paused")
async def test_the_collector_stays_paused_while_the_first_screen_opens(school_dir: Path) -> None:
    # The delay outlasts the test: nothing but that timer may turn the collector back on.
    app = ObservasiApp(make_context(school_dir), collector_paused=True, after_start_delay=10 * HANG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        assert not gc.isenabled()


@pytest.mark.usefixtures("collector_paused")
async def test_the_collector_comes_back_and_the_first_save_is_ready(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context, collector_paused=True)  # the production delay
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, gc.isenabled, "the collector to come back on")
        # Nothing is saved in this test: only the warm-up can make sqlite-utils' Database.
        await wait_until(pilot, lambda: context.store._db is not None, "the warm-up to make sqlite-utils")


async def test_the_header_says_the_sync_state_with_the_first_screen(school_dir: Path) -> None:
    """The sync line is part of the first screen: read once the first frame is drawn, not
    after the start-up's housekeeping delay (which this test makes outlast it)."""
    context = make_context(school_dir)
    app = ObservasiApp(context, after_start_delay=10 * HANG)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "belum diatur" in app.sub_title, lambda: repr(app.sub_title))
