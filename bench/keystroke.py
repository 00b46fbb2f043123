"""A digit pressed on the live screen to its durable commit, against a bare Textual app
whose key handler does a one-row upsert and commit with the same settings (issue 18).

The path: observasi's app on a copy of the big database, the observation screen of an
open record, a Textual pilot pressing digits: each one goes through the screen's key
handling, the record's rule, one scoring of the record and the write of the changed
rows, committed (WAL, synchronous=FULL), then the screen draws what was saved. The
floor: a bare Textual app (header, a line of text, footer) whose key handler upserts one
row and commits in a database with the same settings, then shows the digit. Both copies
sit beside the data (the same disk: /tmp may be memory), so the cached set is not changed.

Timed per key: from the pilot pressing it to the commit having returned ("commit", the
budget's figure), and to the screen being idle again, drawn ("drawn"); and the process'
CPU seconds from the press to the commit (every thread's: a worker the key wakes counts). Both apps are
measured in turns (a new app per turn, warmed up first), so a busy moment of this shared
machine slows both alike. Each keystroke changes its indicator's level (the next cycle over
the indicators gives the next digit): a write of what is stored would cost no sync.

    python bench/keystroke.py DATA_DIR [KEYS]    # prints the figures as JSON
    python bench/keystroke.py --timed DATA_DIR KEYS SCRATCH   # the --scale path (bench/scale.py)

With --timed it prints ``TIMED keystroke p99 cpu_p99`` and ``TIMED floor p99 cpu_p99`` (seconds)
and keys on a scratch copy SCRATCH of the data set, made once and kept beside it: copying
100,000 observations' database (1.5 GB) at every run would take longer than the keys. The
keys rescore one draft record of the scratch copy, as every run before did; nothing else in
it changes.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dataset import make_dataset  # noqa: F401  (sets sys.path)

import observasi.record.live as live_module

WARM_UP = 20  # keys pressed before each turn is timed
TURNS = 5
SIZE = (80, 24)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


Sample = tuple[float, float, float]  # ms to the commit, ms to the screen drawn, CPU ms to the commit


def stamp() -> tuple[float, float]:
    """The moment a commit returned: wall and the process' CPU clock."""
    return time.perf_counter(), time.process_time()


COMMIT_WAIT = 2.0  # seconds a key may take to commit before it counts as one that commits nothing


async def press(pilot: Any, key: str, committed: list[tuple[float, float]]) -> None:
    """Press *key* as the terminal's driver delivers it, then wait for its commit and for
    every message it caused to be handled. Not Pilot.press: that sleeps in 20 ms steps until
    the process looks idle (Textual's wait_for_idle), 40-150 ms a key, which made 200 keys
    at three sizes take minutes; what is timed (the press to the commit) is the same."""
    from textual import events

    app = pilot.app
    before = len(committed)
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)
    deadline = time.perf_counter() + COMMIT_WAIT
    while len(committed) == before and time.perf_counter() < deadline:
        await asyncio.sleep(0.0005)
    await pilot._wait_for_screen()  # what the commit set off (the screen's update), handled
    # ... and drawn now, as Pilot.pause ends: else the drawing would wait for the screen's
    # next tick and fall into the next key's time, which a person's next key never meets.
    app.screen._on_timer_update()
    await _drawn_out(pilot)


SETTLE_ROUNDS = 8  # a layout that changes a size asks for one more (Textual's virtual_size); never more than two seen


async def _drawn_out(pilot: Any) -> None:
    """Until the screen asks for no more drawing. A layout that changes a widget's size
    or scroll range asks for another layout (Textual's rule), from the widget's next idle
    moment: the screen's timer would do it a frame (16 ms) later, long before a person's
    next key; drawn here, it is this key's drawing (its "drawn" figure) instead of the
    next key's time to its commit. The same for both apps."""
    app = pilot.app
    for _ in range(SETTLE_ROUNDS):
        await pilot._wait_for_screen()
        screen = app.screen
        if any(w._layout_required or w._repaint_required or w._scroll_required for w in screen.walk_children()):
            continue  # asked for at its idle moment: to the screen in the next round
        if not (
            screen._layout_required or screen._scroll_required or screen._repaint_required or screen._dirty_widgets
        ):
            return
        screen._on_timer_update()


async def _press_timed(pilot: Any, key: str, committed: list[tuple[float, float]]) -> Sample | None:
    """One key's figures; None when it committed nothing."""
    before = len(committed)
    start, cpu = time.perf_counter(), time.process_time()
    await press(pilot, key, committed)
    drawn = time.perf_counter()
    if len(committed) == before:
        return None
    done, done_cpu = committed[-1]
    return (done - start) * 1000, (drawn - start) * 1000, (done_cpu - cpu) * 1000


async def _settled(pilot: Any) -> None:
    """Until the app's start-up work (its deferred warm-up, workers) is over."""
    from textual.worker import WorkerState

    app = pilot.app
    for _ in range(20_000):
        await pilot.pause(0.01)
        if getattr(app, "collector_paused", False):
            continue
        if not any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
            return
    raise RuntimeError("the app did not settle")


# --- observasi's live screen ------------------------------------------------------------


def open_record(data_dir: Path) -> str:
    """An open record to score: a draft (the live screen's own case), else any not final."""
    conn = sqlite3.connect(f"file:{data_dir / 'observasi.db'}?mode=ro", uri=True)
    try:
        for status in ("draft", "observing", "reflecting"):
            row = conn.execute(
                "select id from observations where deleted = 0 and status = ? order by id limit 1", [status]
            ).fetchone()
            if row:
                return str(row[0])
    finally:
        conn.close()
    raise RuntimeError("no open record to score")


async def _live_turn(data_dir: Path, obs_id: str, keys: int, samples: list[Sample]) -> int:
    """One turn on observasi's observation screen; returns how many times the record was scored."""
    from observasi.cli.commands import start_tui
    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.tui.screens.observation_screen import ObservationScreen

    # As the observasi command makes it: the collector paused for the start-up, then the
    # app freezes what the start-up made and turns it back on (its settled moment).
    app = start_tui(AppContext(Settings(data_dir=data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot)
        app.open_observation(obs_id)
        for _ in range(2000):
            await pilot.pause(0.01)
            if isinstance(app.screen, ObservationScreen):
                break
        screen = app.screen
        assert isinstance(screen, ObservationScreen), f"not the live screen: {type(screen).__name__}"
        await _settled(pilot)
        committed: list[tuple[float, float]] = []
        live = screen.live
        real_apply = live.apply

        def apply(*args: Any, **kwargs: Any) -> Any:
            saved = real_apply(*args, **kwargs)
            committed.append(stamp())  # apply returns once the commit has
            return saved

        live.apply = apply  # type: ignore[method-assign]
        inst = screen.inst
        indicators = [ind.id for _, ind in inst.indicators()]
        first = indicators[0]
        scorings = 0
        for n in range(WARM_UP + keys):
            cycle, index = divmod(n, len(indicators))
            if index == 0:
                screen.indicators.select_indicator(first)
                await pilot.pause()
                await _drawn_out(pilot)  # the move to the first drawn before the next key
            current = screen.indicators.current_id or first
            digits = list(inst.scale_for(current).digits().values())
            key = digits[cycle % len(digits)]
            if n == WARM_UP:
                scorings = _count_scorings()
            timed = await _press_timed(pilot, key, committed)
            if n >= WARM_UP and timed is not None:
                samples.append(timed)
        scorings = _count_scorings() - scorings
    return scorings


_scorings = 0


def _count_scorings() -> int:
    return _scorings


def _counting(real: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        global _scorings
        _scorings += 1
        return real(*args, **kwargs)

    return counted


# --- the floor ----------------------------------------------------------------------------


def floor_app(folder: Path) -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Floor(App[None]):
        def __init__(self) -> None:
            super().__init__()
            self.committed: list[tuple[float, float]] = []
            self.conn = sqlite3.connect(str(folder / "floor.db"), isolation_level=None)
            self.conn.execute("pragma journal_mode=wal")
            self.conn.execute("pragma synchronous=full")
            # The store's other settings that bear on a write (observasi.store.connection):
            # a replaced row's bytes overwritten, foreign keys checked.
            self.conn.execute("pragma secure_delete=on")
            self.conn.execute("pragma foreign_keys=on")
            self.conn.execute("create table if not exists r (k text primary key, v text)")
            self.n = 0

        def compose(self) -> ComposeResult:
            yield Header()
            yield Static(id="shown")
            yield Footer()

        def on_key(self, event: Any) -> None:
            if event.character and event.character.isdigit():
                self.n += 1
                self.conn.execute("begin immediate")
                self.conn.execute("insert or replace into r values (?, ?)", (f"k{self.n % 30}", event.character))
                self.conn.execute("commit")
                self.committed.append(stamp())
                self.query_one("#shown", Static).update(f"{self.n % 30}: {event.character}")

    return Floor()


async def _floor_turn(folder: Path, keys: int, samples: list[Sample]) -> None:
    app = floor_app(folder)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await _settled(pilot)
            for n in range(WARM_UP + keys):
                timed = await _press_timed(pilot, "1234"[n % 4], app.committed)
                if n >= WARM_UP and timed is not None:
                    samples.append(timed)
    finally:
        app.conn.close()


# --- both, in turns -----------------------------------------------------------------------


def _figures(prefix: str, samples: list[Sample]) -> dict[str, float]:
    commit = [s[0] for s in samples]
    drawn = [s[1] for s in samples]
    return {
        f"{prefix}_p50_ms": statistics.median(commit),
        f"{prefix}_p99_ms": percentile(commit, 99),
        f"{prefix}_cpu_p99_ms": percentile([s[2] for s in samples], 99),
        f"{prefix}_drawn_p50_ms": statistics.median(drawn),
        f"{prefix}_drawn_p99_ms": percentile(drawn, 99),
        f"{prefix}_keys": len(samples),
    }


def scratch_copy(data_dir: Path, scratch: Path) -> Path:
    """*scratch*, a copy of *data_dir*'s database made the first time (kept for the next runs)."""
    if not (scratch / "complete").exists():
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        shutil.copy2(data_dir / "observasi.db", scratch / "observasi.db")
        (scratch / "complete").write_text("1", encoding="ascii")
    return scratch


def measure(data_dir: Path, count: int, turns: int = TURNS, scratch: Path | None = None) -> dict[str, float]:
    """At least *count* keys on each app (in *turns* turns); the figures in ms. The keys go
    to a copy of the database: a new one each time, or *scratch* (see scratch_copy)."""
    global _scorings
    per_turn = -(-count // turns)
    real_score = live_module.score
    with tempfile.TemporaryDirectory(dir=data_dir.parent, prefix="keystroke-") as tmp:
        if scratch is None:
            copy = Path(tmp) / "data"
            copy.mkdir()
            shutil.copy2(data_dir / "observasi.db", copy / "observasi.db")
        else:
            copy = scratch_copy(data_dir, scratch)
        floor_dir = Path(tmp) / "floor"
        floor_dir.mkdir()
        obs_id = open_record(copy)
        live_samples: list[Sample] = []
        floor_samples: list[Sample] = []
        scorings = 0
        live_module.score = _counting(real_score)
        try:
            for _ in range(turns):
                asyncio.run(_floor_turn(floor_dir, per_turn, floor_samples))
                scorings += asyncio.run(_live_turn(copy, obs_id, per_turn, live_samples))
        finally:
            live_module.score = real_score
            _scorings = 0
    figures = {**_figures("keystroke", live_samples), **_figures("floor", floor_samples)}
    figures["scorings_per_keystroke"] = scorings / max(1, len(live_samples))
    return figures


SCALE_TURNS = 2  # the --scale path: fewer turns (each starts the app), the same keys


def print_timed(data_dir: Path, keys: int, scratch: Path) -> None:
    m = measure(data_dir, keys, SCALE_TURNS, scratch)
    for name, prefix in (("keystroke", "keystroke"), ("floor", "floor")):
        print(f"TIMED {name} {m[f'{prefix}_p99_ms'] / 1000:.6f} {m[f'{prefix}_cpu_p99_ms'] / 1000:.6f}", flush=True)
    print(f"KEYS {m['keystroke_keys']} {m['floor_keys']} scorings/key {m['scorings_per_keystroke']:.2f}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--timed":
        print_timed(Path(sys.argv[2]).resolve(), int(sys.argv[3]), Path(sys.argv[4]).resolve())
    else:
        keys = int(sys.argv[2]) if len(sys.argv) > 2 else 250
        print(json.dumps(measure(Path(sys.argv[1]).resolve(), keys), indent=1))
