"""Run in a child process: start an app headless, report when its first table has rows.

``python startup_probe.py bare`` starts a bare Textual app (header, a table of the same
shape as observasi's home list: 200 rows of 8 columns, footer): the floor.
``python startup_probe.py observasi DATA_DIR`` starts observasi on DATA_DIR the way the
``observasi`` command does (its command line parsed, every command registered), only
headless. Prints ``READY <seconds since the parent's launch stamp> <peak RSS MiB>``
once the table has rows and the screen has no work pending (Pilot.pause waits for that).
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
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
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
            table.add_columns("tanggal", "guru", "mapel", "kelas", "status", "nilai", "dinilai", "instrumen")
            for i in range(200):
                table.add_row(
                    "2026-11-24", f"Guru {i}", "Matematika", "VII-A", "final", "80,00", "24/24", "supervisi-akademik"
                )

    return Bare()


def run_observasi(data_dir: str) -> None:
    from observasi.cli import commands

    def open_headless(context) -> None:
        commands.start_tui(context).run(headless=True, size=(100, 30), auto_pilot=wait_for_rows)

    commands.open_tui = open_headless  # the command line's own path, without the terminal check
    commands.cli.main(args=["--data-dir", data_dir], standalone_mode=False)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_app().run(headless=True, size=(100, 30), auto_pilot=wait_for_rows)
    else:
        run_observasi(sys.argv[2])
