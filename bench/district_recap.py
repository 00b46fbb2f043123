"""The district recap at scale: ``build_district_recap`` timed over a district data folder
that has read every school of a generated district (made once from the bucket data of
``district_bucket.py`` and kept under bench/data/, so a later run times the recap alone).

    python bench/district_recap.py [SCHOOLS] [FILES_PER_SCHOOL] [--profile]

Prints the wall and CPU time of each of five recaps (median and best; each as the first of
a session, nothing kept from the one before), the load average, one recap again (every
school's figures kept), and with ``--profile`` the cProfile of one more; then the district's TUI screen opened five
times (a fresh app each time, 80x24): from starting the app to the screen showing every
school's line and the figures across schools, as the first open of a session and again.
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import district_bucket  # noqa: E402  (its DATA folder)
from revision_files import write_revision_files  # noqa: E402

from observasi.context import AppContext  # noqa: E402
from observasi.district import reader  # noqa: E402
from observasi.district.recap import build_district_recap  # noqa: E402
from observasi.district.schools import add_school  # noqa: E402
from observasi.recap.period import Period  # noqa: E402
from observasi.settings import Settings  # noqa: E402
from observasi.sync import device_key, devices  # noqa: E402
from observasi.sync.service import sync  # noqa: E402


def district_folder(schools: int, per_school: int) -> Path:
    """A district data folder that has read *schools* shared folders of *per_school*
    genuine revision files each (written by a member laptop of each school, the district
    approved by each school as a school approves it). Built once under bench/data/, kept."""
    folder = district_bucket.DATA / f"district-recap-{schools}x{per_school}"
    done = folder / "read"
    if done.is_file():
        return folder / "dinas"
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    district = AppContext(Settings(data_dir=folder / "dinas"))
    writers: dict[str, tuple[AppContext, Path]] = {}
    for i in range(schools):
        name = f"Sekolah {i:03d}"
        shared = folder / "drives" / f"sekolah-{i:03d}"
        shared.mkdir(parents=True)
        writer = AppContext(Settings(data_dir=folder / "laptops" / f"sekolah-{i:03d}"))
        sync(writer, shared)  # founds the school in its folder
        writers[name] = (writer, shared)
        add_school(district, name, str(shared))
    for read in reader.read_all(district):
        code = (read.error or "").split("setujui kode ", 1)[1].split(";", 1)[0]
        writer, shared = writers[read.school.name]
        devices.approve(writer, code)
    for i, (writer, shared) in enumerate(writers.values()):
        member = (writer.store.device_id, device_key.load_or_create(writer.store.data_dir))
        write_revision_files(shared, per_school, writer=member, seed=i + 1)
        writer.store.close()
    made = time.perf_counter() - started
    started = time.perf_counter()
    reads = reader.read_all(district)
    failed = [r.error for r in reads if r.error]
    if failed:
        raise SystemExit(f"{len(failed)} schools failed: {failed[:3]}")
    received = sum(r.report.received for r in reads if r.report)
    district.store.close()
    done.write_text(f"{received} revisions read in {time.perf_counter() - started:.0f} s (made in {made:.0f} s)\n")
    return folder / "dinas"


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
    for kept in (False, True):
        opens = []
        for _ in range(5):
            if not kept:
                forget_counted()
            opens.append(asyncio.run(screen_seconds(dinas, schools)))
        listed, shown = [o[0] for o in opens], [o[1] for o in opens]
        print(
            f"district TUI screen, {'again in the same session' if kept else 'first in a session'}: every school "
            f"listed median {statistics.median(listed):.2f} s (best {min(listed):.2f} s); with every school's "
            f"figures and the figures across median {statistics.median(shown):.2f} s (best {min(shown):.2f} s); "
            f"load average {os.getloadavg()[0]:.2f}"
        )
    if profile:
        pr = cProfile.Profile()
        pr.enable()
        build_district_recap(context, period)
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(45)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
