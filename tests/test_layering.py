"""The layers stay apart: nothing below the TUI imports Textual (checked in a fresh
interpreter), the sheet and the recap do not import each other, only paths.py names places
under the data directory, and the command line starts without the heavy libraries."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

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
    "observasi.demo",
    "observasi.context",
    "observasi.sync",
    "observasi.sheet",
    "observasi.recap",
    "observasi.signing",
    "observasi.privacy",
    "observasi.files",
    "observasi.paths",
    "observasi.fonts",
]

PACKAGE = Path(__file__).parent.parent / "observasi"


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
    """`observasi --help` and plain commands start fast: no reportlab, pyhanko, openpyxl,
    textual or cryptography (the key commands import it when they run)."""
    code = (
        "import sys\n"
        "from observasi.cli.main import run\n"
        "try:\n    run(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [n for n in ('reportlab', 'pyhanko', 'openpyxl', 'textual', 'cryptography') if n in sys.modules]\n"
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


def imported_modules(path: Path) -> set[str]:
    """Every module *path* imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("area", "other"), [("sheet", "recap"), ("recap", "sheet")])
def test_the_sheet_and_the_recap_do_not_import_each_other(area: str, other: str) -> None:
    """What both need (writing files, fonts, signing) lives where both can reach it."""
    crossing = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / area).rglob("*.py"))
        for name in imported_modules(path)
        if name == f"observasi.{other}" or name.startswith(f"observasi.{other}.")
    ]
    assert not crossing


def test_only_paths_names_places_under_the_data_directory() -> None:
    # "data_dir / x" or "Path(data_dir) / x" anywhere but paths.py is a location named twice.
    joined = re.compile(r"data_dir\)?\s*/\s*\S")
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "paths.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if joined.search(line)
    ]
    assert not found
