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
budget's figure), and to the screen being idle again, drawn ("drawn"). Both apps are
measured in turns (a new app per turn, warmed up first), so a busy moment of this shared
machine slows both alike. Each keystroke changes its indicator's level (the next cycle over
the indicators gives the next digit): a write of what is stored would cost no sync.

    python bench/keystroke.py DATA_DIR [KEYS]    # prints the figures as JSON
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


async def _press_timed(pilot: Any, key: str, committed: list[float]) -> tuple[float, float] | None:
    """(ms to the commit, ms to the screen drawn) of one key; None when it committed nothing."""
    before = len(committed)
    start = time.perf_counter()
    await pilot.press(key)
    drawn = time.perf_counter()
    if len(committed) == before:
        return None
    return (committed[-1] - start) * 1000, (drawn - start) * 1000


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


async def _live_turn(data_dir: Path, obs_id: str, keys: int, samples: list[tuple[float, float]]) -> int:
    """One turn on observasi's observation screen; returns how many times the record was scored."""
    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.tui.app import ObservasiApp
    from observasi.tui.screens.observation_screen import ObservationScreen

    app = ObservasiApp(AppContext(Settings(data_dir=data_dir)))
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
        committed: list[float] = []
        live = screen.live
        real_apply = live.apply

        def apply(*args: Any, **kwargs: Any) -> Any:
            saved = real_apply(*args, **kwargs)
            committed.append(time.perf_counter())  # apply returns once the commit has
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
            self.committed: list[float] = []
            self.conn = sqlite3.connect(str(folder / "floor.db"), isolation_level=None)
            self.conn.execute("pragma journal_mode=wal")
            self.conn.execute("pragma synchronous=full")
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
                self.committed.append(time.perf_counter())
                self.query_one("#shown", Static).update(f"{self.n % 30}: {event.character}")

    return Floor()


async def _floor_turn(folder: Path, keys: int, samples: list[tuple[float, float]]) -> None:
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


def _figures(prefix: str, samples: list[tuple[float, float]]) -> dict[str, float]:
    commit = [s[0] for s in samples]
    drawn = [s[1] for s in samples]
    return {
        f"{prefix}_p50_ms": statistics.median(commit),
        f"{prefix}_p99_ms": percentile(commit, 99),
        f"{prefix}_drawn_p50_ms": statistics.median(drawn),
        f"{prefix}_drawn_p99_ms": percentile(drawn, 99),
        f"{prefix}_keys": len(samples),
    }


def measure(data_dir: Path, count: int) -> dict[str, float]:
    """At least *count* keys on each app (in TURNS turns); the figures in ms."""
    global _scorings
    per_turn = -(-count // TURNS)
    real_score = live_module.score
    with tempfile.TemporaryDirectory(dir=data_dir.parent, prefix="keystroke-") as tmp:
        copy = Path(tmp) / "data"
        copy.mkdir()
        shutil.copy2(data_dir / "observasi.db", copy / "observasi.db")
        floor_dir = Path(tmp) / "floor"
        floor_dir.mkdir()
        obs_id = open_record(copy)
        live_samples: list[tuple[float, float]] = []
        floor_samples: list[tuple[float, float]] = []
        scorings = 0
        live_module.score = _counting(real_score)
        try:
            for _ in range(TURNS):
                asyncio.run(_floor_turn(floor_dir, per_turn, floor_samples))
                scorings += asyncio.run(_live_turn(copy, obs_id, per_turn, live_samples))
        finally:
            live_module.score = real_score
            _scorings = 0
    figures = {**_figures("keystroke", live_samples), **_figures("floor", floor_samples)}
    figures["scorings_per_keystroke"] = scorings / max(1, len(live_samples))
    return figures


if __name__ == "__main__":
    keys = int(sys.argv[2]) if len(sys.argv) > 2 else 250
    print(json.dumps(measure(Path(sys.argv[1]).resolve(), keys), indent=1))
