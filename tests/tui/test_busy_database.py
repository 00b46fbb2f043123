"""A busy database never costs a keystroke.

While the principal scores a lesson, a second program (another window of observasi, or
the command line) writes to the same database in a loop, and a sync runs again and
again, importing a colleague's records from the shared folder and publishing this
laptop's. Every one of those writes must succeed, every key must land, the lesson clock
must keep running, and ctrl+q must still quit.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Button

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.record import LiveRecord
from observasi.settings import Settings
from observasi.sync import service
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_until

from .burst import burst, keys_of, open_live
from .conftest import draft_of, fresh_store, lesson_on, make_context, prepare

ROUNDS = 3
COLLEAGUE_RECORDS = 120


class Loop(threading.Thread):
    """Runs *step* until stopped, counting the steps that raised (and keeping the first error)."""

    def __init__(self, name: str, step) -> None:
        super().__init__(name=name, daemon=True)
        self.step = step
        self.stop = threading.Event()
        self.done = 0
        self.failed = 0
        self.first_error: BaseException | None = None

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.step(self.done)
                self.done += 1
            except Exception as exc:
                self.failed += 1
                self.first_error = self.first_error or exc


def _colleague(tmp_path: Path, shared: Path) -> AppContext:
    """Laptop B: a colleague with many observations of their own, published."""
    data_dir = tmp_path / "laptop-b"
    prepare(data_dir)
    context = make_context(data_dir)
    context.update_settings(shared_folder=shared)
    for i in range(COLLEAGUE_RECORDS):
        draft_of(context, teacher_index=i % 3, day=f"2026-10-{1 + i % 28:02d}")
    service.sync(context)
    return context


async def test_writes_and_syncs_in_a_loop_cost_no_keystroke(school_dir: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    colleague = _colleague(tmp_path, shared)
    context = make_context(school_dir)
    context.update_settings(shared_folder=shared)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=4)
    other_id = draft_of(context, teacher_index=1).id

    # A second program on this laptop's database: its own connection, editing another record.
    writer_store = fresh_store(school_dir)
    other = LiveRecord(writer_store, other_id)

    def write(n: int) -> None:
        other.apply(ch.Rate(("R1", "R2", "I1", "I2", "I3")[n % 5], str(1 + n % 4)))

    # The sync loop: the colleague edits and publishes, this laptop (its own connection)
    # imports, applies and publishes.
    syncing = AppContext(Settings(data_dir=school_dir, lang="id", lang_forced=True))
    colleague_ids = [s.id for s in colleague.store.list_observations()]

    def sync(n: int) -> None:
        for obs in colleague_ids[(n * 10) % COLLEAGUE_RECORDS :][:10]:
            edit(colleague.store, obs, ch.SetDetails({"topic": f"Topik {n}"}))
        # As the command line does, each waits for a sync the app may run meanwhile (its
        # pickup of a join: this laptop asks to join the colleague's school) rather than fail.
        service.sync(colleague, wait=True)
        service.sync(syncing, shared, wait=True)

    writer, syncer = Loop("writer", write), Loop("sync", sync)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        screen = app.screen
        order = [ind.id for _, ind in screen.inst.indicators()]
        writer.start()
        syncer.start()
        try:
            typed: dict[str, str] = {}
            lines: list[str] = []
            for round_ in range(ROUNDS):
                start = order.index(screen.indicators.current_id)
                digits = "12343214"
                typed.update(zip(order[start : start + len(digits)], digits, strict=True))
                line = f"Putaran {round_ + 1}: 3 siswa bertanya"
                lines.append(line)
                burst(app, [*digits, "slash", *keys_of(line), "enter"])  # Enter gives the keys back to the list

                def landed(count: int = len(typed), lines_count: int = len(lines)) -> bool:
                    saved = fresh_store(school_dir).get_observation(obs_id)
                    return len(saved.ratings) >= count and len(saved.evidence) >= lines_count

                await wait_until(pilot, landed, f"round {round_ + 1}'s scores and line")
            # Let the loops run a while longer against the quiet screen.
            await wait_until(pilot, lambda: syncer.done >= 3 and writer.done >= 50, "the loops")
        finally:
            writer.stop.set()
            syncer.stop.set()
            writer.join(60)
            syncer.join(120)

        assert writer.failed == 0, (
            f"{writer.failed} of {writer.done + writer.failed} writes failed: {writer.first_error!r}"
        )
        assert syncer.failed == 0, (
            f"{syncer.failed} of {syncer.done + syncer.failed} syncs failed: {syncer.first_error!r}"
        )
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert {i: r.level for i, r in saved.ratings.items()} == typed
        assert [e.text for e in saved.evidence] == lines

        # The screen is alive: the clock still moves, a key still scores.
        clock = str(screen.query_one("#live-info").render())
        await wait_until(pilot, lambda: str(screen.query_one("#live-info").render()) != clock, "the clock")
        next_id = screen.indicators.current_id
        await pilot.press("2")
        await wait_until(
            pilot, lambda: next_id in fresh_store(school_dir).get_observation(obs_id).ratings, "a late key"
        )

        # ctrl+q quits (after asking, the lesson's clock runs; then publishing to the shared folder).
        await pilot.press("ctrl+q")
        question = await wait_for_screen(pilot, ConfirmDialog)
        question.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: app.return_code is not None, "ctrl+q to quit")
    writer_store.close()
    syncing.store.close()
    colleague.store.close()


async def test_keys_typed_while_another_program_holds_the_database_wait_and_land_in_order(school_dir: Path) -> None:
    """Another program keeps a write transaction open: the screen says the changes wait,
    the clock goes on, and once the database is free every key lands where it was typed."""
    import sqlite3

    from observasi import paths

    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=3)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        screen = app.screen
        order = [ind.id for _, ind in screen.inst.indicators()]
        clock = str(screen.query_one("#live-info").render())
        blocker = sqlite3.connect(str(paths.database(school_dir)), isolation_level=None)
        blocker.execute("begin immediate")
        try:
            burst(app, list("4321"))
            waiting = screen.query_one("#save-state")
            await wait_until(pilot, lambda: waiting.display and "menunggu" in str(waiting.render()), "the waiting line")
            assert fresh_store(school_dir).get_observation(obs_id).ratings == {}
            await wait_until(pilot, lambda: str(screen.query_one("#live-info").render()) != clock, "the clock to go on")
        finally:
            blocker.execute("rollback")
            blocker.close()
        await wait_until(pilot, lambda: len(fresh_store(school_dir).get_observation(obs_id).ratings) == 4, "the keys")
        await wait_until(pilot, lambda: not screen.query_one("#save-state").display, "the waiting line to go")
        saved = fresh_store(school_dir).get_observation(obs_id).ratings
        assert {i: saved[i].level for i in order[:4]} == dict(zip(order[:4], "4321", strict=True))
