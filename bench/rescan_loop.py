"""A no-op rescan's fixed costs: many rescans in one process against the list-and-stat floor.

Imports the bench folder once into a fresh laptop, then times the first rescan (the one
``bench/run.py --scale`` measures) and REPEATS more, in turns with the floor (list every
device folder, stat every file): CPU and wall medians and their ratios, and the SQL
statements and commits of the first rescan and of a later one.

    python bench/rescan_loop.py [COUNT] [REPEATS] [--sql [--first]] [--profile | --profile-first]

``--sql`` prints a later rescan's statements (the first's with ``--first``); ``--profile``
runs REPEATS rescans under cProfile instead, ``--profile-first`` the first one.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sync_import import reader_template, revision_folder, working_copy

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync.naming import app_dir
from observasi.sync.service import sync


def floor(shared: Path) -> None:
    for device in os.scandir(app_dir(shared)):
        if device.is_dir():
            for entry in os.scandir(device.path):
                entry.stat()


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(CPU, wall) seconds of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 1000
    repeats = int(args[1]) if len(args) > 1 else 200
    shared = revision_folder(count)
    with tempfile.TemporaryDirectory(prefix="observasi-rescan-") as tmp:
        shutil.copytree(reader_template(shared), Path(tmp) / "data")
        folder = working_copy(shared, Path(tmp))
        context = AppContext(Settings(data_dir=Path(tmp) / "data"))
        context.store  # noqa: B018 - opening the database is not measured
        sync(context, folder)
        conn = context.store.conn
        first_sql: list[str] = []
        conn.set_trace_callback(first_sql.append)
        profile = cProfile.Profile()
        if "--profile-first" in sys.argv:
            profile.enable()
        first = timed(lambda: sync(context, folder))
        profile.disable()
        conn.set_trace_callback(None)
        first_floor = timed(lambda: floor(folder))
        if "--profile-first" in sys.argv:
            pstats.Stats(profile).sort_stats("tottime").print_stats(40)
            return
        if "--profile" in sys.argv:
            profile.enable()
            for _ in range(repeats):
                sync(context, folder)
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(60)
            return
        rescans, floors = [], []
        for _ in range(repeats):
            rescans.append(timed(lambda: sync(context, folder)))
            floors.append(timed(lambda: floor(folder)))
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        sync(context, folder)
        conn.set_trace_callback(None)
        context.store.close()
    print(f"{count} files, load {os.getloadavg()[0]:.1f}")
    later = (statistics.median(r[0] for r in rescans), statistics.median(r[1] for r in rescans))
    later_floor = (statistics.median(f[0] for f in floors), statistics.median(f[1] for f in floors))
    for what, run, base in (
        ("first rescan", first, first_floor),
        (f"later rescans, median of {repeats}", later, later_floor),
    ):
        print(
            f"{what}: CPU {run[0] * 1000:.2f} ms, floor {base[0] * 1000:.2f} ms: {run[0] / base[0]:.2f}x;"
            f" wall {run[1] * 1000:.2f} ms, floor {base[1] * 1000:.2f} ms: {run[1] / base[1]:.2f}x"
        )
    for name, sql in (("first", first_sql), ("later", statements)):
        commits = sum(1 for s in sql if s.strip().upper() == "COMMIT")
        print(f"SQL statements in the {name} rescan: {len(sql)}, commits {commits}")
    if "--sql" in sys.argv:
        for s in first_sql if "--first" in sys.argv else statements:
            print("   ", " ".join(s.split())[:160])


if __name__ == "__main__":
    main()
