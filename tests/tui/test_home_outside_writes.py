"""Beranda shows what another program wrote: after a sync from the command line the header
said it had synced, and the list kept one observation of two for minutes (walk11 N3)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import draft_of, make_context


async def test_the_list_shows_an_observation_another_program_stored(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)
    app = ObservasiApp(context, after_start_delay=10 * HANG)  # the header's look is called below
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        assert table.row_count == 1
        app.refresh_sync_status()  # a look that finds nothing written elsewhere changes nothing
        await wait_until(pilot, lambda: app.outside_commits is not None, "the header's look")
        elsewhere = make_context(school_dir)  # the command line: its own connection to the file
        draft_of(elsewhere, teacher_index=1, day="2026-11-25")
        elsewhere.store.close()
        app.refresh_sync_status()  # the header's look every few seconds
        await wait_until(pilot, lambda: table.row_count == 2, lambda: f"2 rows listed, not {table.row_count}")
        assert str(table.get_row_at(0)[0]) == "2026-11-25"  # newest first: the one stored elsewhere
