"""The README tells the truth about the command line: every command that `observasi
--help` lists (and every command of a group such as `teachers`) has a row in its command
table, and `.ci/run` runs the README's test command as written."""

from __future__ import annotations

import re
from pathlib import Path

import click

from observasi.cli.commands import cli

ROOT = Path(__file__).resolve().parent.parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def listed_commands(group: click.Group, prefix: str = "") -> list[str]:
    """What `--help` lists, group by group: the commands that are not hidden."""
    found: list[str] = []
    ctx = click.Context(group, info_name="observasi")
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        if isinstance(command, click.Group):
            found += listed_commands(command, f"{prefix}{name} ")
        else:
            found.append(f"{prefix}{name}")
    return found


def table_commands() -> set[str]:
    """Each `observasi ...` written in the first cell of a row of the README's tables."""
    written: set[str] = set()
    for line in README.splitlines():
        if line.startswith("| `observasi"):
            first_cell = line.split("|")[1]
            written.update(re.findall(r"`observasi([^`]*)`", first_cell))
    return written


def test_the_walk_finds_the_groups_commands() -> None:
    commands = listed_commands(cli)
    assert {"list", "teachers import", "keys create", "forms check"} <= set(commands)
    assert "teachers" not in commands  # a group is listed through its commands


def test_every_command_has_a_row_in_the_readme() -> None:
    written = table_commands()

    def documented(command: str) -> bool:
        return any(text == f" {command}" or text.startswith(f" {command} ") for text in written)

    missing = [command for command in listed_commands(cli) if not documented(command)]
    assert not missing, f"README.md's command table lacks: {', '.join('observasi ' + m for m in missing)}"


def test_ci_runs_the_readmes_test_command() -> None:
    test_command = next(line for line in README.splitlines() if "pytest" in line and line.startswith("python"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
