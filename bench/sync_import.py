"""Sync: first import of a folder of revision files, and a rescan that finds nothing new.

The floor is what any reader of the same folder has to do at least: list the device
folders and ``json.loads`` every file. It is measured in the same run, on the same files
(warm in the page cache for both, since both run right after each other).

    python bench/sync_import.py [COUNT] [--profile]   # one import, optionally under cProfile
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dataset import ROOT
from revision_files import write_revision_files

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync import device_key, devices
from observasi.sync.naming import app_dir
from observasi.sync.service import sync

ROSTER_MARK = "roster published"


def revision_folder(count: int) -> Path:
    """A school's shared folder holding *count* genuine revision files written by a member
    laptop, and beside it (:func:`reader_template`) the data folder of another laptop the
    school approved: an import of the folder applies every file, as at a school. Built once,
    then reused. (A folder written by a laptop no school approved is imported by nobody:
    every file was a problem, which is what the import measured before.)"""
    target = ROOT / "data" / f"revisions-{count}"
    marker = target / "complete"
    if marker.exists() and ROSTER_MARK in marker.read_text() and reader_template(target).is_dir():
        return target
    publisher_dir = target.with_name(target.name + "-publisher")
    for old in (target, reader_template(target), target.with_name(target.name + "-writer"), publisher_dir):
        if old.exists():
            shutil.rmtree(old)
    target.mkdir(parents=True)
    started = time.perf_counter()
    writer = AppContext(Settings(data_dir=target.with_name(target.name + "-writer")))
    sync(writer, target)  # founds the school in the folder
    reader = AppContext(Settings(data_dir=reader_template(target)))
    waiting = sync(reader, target)
    code = next(reason.rsplit(": ", 1)[1] for _, reason in waiting.problems if "kodenya sama" in reason)
    devices.approve(writer, code)
    sync(reader, target)
    reader.store.close()
    member = (writer.store.device_id, device_key.load_or_create(writer.store.data_dir))
    observations = write_revision_files(target, count, writer=member)
    # The school's other laptops have synced since: the first to read the records published
    # the roster they name (sealed teacher files and their data keys), as at a school. So the
    # measured laptop meets the folder a school has, not one only its own import completes
    # (else its first import also publishes every teacher: ~58 s of CPU at 100,000).
    publisher = AppContext(Settings(data_dir=publisher_dir))
    waiting = sync(publisher, target)
    code = next(reason.rsplit(": ", 1)[1] for _, reason in waiting.problems if "kodenya sama" in reason)
    devices.approve(writer, code)
    sync(publisher, target)
    publisher.store.close()
    writer.store.close()
    marker.write_text(f"{count} files, {observations} observations, {ROSTER_MARK}\n")
    print(f"  wrote {count} revision files in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return target


def reader_template(shared: Path) -> Path:
    """The data folder of a laptop the school of *shared* approved, before its first import
    (copied, never used in place)."""
    return shared.with_name(shared.name + "-reader")


def floor_seconds(shared: Path) -> float:
    """List every device folder and parse every file: the least an import can do."""
    started = time.perf_counter()
    with os.scandir(app_dir(shared)) as top:
        folders = [e.path for e in top if e.is_dir()]
    for folder in folders:
        with os.scandir(folder) as inner:
            for item in inner:
                if item.name.endswith(".json"):
                    with open(item.path, "rb") as handle:
                        json.loads(handle.read())
    return time.perf_counter() - started


def warm(shared: Path) -> None:
    """Read every file of *shared* once, unmeasured, so the import and its floor both meet
    the folder in the page cache. Measured one after the other, the first paid the cold
    reads (minutes of a 100,000-file folder's wall time on a busy disk) and the second read
    what the first had just brought in: the order, not the code, decided the ratio."""
    for folder, _, names in os.walk(shared):
        for name in names:
            with open(os.path.join(folder, name), "rb") as handle:
                while handle.read(1 << 20):
                    pass


def working_copy(shared: Path, into: Path) -> Path:
    """The folder a measured laptop syncs: a copy of *shared*, so every run meets the same
    folder (the laptop writes into what it syncs: its own files, its view of the roster).
    Hard links: a sync never changes a file in place (create-only writes, atomic renames),
    and the copy costs no data."""
    folder = into / "shared-copy"
    shutil.copytree(shared, folder, copy_function=os.link)
    return folder


def import_seconds(shared: Path) -> tuple[float, float]:
    """(first import, no-op rescan) into a fresh data directory; checks nothing was lost."""
    with tempfile.TemporaryDirectory(prefix="observasi-bench-") as tmp:
        shutil.copytree(reader_template(shared), Path(tmp) / "data")
        folder = working_copy(shared, Path(tmp))
        context = AppContext(Settings(data_dir=Path(tmp) / "data"))
        context.store  # noqa: B018 - opening the database is not part of the import
        started = time.perf_counter()
        first = sync(context, folder)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        again = sync(context, folder)
        rescan_s = time.perf_counter() - started
        if first.problems or first.received == 0 or again.received:
            raise RuntimeError(f"import went wrong: {first.received} received, problems {first.problems[:3]}")
        context.store.close()
    return first_s, rescan_s


def measure(count: int, repeats: int) -> dict[str, float]:
    shared = revision_folder(count)
    floors, firsts, rescans = [], [], []
    for _ in range(repeats):
        floors.append(floor_seconds(shared))
        first, rescan = import_seconds(shared)
        firsts.append(first)
        rescans.append(rescan)
    return {
        "floor_s": statistics.median(floors),
        "first_s": statistics.median(firsts),
        "rescan_s": statistics.median(rescans),
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 10_000
    shared = revision_folder(count)
    print(f"floor {floor_seconds(shared):.3f} s")
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        print("first, rescan", import_seconds(shared))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumtime").print_stats(40)
    else:
        first, rescan = import_seconds(shared)
        print(f"first {first:.3f} s, rescan {rescan:.3f} s")
