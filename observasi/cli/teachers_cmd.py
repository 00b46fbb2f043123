"""`observasi teachers ...`: the roster, and a teacher's personal data (UU 27/2022)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.store.models import Teacher
    from observasi.store.store import Store


def _folded(text: str) -> str:
    """Lower case without accents, so "sukru" finds "Şükrü"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_teacher(store: Store, name: str) -> Teacher:
    """The one teacher whose name (or NIP / NUPTK) contains *name*, as typed on the command
    line; a clear line when none or several match."""
    query = _folded(name.strip())
    if not query:
        raise UserError(t("recap.err.no_teacher", name=name))
    teachers = store.list_teachers(include_inactive=True)
    exact = [x for x in teachers if _folded(x.name) == query or query in (x.nip, x.nuptk)]
    if len(exact) == 1:
        return exact[0]
    matches = [
        x for x in teachers if query in _folded(x.name) or (x.nip and query in x.nip) or (x.nuptk and query in x.nuptk)
    ]
    if not matches:
        raise UserError(t("recap.err.no_teacher", name=name))
    if len(matches) > 1:
        listed = "; ".join(x.name for x in matches[:8]) + ("; ..." if len(matches) > 8 else "")
        raise UserError(t("recap.err.ambiguous_teacher", name=name, count=len(matches), matches=listed))
    return matches[0]


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


@teachers_group.command("export", help=t("privacy.help.teachers_export"))
@click.argument("name")
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help=t("privacy.help.export_dir"),
)
@pass_context
def teachers_export(context: AppContext, name: str, out_dir: Path) -> None:
    from observasi.privacy import export_teacher

    teacher = find_teacher(context.store, name)
    result = export_teacher(context, teacher, out_dir)
    click.echo(t("privacy.export.json", name=teacher.name, path=result.json_path, count=result.observations))
    if result.pdfs:
        click.echo(t("privacy.export.pdfs", count=len(result.pdfs), path=out_dir))
    for problem in result.pdf_problems:
        click.echo(t("privacy.export.pdf_problem", detail=problem))


@teachers_group.command("forget", help=t("privacy.help.teachers_forget"))
@click.argument("name")
@click.option("--yes", is_flag=True, help=t("privacy.help.yes"))
@pass_context
def teachers_forget(context: AppContext, name: str, yes: bool) -> None:
    from observasi.privacy import done_lines, forget_plan, forget_teacher, plan_lines

    store = context.store
    data_dir = context.settings.data_dir
    teacher = find_teacher(store, name)
    for line in plan_lines(forget_plan(store, teacher), data_dir):
        click.echo(line)
    click.echo(t("privacy.forget.hint_export", name=name))
    if not yes and not click.confirm(t("privacy.forget.confirm", name=teacher.name), default=False):
        click.echo(t("privacy.forget.cancelled"))
        return
    for line in done_lines(teacher, forget_teacher(store, teacher), data_dir):
        click.echo(line)
