"""`observasi teachers ...`: the roster."""

from __future__ import annotations

from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
from observasi.i18n import t


@cli.group("teachers", help=t("cli.help.teachers"))
def teachers_group() -> None:
    pass


@teachers_group.command("import", help=t("cli.help.teachers_import"))
@click.argument("csv_file", type=click.Path(path_type=Path, dir_okay=False))
@pass_context
def teachers_import(context: AppContext, csv_file: Path) -> None:
    from observasi.store.roster import plan_import, read_roster

    parsed = read_roster(csv_file)
    plan = plan_import(parsed, context.store.list_teachers(include_inactive=True))
    context.store.save_teachers(plan.save)
    for line in plan.report:
        click.echo(line)
    if parsed.ignored_columns:
        click.echo(t("roster.ignored_columns", columns=", ".join(parsed.ignored_columns)))
    click.echo(plan.summary())


@teachers_group.command("list", help=t("cli.help.teachers_list"))
@pass_context
def teachers_list(context: AppContext) -> None:
    echo_table(
        t("cli.teachers.header"),
        [
            (x.name, x.nip or "-", x.nuptk or "-", x.gender or "-", x.subject or "-")
            for x in context.store.list_teachers()
        ],
    )
