"""The core never imports Textual: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "observasi.core.instrument", "observasi.core.form_loader", "observasi.core.forms",
    "observasi.core.record", "observasi.core.scoring", "observasi.core.dates",
    "observasi.store", "observasi.store.roster", "observasi.demo", "observasi.context",
    "observasi.sync", "observasi.sheet", "observasi.recap",
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
