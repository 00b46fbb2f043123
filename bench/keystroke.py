"""Score keystroke to durable commit, against a bare SQLite commit on the same disk."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from dataset import make_dataset  # noqa: F401  (sets sys.path)

from observasi.core.record import Status
from observasi.store.store import Store


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def floor_commit_ms(count: int, beside: Path) -> list[float]:
    """One-row upsert + commit in a WAL database with synchronous=FULL, in a temp folder
    next to *beside* (the same disk as the store: /tmp may be memory): the least a
    durable keystroke can cost there."""
    with tempfile.TemporaryDirectory(dir=beside.parent, prefix="floor-") as tmp:
        conn = sqlite3.connect(str(Path(tmp) / "floor.db"), isolation_level=None)
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma synchronous=full")
        conn.execute("create table r (k text primary key, v text)")
        samples = []
        for i in range(count):
            start = time.perf_counter()
            conn.execute("begin")
            conn.execute("insert or replace into r values (?, ?)", (f"k{i % 30}", str(i)))
            conn.execute("commit")
            samples.append((time.perf_counter() - start) * 1000)
        conn.close()
    return samples


def keystroke_ms(data_dir: Path, count: int) -> list[float]:
    """store.set_rating on an open observation of the big database, as the live screen calls it."""
    store = Store(data_dir)
    try:
        open_ones = store.list_observations(status=Status.reflecting.value, limit=1) or store.list_observations(
            status=Status.draft.value, limit=1
        )
        obs = store.get_observation(open_ones[0].id)
        inst = store.instrument(obs.form_hash)
        indicators = [ind.id for _, ind in inst.indicators()]
        keys = [level.key for level in inst.scale.levels]
        samples = []
        for i in range(count):
            start = time.perf_counter()
            store.set_rating(obs.id, indicators[i % len(indicators)], level=keys[i % len(keys)])
            samples.append((time.perf_counter() - start) * 1000)
        return samples
    finally:
        store.close()


def measure(data_dir: Path, count: int) -> dict[str, float]:
    floor = floor_commit_ms(count, data_dir)
    real = keystroke_ms(data_dir, count)
    return {
        "keystroke_p50_ms": statistics.median(real),
        "keystroke_p99_ms": percentile(real, 99),
        "floor_p50_ms": statistics.median(floor),
        "floor_p99_ms": percentile(floor, 99),
    }
