"""The scale section: every path of issue 18 at 1,000 / 10,000 / 100,000 observations.

    python bench/run.py --scale                  # all sizes, all paths
    python bench/run.py --scale --sizes 1000,10000 --paths list,recap

Each path is run as a user meets it (the command line as typed, a screen until it stops
changing) in a process of its own, started through bench/peak.py, which reports its wall
time, CPU seconds and peak memory; its floor (bench/scale_probe.py) does the same necessary
work the plainest way and runs right after it, so a busy moment of the shared machine hits
both. The load average is recorded with every figure. The smaller sizes take the median of
a few repeats; 100,000 runs once (it holds a core for a while). Growth is the exponent k of
time ~ size^k between two sizes (1 linear, 2 quadratic).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (1_000, 10_000, 100_000)
PROBE = str(HERE / "scale_probe.py")
ALL_YEARS = ("2000-01-01", "2099-12-31")
RECAP_SEMESTER = "2025-2"
SHEETS_IN_BATCH = 100


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_mib: float
    load: float  # one-minute load average when it ended


@dataclass
class Point:
    size: int
    value: Run
    floor: Run | None

    @property
    def ratio(self) -> float | None:
        return self.value.wall_s / self.floor.wall_s if self.floor and self.floor.wall_s else None


@dataclass
class PathResult:
    name: str
    floor_name: str
    budget: str
    points: list[Point] = field(default_factory=list)
    ok: bool | None = None
    error: str | None = None
    unit: str = "s"  # how its figures read: "ms" for a keystroke's

    def growth(self, small: int, large: int) -> float | None:
        got = {p.size: p.value.wall_s for p in self.points}
        if small in got and large in got and got[small] > 0:
            return math.log(got[large] / got[small]) / math.log(large / small)
        return None


def observasi_command() -> list[str]:
    """The `observasi` command as a user types it (the venv's entry point)."""
    script = Path(sys.executable).with_name("observasi.exe" if os.name == "nt" else "observasi")
    return [str(script)] if script.exists() else [sys.executable, "-m", "observasi"]


def measure(command: list[str]) -> tuple[Run, dict[str, tuple[float, float]]]:
    """Run *command* through peak.py; its figures and any TIMED lines it printed."""
    with tempfile.TemporaryDirectory(prefix="scale-peak-") as tmp:
        result = Path(tmp) / "result.json"
        out = Path(tmp) / "stdout"
        # peak.py discards stdout; probes print TIMED lines, so they go through a file.
        wrapped = [
            sys.executable,
            str(HERE / "peak.py"),
            str(result),
            "/bin/sh",
            "-c",
            '"$@" > "$0"',
            str(out),
            *command,
        ]
        done = subprocess.run(wrapped, capture_output=True, text=True, timeout=3600)
        if done.returncode or not result.exists():
            raise RuntimeError(f"{command[:3]} failed: {done.stderr[-800:]}")
        figures = json.loads(result.read_text(encoding="utf-8"))
        if figures["rc"]:
            raise RuntimeError(f"{' '.join(command[-4:])} exited {figures['rc']}: {done.stderr[-800:]}")
        timed = {}
        for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("TIMED "):
                _, name, wall, cpu = line.split()
                timed[name] = (float(wall), float(cpu))
    run = Run(figures["wall_s"], figures["cpu_s"], figures["peak_mib"], os.getloadavg()[0])
    return run, timed


def part(run: Run, timed: dict[str, tuple[float, float]], name: str) -> Run:
    """The part of a probe's run it timed itself (the peak memory is the whole process')."""
    wall, cpu = timed[name]
    return Run(wall, cpu, run.peak_mib, run.load)


def median_run(runs: list[Run]) -> Run:
    runs = sorted(runs, key=lambda r: r.wall_s)
    middle = runs[len(runs) // 2]
    return Run(middle.wall_s, statistics.median(r.cpu_s for r in runs), max(r.peak_mib for r in runs), middle.load)


@dataclass
class Case:
    """One path: how to measure it and its floor at a size (both return Runs keyed by name)."""

    name: str
    floor_name: str
    budget: str
    measure: Callable[[Path, int, Path], tuple[Run, Run]]
    check: Callable[[list[Point]], bool]
    unit: str = "s"
    repeats: int | None = None  # None: run_scale's; a path that takes its own samples says 1


def _cli(data: Path, *args: str) -> list[str]:
    return [*observasi_command(), "--data-dir", str(data), *args]


def _probe(kind: str, *args: str) -> list[str]:
    return [sys.executable, PROBE, kind, *args]


def case_teachers(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    run, timed = measure(_probe("teachers", str(data)))
    floor, floor_timed = measure(_probe("teachers-floor", str(data)))
    return part(run, timed, "teachers"), part(floor, floor_timed, "teachers")


def case_home(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    run, timed = measure(_probe("home", str(data)))
    floor, floor_timed = measure(_probe("home-floor", str(data)))
    return part(run, timed, "home"), part(floor, floor_timed, "home")


def case_list(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    return measure(_cli(data, "list"))[0], measure(_probe("list-floor", str(data)))[0]


def case_recap(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    run = measure(_cli(data, "recap", "--from", ALL_YEARS[0], "--to", ALL_YEARS[1]))[0]
    return run, measure(_probe("recap-floor", str(data)))[0]


def case_recap_pdf(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    run = measure(_cli(data, "recap", "--semester", RECAP_SEMESTER, "-o", str(tmp / "rekap.pdf")))[0]
    return run, measure(_probe("recap-pdf-floor", str(data), RECAP_SEMESTER, str(tmp / "floor.pdf")))[0]


def batch_since(data: Path) -> str:
    """The date from which about SHEETS_IN_BATCH records were observed."""
    import sqlite3

    conn = sqlite3.connect(f"file:{data / 'observasi.db'}?mode=ro", uri=True)
    [(date,)] = conn.execute(
        "select date from observations where deleted = 0 order by date desc limit 1 offset ?", [SHEETS_IN_BATCH - 1]
    ).fetchall()
    conn.close()
    return str(date)


def case_sheets(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    since = batch_since(data)
    run = measure(_cli(data, "sheets", "-o", str(tmp / "lembar"), "--since", since))[0]
    return run, measure(_probe("sheets-floor", str(data), since, str(tmp / "floor")))[0]


SIGN_PASSPHRASE = "bench-passphrase"  # bench/sheet_sign.py's; at least MIN_PASSPHRASE long
SIGN_REPEATS = 5


def signable_record(data: Path) -> str:
    """A final record observed by this laptop's person (the data set's principal), whose
    observer key is made once in the data folder (keys/ beside the database; nothing else
    in the data set changes)."""
    import sqlite3

    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.signing import keys

    context = AppContext(Settings(data_dir=data))
    if not keys.has_key(context):
        keys.create_key(context, SIGN_PASSPHRASE)
    context.store.close()
    conn = sqlite3.connect(f"file:{data / 'observasi.db'}?mode=ro", uri=True)
    [(obs_id,)] = conn.execute(
        "select id from observations where deleted = 0 and status = 'final' and observer_id = "
        "(select json_extract(value, '$') from settings where key = 'self_observer_id') order by date desc limit 1"
    ).fetchall()
    conn.close()
    return str(obs_id)


def case_sign(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    """`observasi sheet ID --sign` as typed (the passphrase in OBSERVASI_PASSPHRASE, as a
    script gives it) against `observasi sheet ID` as typed: both whole processes, taking
    turns, the median of SIGN_REPEATS each. What signing adds is the difference: key
    decryption (Argon2id, 64 MiB, 3 passes: the key's protection, not to be cheapened),
    pyHanko's import and the signature itself. The signed command imports pyHanko and signs
    in a helper process of its own (observasi/signing/pdf_signature.py), alongside the
    drawing: its CPU seconds are counted here (a process' children's are), but the peak is
    the larger of the two processes' (about 57 MiB for the helper beside the command's
    own), not what both hold at once."""
    obs_id = signable_record(data)
    os.environ["OBSERVASI_PASSPHRASE"] = SIGN_PASSPHRASE
    signed, plain = [], []
    try:
        for n in range(SIGN_REPEATS):
            signed.append(measure(_cli(data, "sheet", obs_id, "--sign", "-o", str(tmp / f"signed-{n}.pdf")))[0])
            plain.append(measure(_cli(data, "sheet", obs_id, "-o", str(tmp / f"plain-{n}.pdf")))[0])
    finally:
        os.environ.pop("OBSERVASI_PASSPHRASE")
    return median_run(signed), median_run(plain)


KEYSTROKE_KEYS = 400  # the p99 of 400 keys is their fifth slowest: less hostage to one slow disk flush


def case_keystroke(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    """bench/keystroke.py in a process of its own: digits pressed on the live screen of a
    draft in the data set (a scratch copy of it, kept beside it) and on the bare floor, in
    turns; its p99 key-to-commit time and the p99 of the CPU each key took, in seconds.
    The peak memory is the whole process' (both apps ran in it)."""
    scratch = data.parent / f"{data.name}-keystroke"
    command = [sys.executable, str(HERE / "keystroke.py"), "--timed", str(data), str(KEYSTROKE_KEYS), str(scratch)]
    run, timed = measure(command)
    return part(run, timed, "keystroke"), part(run, timed, "floor")


def revision_folder(size: int) -> Path:
    sys.path.insert(0, str(HERE))
    from sync_import import revision_folder as folder

    return folder(size)


def case_sync(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    shared = revision_folder(size)  # puts bench/ on the path
    from sync_import import warm

    (tmp / "sync").mkdir()
    (tmp / "floor").mkdir()
    warm(shared)  # both meet the folder in the page cache (sync_import.warm says why)
    run, timed = measure(_probe("sync", str(tmp / "sync"), str(shared)))
    warm(shared)
    floor, floor_timed = measure(_probe("sync-floor", str(tmp / "floor"), str(shared)))
    key = (part(run, timed, "rescan"), part(floor, floor_timed, "rescan"))
    _RESCANS[size] = key
    return part(run, timed, "import"), part(floor, floor_timed, "import")


_RESCANS: dict[int, tuple[Run, Run]] = {}


def case_rescan(data: Path, size: int, tmp: Path) -> tuple[Run, Run]:
    if size not in _RESCANS:  # measured with the import it follows
        case_sync(data, size, tmp)
    return _RESCANS.pop(size)


def at(points: list[Point], size: int) -> Point | None:
    return next((p for p in points if p.size == size), None)


def biggest(points: list[Point]) -> Point:
    return max(points, key=lambda p: p.size)


CASES = [
    Case(
        "teachers screen (`g` to settled)",
        "bare Textual app + grouped sqlite3 query, same table",
        "< 1.5 s at 100k",
        case_teachers,
        lambda pts: biggest(pts).value.wall_s < 1.5,
    ),
    Case(
        "`observasi list`",
        "sqlite3: same columns, one line each",
        "<= 1.5x floor at 100k",
        case_list,
        lambda pts: (biggest(pts).ratio or 0) <= 1.5,
    ),
    Case(
        "`observasi recap`, all years",
        "sqlite3: the recap's figures grouped in SQL",
        "< 3 s and < 150 MiB at 100k",
        case_recap,
        lambda pts: biggest(pts).value.wall_s < 3 and biggest(pts).value.peak_mib < 150,
    ),
    Case(
        f"`observasi recap --semester {RECAP_SEMESTER} -o rekap.pdf`",
        "sqlite3 + reportlab: the same tables, plain strings",
        "< 10 s at 100k",
        case_recap_pdf,
        lambda pts: biggest(pts).value.wall_s < 10,
    ),
    Case(
        f"`observasi sheets` batch of ~{SHEETS_IN_BATCH}",
        "per record: rows by primary key + a like-for-like reportlab table",
        "<= 2x floor",
        case_sheets,
        lambda pts: all((p.ratio or 0) <= 2 for p in pts),
    ),
    Case(
        "sync first import (as many revision files as observations)",
        "read + verify (both hashes, signature) + store each, batched",
        "<= 1.5x floor, < 200 MiB at 100k",
        case_sync,
        lambda pts: all((p.ratio or 0) <= 1.5 for p in pts) and biggest(pts).value.peak_mib < 200,
    ),
    Case(
        "sync no-op rescan",
        "list every folder + stat every file",
        "<= 1.5x floor",
        case_rescan,
        lambda pts: all((p.ratio or 0) <= 1.5 for p in pts),
    ),
    Case(
        "start-up to a settled home screen",
        "bare Textual app: list's first page + the 4 filters' queries",
        "<= 1.5x floor at 100k",
        case_home,
        lambda pts: (biggest(pts).ratio or 0) <= 1.5,
    ),
    Case(
        "`observasi sheet ID --sign` as typed (passphrase in the environment)",
        "`observasi sheet ID` as typed, same record",
        "< 0.5 s above the floor",
        case_sign,
        lambda pts: all(p.floor is not None and p.value.wall_s - p.floor.wall_s < 0.5 for p in pts),
    ),
    Case(
        f"digit key on the live screen to durable commit, p99 of {KEYSTROKE_KEYS}",
        "bare Textual app: the key handler upserts one row + commit (WAL, synchronous=FULL)",
        "p99 <= 3x floor",
        case_keystroke,
        lambda pts: all((p.ratio or 0) <= 3 for p in pts),
        unit="ms",
        repeats=1,
    ),
]
PATH_KEYS = ("teachers", "list", "recap", "recap-pdf", "sheets", "sync", "rescan", "startup", "sign", "keystroke")


def warm(data: Path) -> None:
    """Open the database once (a pending migration, the page cache) before anything is timed."""
    byte_compile()
    subprocess.run([*_cli(data, "list", "--status", "draft")], capture_output=True, timeout=3600, check=True)


def read_into_cache(data: Path) -> None:
    """Read the database's files once, so the path and its floor both meet them in the page
    cache. Some hosts reclaim pages not touched for a while (DAMON's kdamond here): after
    the 100k import's minute, the next path's first run read the database from the disk
    and its floor, right after, did not (start-up 1.73 s against 1.13 s; 0.50 s warm)."""
    for path in sorted(data.glob("observasi.db*")):
        with path.open("rb") as stream:
            while stream.read(1 << 20):
                pass


def byte_compile() -> None:
    """Write observasi's bytecode cache, as installing it does (pip compiles every module).
    Some sandboxes set PYTHONDONTWRITEBYTECODE: there each timed command compiled every
    observasi module it imported, again (about 0.1 s CPU of `observasi list`, more than its
    floor), which no user's laptop does. The floors' modules (stdlib, site-packages) have
    their cache already."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("observasi")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def run_scale(sizes: list[int], paths: list[str], repeats: int = 3) -> list[PathResult]:
    sys.path.insert(0, str(HERE))
    byte_compile()
    from scale_data import make_scaled_dataset

    chosen = [case for key, case in zip(PATH_KEYS, CASES, strict=True) if key in paths]
    results = [PathResult(c.name, c.floor_name, c.budget, unit=c.unit) for c in chosen]
    for size in sizes:
        data = make_scaled_dataset(size)
        warm(data)
        for case, result in zip(chosen, results, strict=True):
            if result.error:
                continue
            values, floors = [], []
            read_into_cache(data)
            try:
                for _ in range(case.repeats or (repeats if size < 100_000 else 1)):
                    with tempfile.TemporaryDirectory(prefix="scale-run-") as tmp:
                        value, floor = case.measure(data, size, Path(tmp))
                    values.append(value)
                    floors.append(floor)
            except Exception as exc:  # a path that fails is reported, the others still run
                result.error = f"{size:,}: {type(exc).__name__}: {str(exc).strip()[-300:]}"
                continue
            point = Point(size, median_run(values), median_run(floors))
            result.points.append(point)
            print(
                f"  {size:>7,} {case.name}: {_cell(asdict(point.value), case.unit)} "
                f"floor {_cell(asdict(point.floor), case.unit)}, load {point.value.load:.1f}",
                file=sys.stderr,
                flush=True,
            )
    for case, result in zip(chosen, results, strict=True):
        if result.points and not result.error:
            result.ok = case.check(result.points)
    return results


def scale_table(results: list[dict], sizes: list[int]) -> list[str]:
    """The scale results as a Markdown table (the README's is generated from this)."""
    head = (
        "| path | "
        + " | ".join(f"{s // 1000}k" for s in sizes)
        + " | floor at largest | ratio: wall (CPU) | growth | load | budget | ok |"
    )
    lines = [head, "|---|" + "---:|" * len(sizes) + "---:|---:|---:|---:|---|---|"]
    for r in results:
        points = {p["size"]: p for p in r["points"]}
        unit = r.get("unit", "s")
        cells = [_cell(points[s]["value"], unit) if s in points else "-" for s in sizes]
        last = points[max(points)] if points else None
        floor = _cell(last["floor"], unit) if last and last["floor"] else "-"
        ratio = "-"
        if last and last["floor"] and last["floor"]["wall_s"] and last["floor"]["cpu_s"]:
            wall = last["value"]["wall_s"] / last["floor"]["wall_s"]
            ratio = f"{wall:.2f}x ({last['value']['cpu_s'] / last['floor']['cpu_s']:.2f}x)"
        growth = " / ".join(
            f"{math.log(points[b]['value']['wall_s'] / points[a]['value']['wall_s']) / math.log(b / a):.2f}"
            for a, b in zip(sorted(points), sorted(points)[1:], strict=False)
            if points[a]["value"]["wall_s"] > 0
        )
        load = f"{last['value']['load']:.1f}" if last else "-"
        ok = "-" if r["ok"] is None else ("yes" if r["ok"] else "**NO**" + _by_size(points))
        if r.get("error"):
            ok = f"failed at {r['error'].split(':')[0]}"
        lines.append(
            f"| {r['name']} | {' | '.join(cells)} | {floor} | {ratio} | {growth or '-'} | {load} | {r['budget']} | {ok} |"
        )
    return lines


def _by_size(points: dict[int, dict]) -> str:
    """A missed budget's wall ratio at each size, so a reader sees where it is missed (the
    ratio column shows the largest size only)."""
    ratios = [
        f"{size // 1000}k {p['value']['wall_s'] / p['floor']['wall_s']:.2f}x"
        for size, p in sorted(points.items())
        if p["floor"] and p["floor"]["wall_s"]
    ]
    return f" ({', '.join(ratios)})" if ratios else ""


def _cell(run: dict, unit: str = "s") -> str:
    """Wall time, CPU seconds and peak memory of one measured run (a keystroke's in ms)."""
    if unit == "ms":
        return f"{run['wall_s'] * 1000:.1f} ms ({run['cpu_s'] * 1000:.1f} ms CPU), {run['peak_mib']:.0f} MiB"
    return f"{run['wall_s']:.2f} s ({run['cpu_s']:.2f} s CPU), {run['peak_mib']:.0f} MiB"


def scale_results(results: list[PathResult]) -> list[dict]:
    return [asdict(r) for r in results]


def clean_tmp(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
