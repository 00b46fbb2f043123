"""A no-op rescan's fixed costs: many rescans in one process against the list-and-stat floor.

Imports the bench folder once into a fresh laptop, then times the first rescan (the one
``bench/run.py --scale`` measures) and REPEATS more, in turns with the floor (list every
device folder, stat every file), in CPU time; prints medians and their ratio, and the SQL
statements and fsyncs one later rescan makes.

    python bench/rescan_loop.py [COUNT] [REPEATS] [--profile]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
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


def cpu(fn) -> float:  # type: ignore[no-untyped-def]
    started, wall = time.process_time(), time.perf_counter()
    fn()
    WALLS.append(time.perf_counter() - wall)
    return time.process_time() - started


WALLS: list[float] = []


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
        wal = Path(tmp) / "data" / (context.store.path.name + "-wal")
        print(f"WAL after the import: {wal.stat().st_size // 1024} KiB")
        first_sql: list[str] = []
        context.store.conn.set_trace_callback(first_sql.append)
        if "--profile-first" in sys.argv:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
        first = cpu(lambda: sync(context, folder))
        if "--profile-first" in sys.argv:
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        context.store.conn.set_trace_callback(None)
        print(f"WAL after the first rescan: {wal.stat().st_size // 1024} KiB")
        first_floor = cpu(lambda: floor(folder))
        first_wall = WALLS[-2] if False else WALLS[0]
        first_floor_wall = WALLS[1]
        if "--profile" in sys.argv:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
            for _ in range(repeats):
                sync(context, folder)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(60)
            return
        rescans, floors = [], []
        for _ in range(repeats):
            rescans.append(cpu(lambda: sync(context, folder)))
            floors.append(cpu(lambda: floor(folder)))
        statements: list[str] = []
        conn = context.store.conn
        conn.set_trace_callback(statements.append)
        sync(context, folder)
        conn.set_trace_callback(None)
        context.store.close()
    load = os.getloadavg()[0]
    print(f"{count} files, load {load:.1f}")
    print(f"first rescan {first * 1000:.2f} ms CPU, floor {first_floor * 1000:.2f} ms: {first / first_floor:.2f}x")
    print(
        f"  wall {first_wall * 1000:.2f} ms, floor {first_floor_wall * 1000:.2f} ms: {first_wall / first_floor_wall:.2f}x"
    )
    r, f = statistics.median(rescans), statistics.median(floors)
    rw, fw = statistics.median(WALLS[2::2][:repeats]), statistics.median(WALLS[3::2][:repeats])
    print(f"later rescans (median of {repeats}) {r * 1000:.2f} ms CPU, floor {f * 1000:.2f} ms: {r / f:.2f}x")
    print(f"  wall {rw * 1000:.2f} ms, floor {fw * 1000:.2f} ms: {rw / fw:.2f}x")
    for name, sql in (("first", first_sql), ("later", statements)):
        commits = sum(1 for s in sql if s.strip().upper() == "COMMIT")
        print(f"SQL statements in the {name} rescan: {len(sql)}, commits {commits}")
    if "--sql" in sys.argv:
        for s in first_sql if "--first" in sys.argv else statements:
            print("   ", " ".join(s.split())[:160])


if __name__ == "__main__":
    main()
