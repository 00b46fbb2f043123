"""The import graph keeps its layers: the contracts in pyproject.toml hold (lint-imports),
they catch a new violation, and the core never imports Textual, checked in a fresh
interpreter; the sheet and the recap do not import each other, only paths.py names places
under the data directory, and the command line starts without the heavy libraries."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports, as .ci/run runs it, on the package under *project*."""
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command is not None, "lint-imports is missing: install the test extra"
    env = {**os.environ, "PYTHONPATH": str(project)}  # this copy of observasi, not the installed one
    return subprocess.run(
        [command, "--no-cache"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


PACKAGE = Path(__file__).parent.parent / "observasi"


def test_the_import_contracts_hold() -> None:
    out = lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert " broken" not in out.stdout.replace("0 broken", "")


# Each change breaks one contract; the gate must name it.
LAYERS = "cli and tui on top"
VIOLATIONS: dict[str, tuple[list[tuple[str, str]], str]] = {
    "the core imports the store": ([("core/scoring.py", "observasi.store.store")], LAYERS),
    "the store imports a service": ([("store/models.py", "observasi.sync.naming")], LAYERS),
    "sync imports Textual": ([("sync/merge.py", "textual.app")], "Nothing below the tui imports Textual"),
    "a cycle between two services": (
        [("demo.py", "observasi.sync.naming"), ("sync/naming.py", "observasi.demo")],
        "No cycle between",
    ),
    "another package's private module": ([("sync/merge.py", "observasi.recap._private")], "starts with _"),
}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_a_new_violation_fails_the_gate(tmp_path: Path, case: str) -> None:
    imports, contract = VIOLATIONS[case]
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "pyproject.toml", project)
    shutil.copytree(ROOT / "observasi", project / "observasi", ignore=shutil.ignore_patterns("__pycache__"))
    (project / "observasi" / "recap" / "_private.py").write_text('"""Only for recap."""\n', encoding="utf-8")
    for module, imported in imports:
        target = project / "observasi" / module
        target.write_text(target.read_text(encoding="utf-8") + f"\nimport {imported}  # noqa\n", encoding="utf-8")
    out = lint_imports(project)
    assert out.returncode != 0, out.stdout
    broken = out.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, out.stdout


CORE_MODULES = [
    "observasi.core.instrument",
    "observasi.core.form_loader",
    "observasi.core.forms",
    "observasi.core.record",
    "observasi.core.scoring",
    "observasi.core.dates",
    "observasi.store",
    "observasi.roster",
    "observasi.record",
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
    "observasi.queries",
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
    """Opening the TUI on the home screen (command line, store, home list, the header's
    sync line) imports neither pydantic nor sqlite-utils: together they were a third of
    the start-up. The app loads them in a worker once the home screen is drawn. Nor the
    sync's cryptography: the sync line is four counts."""
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
        "from observasi.year.coverage import coverage\ncoverage(store)\n"
        # The header's sync line, read just after the first frame.
        "from observasi.sync.status import status\nstatus(context)\n"
        "print('LOADED=' + ','.join(n for n in ('pydantic', 'sqlite_utils', 'cryptography') if n in sys.modules))\n"
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
