"""observasi benchmarks: what a principal feels, against floors measured in the same run.

    python bench/run.py            # the full set on 10,000 observations / revision files
    python bench/run.py --quick    # a smaller set, under a minute
    python bench/run.py --check    # exit 1 when a figure is over its budget
    python bench/run.py --scale    # every path of issue 18 at 1k / 10k / 100k observations (bench/scale.py)
    python bench/run.py --readme   # write README's benchmark tables from bench/results.json

Each figure is the median of several repeats (these machines are shared and noisy) and is
printed next to its floor, their ratio, and the budget. Results go to bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dataset import make_dataset  # noqa: E402
from scale import PATH_KEYS, run_scale, scale_results, scale_table  # noqa: E402

RESULTS = HERE / "results.json"
README = HERE.parent / "README.md"
SCALE_START, SCALE_END = "<!-- scale table: written by bench/run.py --readme -->", "<!-- end of scale table -->"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None
    floor_name: str
    budget: str
    ok: bool

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


@dataclass(frozen=True)
class Setup:
    data_dir: Path  # the generated database of `size` observations
    size: int
    repeats: int
    quick: bool
    revision_files: int  # the sync section's folder
    cache: dict = field(default_factory=dict)  # measurements shared by sections (probes)


def median_of(repeats: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(repeats))


def _probe(kind: str, data_dir: Path | None) -> tuple[float, float]:
    args = [sys.executable, str(HERE / "startup_probe.py"), kind]
    if data_dir is not None:
        args.append(str(data_dir))
    args.append(repr(time.time()))
    # As on a user's laptop, modules load from their bytecode cache: some sandboxes set
    # PYTHONDONTWRITEBYTECODE, which makes every start compile observasi's sources again.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(args, capture_output=True, text=True, timeout=120, env=env)
    for line in out.stdout.splitlines():
        if line.startswith("READY"):
            _, seconds, rss = line.split()
            return float(seconds), float(rss)
    raise RuntimeError(f"{kind} did not become ready: {out.stderr[-2000:]}")


def _probes(setup: Setup) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(bare, observasi) start-ups, interleaved so a noisy moment hits both alike."""
    if "probes" not in setup.cache:
        _probe("bare", None), _probe("observasi", setup.data_dir)  # warm-up: caches, bytecode
        bare, real = [], []
        for _ in range(setup.repeats):
            bare.append(_probe("bare", None))
            real.append(_probe("observasi", setup.data_dir))
        setup.cache["probes"] = (bare, real)
    return setup.cache["probes"]


def bench_startup(setup: Setup) -> list[Figure]:
    bare, real = _probes(setup)
    bare_s = statistics.median(s for s, _ in bare)
    real_s = statistics.median(s for s, _ in real)
    return [
        Figure(
            "TUI start-up to home screen ready",
            real_s * 1000,
            "ms",
            bare_s * 1000,
            "bare Textual app: header, footer, a table of the home list's shape (200 x 8)",
            "<= 1.5x floor",
            real_s <= 1.5 * bare_s,
        ),
    ]


def bench_memory(setup: Setup) -> list[Figure]:
    bare, real = _probes(setup)
    peak = max(rss for _, rss in real)
    return [
        Figure(
            f"TUI peak memory on {setup.size:,} observations",
            peak,
            "MiB",
            statistics.median(r for _, r in bare),
            "bare Textual app",
            "< 150 MiB",
            peak < 150,
        ),
    ]


def bench_sync(setup: Setup) -> list[Figure]:
    import sync_import

    m = sync_import.measure(setup.revision_files, setup.repeats)
    # The budgets are for 10,000 files; a --quick run on fewer scales them down.
    scale = setup.revision_files / 10_000
    first_budget, rescan_budget = 3.0 * scale, 0.5 * scale
    floor_name = "list the folders + json.loads every file"
    return [
        Figure(
            f"sync first import, {setup.revision_files:,} revision files",
            m["first_s"] * 1000,
            "ms",
            m["floor_s"] * 1000,
            floor_name,
            f"< {first_budget:g} s",
            m["first_s"] < first_budget,
        ),
        Figure(
            f"sync no-op rescan, {setup.revision_files:,} files",
            m["rescan_s"] * 1000,
            "ms",
            m["floor_s"] * 1000,
            floor_name,
            f"< {rescan_budget:g} s",
            m["rescan_s"] < rescan_budget,
        ),
    ]


def _sheet(setup: Setup) -> dict[str, float]:
    import sheet_sign

    if "sheet" not in setup.cache:
        setup.cache["sheet"] = sheet_sign.measure(max(setup.repeats, 5))
    return setup.cache["sheet"]


def bench_sheet(setup: Setup) -> list[Figure]:
    m = _sheet(setup)
    return [
        Figure(
            "feedback sheet PDF (one observation)",
            m["sheet_s"] * 1000,
            "ms",
            m["floor_s"] * 1000,
            "like-for-like sheet, plain reportlab",
            "<= 2x floor",
            m["sheet_s"] <= 2 * m["floor_s"],
        ),
    ]


def bench_sign(setup: Setup) -> list[Figure]:
    m = _sheet(setup)
    return [
        Figure(
            "sign one sheet (PAdES, key loaded)", m["sign_s"] * 1000, "ms", None, "-", "< 30 ms", m["sign_s"] < 0.030
        ),
    ]


def bench_keystroke(setup: Setup) -> list[Figure]:
    import keystroke

    # A digit pressed on the live screen (a Textual pilot) to its durable commit.
    m = keystroke.measure(setup.data_dir, 200 if setup.quick else 500)
    floor_name = "bare Textual app: key handler upserts one row + commit (WAL, synchronous=FULL)"
    return [
        Figure(
            "live screen: digit key to durable commit, p50",
            m["keystroke_p50_ms"],
            "ms",
            m["floor_p50_ms"],
            floor_name,
            "< 10 ms",
            m["keystroke_p50_ms"] < 10,
        ),
        Figure(
            "live screen: digit key to durable commit, p99",
            m["keystroke_p99_ms"],
            "ms",
            m["floor_p99_ms"],
            floor_name,
            "<= 3x floor",
            m["keystroke_p99_ms"] <= 3 * m["floor_p99_ms"],
        ),
        Figure(
            "scorings of the record per score keystroke",
            m["scorings_per_keystroke"],
            "",
            None,
            "",
            "1",
            m["scorings_per_keystroke"] == 1,
        ),
    ]


# In running order: the TUI sections last (they need the app, and start processes).
SECTIONS: dict[str, Callable[[Setup], list[Figure]]] = {
    "sync": bench_sync,
    "keystroke": bench_keystroke,
    "sheet": bench_sheet,
    "sign": bench_sign,
    "startup": bench_startup,
    "memory": bench_memory,
}


def table_lines(figures: list[Figure]) -> list[str]:
    """The figures as a Markdown table (pasted as is into the README)."""
    lines = ["| figure | value | floor (same run) | ratio | budget | ok |", "|---|---:|---:|---:|---|---|"]
    for f in figures:
        floor = f"{f.floor:,.1f} {f.unit} ({f.floor_name})" if f.floor is not None else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        lines.append(
            f"| {f.name} | {f.value:,.1f} {f.unit} | {floor} | {ratio} | {f.budget} | {'yes' if f.ok else '**NO**'} |"
        )
    return lines


def describe_machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()} ({platform.platform()}), {cpu}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller data and fewer repeats (under a minute)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is over its budget")
    parser.add_argument("--only", choices=list(SECTIONS), action="append", help="run only these sections")
    parser.add_argument("--scale", action="store_true", help="the scale section (bench/scale.py)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="with --scale: the sizes, comma-separated")
    parser.add_argument(
        "--paths", help="with --scale: only these paths (comma-separated: " + ", ".join(PATH_KEYS) + ")"
    )
    parser.add_argument("--repeats", type=int, default=3, help="with --scale: repeats below 100,000 (median)")
    parser.add_argument("--merge", action="store_true", help="with --scale: keep the other sizes' figures")
    parser.add_argument("--readme", action="store_true", help="write README's tables from bench/results.json")
    args = parser.parse_args(argv)
    if args.readme:
        write_readme()
        return 0
    if args.scale:
        return main_scale(
            [int(s) for s in args.sizes.split(",")],
            args.paths.split(",") if args.paths else list(PATH_KEYS),
            args.check,
            args.repeats,
            args.merge,
        )
    size = 1_000 if args.quick else 10_000
    repeats = 3 if args.quick else 5
    started = time.perf_counter()
    setup = Setup(make_dataset(size), size, repeats, args.quick, revision_files=10_000)
    figures: list[Figure] = []
    failed: dict[str, str] = {}
    for name in [n for n in SECTIONS if n in (args.only or SECTIONS)]:
        section_started = time.perf_counter()
        try:
            figures += SECTIONS[name](setup)
        except Exception as exc:
            failed[name] = f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"
        print(f"  {name}: {time.perf_counter() - section_started:.1f} s", file=sys.stderr)
    machine = describe_machine()
    print(
        f"observasi benchmarks, {size:,} observations / {setup.revision_files:,} revision files, "
        f"median of {repeats} repeats\n{machine}\n"
    )
    lines = table_lines(figures)
    print("\n".join(lines))
    for name, reason in failed.items():
        print(f"\nsection {name!r} could not run: {reason}")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    _save_results(
        {
            "size": size,
            "revision_files": setup.revision_files,
            "repeats": repeats,
            "quick": args.quick,
            "machine": machine,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cores": os.cpu_count(),
            "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
            "figures": [{**asdict(f), "ratio": f.ratio} for f in figures],
            "failed": failed,
            "table": lines,
        }
    )
    return 1 if args.check and (failed or not all(f.ok for f in figures)) else 0


def _save_results(update: dict) -> None:
    """Merge *update* into bench/results.json (the scale section and the rest keep each other)."""
    saved = _load_results()
    saved.update(update)
    RESULTS.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


def main_scale(sizes: list[int], paths: list[str], check: bool, repeats: int = 3, merge: bool = False) -> int:
    """Run the scale section; with *merge*, the sizes and paths measured replace theirs in
    bench/results.json and the rest stay (100,000 can be run apart from the smaller sizes)."""
    started = time.perf_counter()
    before = load_line()
    results = run_scale(sizes, paths, repeats)
    after = load_line()
    run = {
        "sizes": sizes,
        "paths": paths,
        "repeats": repeats,
        "when": time.strftime("%Y-%m-%d %H:%M %Z", time.gmtime()),
        "load_before": before,
        "load_after": after,
    }
    measured = scale_results(results)
    old = _load_results().get("scale", {}) if merge else {}
    if old:
        measured = merge_paths(old["paths"], measured)
    all_sizes = sorted({p["size"] for r in measured for p in r["points"]})
    saved = {
        "sizes": all_sizes,
        "machine": describe_machine(),
        "runs": [*old.get("runs", []), run],
        "paths": measured,
        "table": scale_table(measured, all_sizes),
    }
    print(f"observasi at scale: {', '.join(f'{s:,}' for s in sizes)} observations\n{saved['machine']}")
    print(f"{run['when']}; {before} before, {after} after\n")
    print("\n".join(saved["table"]))
    print(f"\n({time.perf_counter() - started:.0f} s)")
    _save_results({"scale": saved})
    return 1 if check and not all(r.ok for r in results) else 0


def merge_paths(old: list[dict], new: list[dict]) -> list[dict]:
    """*old*'s paths with *new*'s points put in (a point of the same size replaced); each
    path's verdict judged again on all its points."""
    from scale import CASES, Point, Run

    by_name = {r["name"]: r for r in old}
    for result in new:
        kept = by_name.get(result["name"])
        if kept is None:
            by_name[result["name"]] = result
            continue
        sizes = {p["size"] for p in result["points"]}
        kept["points"] = sorted(
            [p for p in kept["points"] if p["size"] not in sizes] + result["points"], key=lambda p: p["size"]
        )
        kept["error"] = result["error"] or (kept["error"] if not sizes else None)
    merged = list(by_name.values())
    checks = {c.name: c.check for c in CASES}
    for r in merged:
        points = [Point(p["size"], Run(**p["value"]), Run(**p["floor"]) if p["floor"] else None) for p in r["points"]]
        r["ok"] = checks[r["name"]](points) if points and not r["error"] and r["name"] in checks else None
    return merged


def _load_results() -> dict:
    try:
        return dict(json.loads(RESULTS.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def readme_scale_block(saved: dict) -> str:
    scale = saved["scale"]
    runs = "; ".join(
        f"{', '.join(f'{s:,}' for s in run['sizes'])} measured {run['when']} ({run['load_before']} before, "
        f"{run['load_after']} after)"
        for run in scale["runs"]
    )
    return "\n".join([SCALE_START, f"On {scale['machine']}. {runs}.", "", *scale["table"], SCALE_END])


def write_readme() -> None:
    """Put bench/results.json's scale table into README.md between its markers."""
    saved = json.loads(RESULTS.read_text(encoding="utf-8"))
    text = README.read_text(encoding="utf-8")
    start, end = text.index(SCALE_START), text.index(SCALE_END) + len(SCALE_END)
    README.write_text(text[:start] + readme_scale_block(saved) + text[end:], encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
