"""The header's "menunggu dikirim" is true the moment a screen that wrote returns: the walk
read "0 menunggu dikirim" right after leaving an edited draft, and "1" only seconds later."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.sync import service
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.forms_screen import FormsScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.conftest import edit
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import draft_of, make_context


async def test_the_pending_count_is_true_when_the_home_screen_comes_back(school_dir: Path) -> None:
    context = make_context(school_dir)
    shared = school_dir.parent / "Drive"
    shared.mkdir()
    context.update_settings(shared_folder=shared)
    obs = draft_of(context)
    service.sync(context)
    app = ObservasiApp(context, after_start_delay=10 * HANG)  # no timed refresh in this test
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "0 menunggu dikirim" in app.sub_title, lambda: app.sub_title)
        app.open(places.Forms())
        await wait_for_screen(pilot, FormsScreen)
        edit(context.store, obs.id, ch.Rate("R1", "3"))  # what the screen on top wrote
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        assert "1 menunggu dikirim" in app.sub_title, app.sub_title  # at once: no wait, no timer


def test_the_pending_count_reads_indexes_only(school_dir: Path) -> None:
    """Read at every return to a screen: never a scan of every observation or revision."""
    context = make_context(school_dir)
    store = context.store
    said: list[str] = []
    store.db.conn.set_trace_callback(said.append)
    store.pending_count()
    store.db.conn.set_trace_callback(None)
    query = next(sql for sql in said if "count(" in sql)
    plan = store.db.execute("explain query plan " + query).fetchall()
    steps = [str(row[-1]) for row in plan]
    records = [step for step in steps if "observations" in step]
    assert records and all("observations_unrevised" in step for step in records), steps  # the partial index
    assert not [step for step in steps if "revisions" in step and "revisions_unsent" not in step], steps
