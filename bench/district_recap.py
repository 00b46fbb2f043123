"""The district recap at scale: ``build_district_recap`` timed over a district data folder
that has read every sealed school of the bucket ``district_bucket.py`` generates (its run
keeps that district under bench/data/, so a run here times the recap and the screen alone).

    python bench/district_recap.py [SCHOOLS] [FILES_PER_SCHOOL] [--profile]

Prints the wall and CPU time of each of five recaps (median and best; each as the first of
a session, nothing kept from the one before), the load average, one recap again (every
school's figures kept in memory), and with ``--profile`` the cProfile of one more; then the
district's TUI screen opened five times each way (a fresh app each time, 80x24, nothing kept
in memory: the first open of a session): from starting the app to the screen showing every
school's line and the figures across schools, without and with the figures kept in the
district folder (observasi.district.figures).
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import district_bucket  # noqa: E402  (its DATA folder)

from observasi.context import AppContext  # noqa: E402
from observasi.district import figures  # noqa: E402
from observasi.district.recap import build_district_recap  # noqa: E402
from observasi.recap.period import Period  # noqa: E402
from observasi.settings import Settings  # noqa: E402


def district_folder(schools: int, per_school: int) -> Path:
    """The district data folder that read every sealed school of the bucket of
    ``district_bucket.py`` (kept by its run under bench/data/), copied so the runs here
    never change it."""
    read = district_bucket.DATA / f"district-sealed-{schools}x{per_school}" / "dinas-read"
    if not read.is_dir():
        raise SystemExit(f"run bench/district_bucket.py {schools} {per_school} first (it keeps {read})")
    work = Path(tempfile.mkdtemp(prefix="observasi-district-recap-")) / "dinas"
    shutil.copytree(read, work)
    return work


async def screen_seconds(dinas: Path, schools: int) -> tuple[float, float]:
    """From starting the app on the district folder to its screen listing every school, and
    to the screen showing every school's figures and the figures across schools."""
    from textual.widgets import DataTable, Static

    from observasi.tui.app import ObservasiApp
    from observasi.tui.screens.district_screen import DistrictScreen

    started = time.perf_counter()
    listed = 0.0
    app = ObservasiApp(AppContext(Settings(data_dir=dinas)))
    async with app.run_test(size=(80, 24)):
        while True:
            screen = app.screen
            if isinstance(screen, DistrictScreen) and screen.is_mounted:
                table = screen.query_one("#district-schools", DataTable)
                if table.row_count == schools and not listed:
                    listed = time.perf_counter() - started
                if listed and str(screen.query_one("#district-across", Static).content):
                    return listed, time.perf_counter() - started
            await asyncio.sleep(0.02)


def forget_counted() -> None:
    """As in a new process: no school's figures kept from an earlier recap."""
    from observasi.district import recap

    recap._KEPT.clear()


def main(argv: list[str]) -> int:
    profile = "--profile" in argv
    numbers = [int(a) for a in argv if not a.startswith("--")]
    schools = numbers[0] if numbers else 200
    per_school = numbers[1] if len(numbers) > 1 else 640
    dinas = district_folder(schools, per_school)
    context = AppContext(Settings(data_dir=dinas))
    period = Period.of_semester("2026-1")
    walls: list[float] = []
    cpus: list[float] = []
    final = 0
    for _ in range(5):
        forget_counted()
        started, cpu = time.perf_counter(), time.process_time()
        recap = build_district_recap(context, period)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        final = recap.across.final_count
    load = os.getloadavg()
    started = time.perf_counter()
    build_district_recap(context, period)
    again = time.perf_counter() - started
    print(
        f"district recap, {schools} schools, {final:,} final: median {statistics.median(walls):.2f} s "
        f"(best {min(walls):.2f} s; CPU median {statistics.median(cpus):.2f} s); "
        f"walls {[round(w, 2) for w in walls]}; load average {load[0]:.2f}; "
        f"again with no school read since: {again:.3f} s"
    )
    # The screen: without kept figures (the file removed: every school counted, as before
    # round 4) and with them (as `district sync` or an earlier open leaves them).
    for kept in (False, True):
        opens = []
        cpus_open = []
        for _ in range(5):
            forget_counted()
            path = figures.figures_path(dinas)
            if kept:
                if not path.is_file():
                    figures.count(context, period)
            else:
                path.unlink(missing_ok=True)
            cpu = time.process_time()
            opens.append(asyncio.run(screen_seconds(dinas, schools)))
            cpus_open.append(time.process_time() - cpu)
        listed, shown = [o[0] for o in opens], [o[1] for o in opens]
        print(
            f"district TUI screen, first open in a session, {'with' if kept else 'without'} kept figures: every "
            f"school listed median {statistics.median(listed):.2f} s (best {min(listed):.2f} s); with every "
            f"school's figures and the figures across median {statistics.median(shown):.2f} s (best "
            f"{min(shown):.2f} s; CPU median {statistics.median(cpus_open):.2f} s); load average {os.getloadavg()[0]:.2f}"
        )
    if profile:
        pr = cProfile.Profile()
        pr.enable()
        build_district_recap(context, period)
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(45)
    context.store.close()
    shutil.rmtree(dinas.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
