"""Run in a child process: start an app headless, report when its first table has rows.

``python startup_probe.py bare`` starts a bare Textual app (header, a table of 50 rows,
footer): the floor. ``python startup_probe.py observasi DATA_DIR`` starts observasi on
DATA_DIR. Prints ``READY <seconds since the parent's launch stamp> <peak RSS MiB>``.
"""

from __future__ import annotations

import sys
import time

LAUNCHED = float(sys.argv[-1])  # the parent's time.time() just before it started us


def peak_rss_mib() -> float:
    """This process's peak resident memory. Linux: VmHWM, which starts afresh at exec
    (ru_maxrss does not: it carries the parent's peak over, so a probe started by a
    benchmark that had imported 10,000 files reported the parent's memory)."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: the benchmark reports no memory figure there
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def wait_for_rows(pilot) -> None:
    from textual.widgets import DataTable

    app = pilot.app
    for _ in range(2000):
        await pilot.pause(0.005)
        tables = [t for t in app.screen.query(DataTable) if t.row_count > 0]
        if tables:
            break
    print(f"READY {time.time() - LAUNCHED:.4f} {peak_rss_mib():.1f}", flush=True)
    app.exit()


def bare_app():
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer, Header

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Header()
            yield DataTable()
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("id", "tanggal", "guru", "status", "nilai")
            for i in range(50):
                table.add_row(str(i), "2026-11-24", f"Guru {i}", "final", "80.00")

    return Bare()


def observasi_app(data_dir: str):
    from pathlib import Path

    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.tui.app import ObservasiApp

    context = AppContext(Settings(data_dir=Path(data_dir)))
    context.store  # noqa: B018 - as the CLI does before the app starts
    return ObservasiApp(context)


if __name__ == "__main__":
    kind = sys.argv[1]
    app = bare_app() if kind == "bare" else observasi_app(sys.argv[2])
    app.run(headless=True, size=(100, 30), auto_pilot=wait_for_rows)
