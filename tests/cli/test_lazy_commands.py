"""A command imports its own module, not every area's (issue 18: `observasi list` spent
about half its time importing signing, sync, districts and PDFs it never used); help and
every walk over the commands still see them all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from observasi.cli.commands import COMMAND_MODULES, cli
from tests.cli.helpers import observasi


def _modules_of(command: click.Command) -> set[str]:
    """The modules whose functions make *command* and its sub-commands."""
    found = {command.callback.__module__} if command.callback else set()
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            found |= _modules_of(sub)
    return found


def test_the_table_names_every_command_and_the_modules_that_make_it() -> None:
    # A new command still runs without its row (every module is then imported to find
    # it), only slower: give it a row in observasi/cli/commands.py's COMMAND_MODULES.
    missing = {
        name: sorted(m.removeprefix("observasi.cli.") for m in _modules_of(command))
        for name, command in cli.commands.items()
        if name not in COMMAND_MODULES
    }
    assert not missing, f"add to COMMAND_MODULES: {missing}"
    assert set(COMMAND_MODULES) <= set(cli.commands), set(COMMAND_MODULES) - set(cli.commands)
    for name, command in cli.commands.items():
        made_by = {m.removeprefix("observasi.cli.") for m in _modules_of(command)}
        assert made_by <= set(COMMAND_MODULES[name]), f"COMMAND_MODULES[{name!r}] should list {sorted(made_by)}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    result = observasi(capsys, "--help")
    assert result.code == 0
    for name in COMMAND_MODULES:
        assert f"  {name} " in result.out, name


def _modules_after(args: list[str]) -> list[str]:
    """The observasi.cli modules imported by running `observasi *args*` in a fresh process."""
    code = (
        "import json, sys\n"
        "from observasi.cli.main import run\n"
        "try:\n    run(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('observasi.cli.'))), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_list_imports_only_its_own_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert observasi(capsys, "--data-dir", str(tmp_path), "teachers", "add", "Ani").code == 0
    imported = _modules_after(["--data-dir", str(tmp_path), "list"])
    assert [m for m in imported if m.endswith("_cmd")] == ["observasi.cli.records_cmd"]
    # A group whose sub-commands come from two modules brings both.
    imported = _modules_after(["--data-dir", str(tmp_path), "keys", "--help"])
    assert {"observasi.cli.keys_cmd", "observasi.cli.travel_cmd"} <= set(imported)


def test_a_mistyped_command_is_named_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    result = observasi(capsys, "lsit")
    assert result.code == 2
    assert "lsit" in result.err


def test_a_command_without_its_row_still_runs(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from observasi.cli import commands\n"
        "del commands.COMMAND_MODULES['list']\n"
        "from observasi.cli.main import run\n"
        "run(sys.argv[1:])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path), "list"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "observasi demo" in done.stdout  # the empty list's message: the command ran


def test_opening_the_app_imports_no_command_module(tmp_path: Path) -> None:
    """`observasi --data-dir DIR` (how a shortcut may open the app) runs no command: the
    data folder's check imports none of their modules (it imported them all)."""
    imported = _modules_after(["--data-dir", str(tmp_path)])
    assert [m for m in imported if m.endswith("_cmd")] == []
