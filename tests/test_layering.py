"""The core never imports Textual: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "observasi.core.instrument",
    "observasi.core.form_loader",
    "observasi.core.forms",
    "observasi.core.record",
    "observasi.core.scoring",
    "observasi.core.dates",
    "observasi.store",
    "observasi.store.roster",
    "observasi.record",
    "observasi.demo",
    "observasi.context",
    "observasi.sync",
    "observasi.sheet",
    "observasi.recap",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_does_not_import_textual(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"m = importlib.import_module({module!r})\n"
        "if hasattr(m, '__path__'):\n"
        "    for info in pkgutil.walk_packages(m.__path__, m.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(n for n in sys.modules if n == 'textual' or n.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in {out.stdout.strip()}"


def test_cli_help_does_not_load_heavy_libraries() -> None:
    """`observasi --help` and plain commands start fast: no reportlab, pyhanko, openpyxl, textual."""
    code = (
        "import sys\n"
        "from observasi.cli.main import run\n"
        "try:\n    run(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [n for n in ('reportlab', 'pyhanko', 'openpyxl', 'textual') if n in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY=\n" in out.stdout + "\n"


def test_the_tui_start_path_leaves_pydantic_and_sqlite_utils_for_later(tmp_path) -> None:
    """Opening the TUI on the home screen (command line, store, home list) imports neither
    pydantic nor sqlite-utils: together they were a third of the start-up. The app loads
    them in a worker once the home screen is drawn."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from observasi.cli import commands\n"
        "from observasi.context import AppContext\n"
        "from observasi.settings import Settings\n"
        "import observasi.tui.app, observasi.tui.screens.home_screen\n"
        f"context = AppContext(Settings(data_dir=Path({str(tmp_path / 'data')!r})))\n"
        "store = context.store\n"
        "store.is_set_up(); store.unfinished(); store.list_observations(limit=201)\n"
        "print('LOADED=' + ','.join(n for n in ('pydantic', 'sqlite_utils') if n in sys.modules))\n"
    )
    # A new data directory: the first open applies the migrations, which does need
    # sqlite-utils; the second open is the everyday start.
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED=\n" in out.stdout + "\n", out.stdout
