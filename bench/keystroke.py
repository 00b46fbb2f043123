"""Score keystroke to durable commit, against a bare SQLite commit on the same disk.

A keystroke is what the live screen does with a digit: ``LiveRecord.apply(Rate(...))``
on an open observation of the big database -- the rule, one scoring of the record, the
changed rows written and committed (WAL, synchronous=FULL). The floor is the least a
durable keystroke can cost there: a one-row upsert and commit in a bare database with
the same settings, in a folder beside the data (the same disk: /tmp may be memory).

Both are warmed first (a new database's first commits grow its WAL file, which costs
more than the commits after), and measured in turns, so a busy moment of this shared
machine slows both alike.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from dataset import make_dataset  # noqa: F401  (sets sys.path)

import observasi.record.live as live_module
from observasi.core.changes import Rate
from observasi.core.record import Status
from observasi.record import LiveRecord
from observasi.store.store import Store

WARM_UP = 50


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


class _Floor:
    def __init__(self, folder: Path) -> None:
        self.conn = sqlite3.connect(str(folder / "floor.db"), isolation_level=None)
        self.conn.execute("pragma journal_mode=wal")
        self.conn.execute("pragma synchronous=full")
        self.conn.execute("create table r (k text primary key, v text)")
        self.n = 0

    def commit_ms(self) -> float:
        self.n += 1
        start = time.perf_counter()
        self.conn.execute("begin immediate")
        self.conn.execute("insert or replace into r values (?, ?)", (f"k{self.n % 30}", str(self.n)))
        self.conn.execute("commit")
        return (time.perf_counter() - start) * 1000


class _Keystrokes:
    """Digits typed on an open observation, as the live screen applies them."""

    def __init__(self, store: Store) -> None:
        open_ones = store.list_observations(status=Status.reflecting.value, limit=1) or store.list_observations(
            status=Status.draft.value, limit=1
        )
        self.live = LiveRecord(store, open_ones[0].id)
        inst = self.live.instrument
        self.indicators = [ind.id for _, ind in inst.indicators()]
        self.levels = [level.key for level in inst.scale.levels]
        self.n = 0

    def keystroke_ms(self) -> float:
        self.n += 1
        # Each keystroke changes its indicator's level (the next cycle over the indicators
        # gives the next level): a write of what is already stored would cost no sync.
        cycle, index = divmod(self.n, len(self.indicators))
        change = Rate(self.indicators[index], self.levels[cycle % len(self.levels)])
        start = time.perf_counter()
        self.live.apply(change)
        return (time.perf_counter() - start) * 1000


def measure(data_dir: Path, count: int) -> dict[str, float]:
    scorings = 0
    real_score = live_module.score

    def counted(*args, **kwargs):
        nonlocal scorings
        scorings += 1
        return real_score(*args, **kwargs)

    store = Store(data_dir)
    with tempfile.TemporaryDirectory(dir=data_dir.parent, prefix="floor-") as tmp:
        floor = _Floor(Path(tmp))
        keys = _Keystrokes(store)
        for _ in range(WARM_UP):
            floor.commit_ms(), keys.keystroke_ms()
        live_module.score = counted
        try:
            floor_ms, real_ms = [], []
            for _ in range(count):
                floor_ms.append(floor.commit_ms())
                real_ms.append(keys.keystroke_ms())
        finally:
            live_module.score = real_score
            floor.conn.close()
            store.close()
    return {
        "keystroke_p50_ms": statistics.median(real_ms),
        "keystroke_p99_ms": percentile(real_ms, 99),
        "floor_p50_ms": statistics.median(floor_ms),
        "floor_p99_ms": percentile(floor_ms, 99),
        "scorings_per_keystroke": scorings / count,
    }
