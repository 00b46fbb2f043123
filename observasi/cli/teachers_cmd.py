"""`observasi teachers ...`: the roster, and a teacher's personal data (UU 27/2022)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
from observasi.core.names import fold
from observasi.errors import UserError
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.store.models import Teacher
    from observasi.store.store import Store


def find_teacher(store: Store, name: str, *, active_only: bool = False) -> Teacher:
    """The one teacher whose name (or NIP / NUPTK) contains *name*, as typed on the command
    line; a clear line when none or several match."""
    query = fold(name.strip())
    if not query:
        raise UserError(t("recap.err.no_teacher", name=name))
    teachers = store.list_teachers(include_inactive=not active_only)
    exact = [x for x in teachers if fold(x.name) == query or query in (x.nip, x.nuptk)]
    if len(exact) == 1:
        return exact[0]
    matches = [
        x for x in teachers if query in fold(x.name) or (x.nip and query in x.nip) or (x.nuptk and query in x.nuptk)
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
@click.argument("roster_file", type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help=t("roster.help.dry_run"))
@click.option("--yes", is_flag=True, help=t("roster.help.yes"))
@click.option("--keep-names", is_flag=True, help=t("roster.help.keep_names"))
@pass_context
def teachers_import(context: AppContext, roster_file: Path, dry_run: bool, yes: bool, keep_names: bool) -> None:
    """Preview first; save only what the user agreed to (exit 1 when a rename waits for --yes)."""
    from observasi.roster.report import preview_lines, rename_lines
    from observasi.roster.service import apply_import, preview_import

    preview = preview_import(context, roster_file)
    for line in preview_lines(preview):
        click.echo(line)
    click.echo()
    if dry_run:
        click.echo(t("roster.cli.dry_run"))
        return
    if not preview.has_work:
        click.echo(t("roster.cli.nothing"))
        return
    with_renames = yes
    if preview.renames and not (yes or keep_names):
        click.echo(t("roster.cli.renames", count=len(preview.renames)))
        for line in rename_lines(preview):
            click.echo("  " + line)
        if not (sys.stdin.isatty() and click.confirm(t("roster.cli.confirm"), default=False)):
            click.echo(t("roster.cli.stopped"))
            raise SystemExit(1)
        with_renames = True
    click.echo(apply_import(context, preview, with_renames=with_renames).summary())


_FIELD_OPTIONS = (
    ("nip", "--nip"),
    ("nuptk", "--nuptk"),
    ("gender", "--gender"),
    ("ptk_type", "--ptk-type"),
    ("subject", "--subject"),
    ("rank", "--rank"),
)


def _teacher_options(command: Callable[..., None]) -> Callable[..., None]:
    for field, flag in reversed(_FIELD_OPTIONS):
        command = click.option(flag, field, default=None, help=t(f"teacher.help.{field}"))(command)
    return command


def _typed(values: dict[str, str | None]) -> dict[str, str]:
    return {key: value for key, value in values.items() if value is not None}


@teachers_group.command("add", help=t("teacher.help.add"))
@click.argument("name")
@_teacher_options
@pass_context
def teachers_add(context: AppContext, name: str, **fields: str | None) -> None:
    from observasi.roster.teachers import add_teacher

    teacher = add_teacher(context, {"name": name, **_typed(fields)})
    click.echo(t("teacher.cli.added", name=teacher.name))


@teachers_group.command("edit", help=t("teacher.help.edit"))
@click.argument("teacher_name")
@click.option("--name", "new_name", default=None, help=t("teacher.help.name"))
@_teacher_options
@pass_context
def teachers_edit(context: AppContext, teacher_name: str, new_name: str | None, **fields: str | None) -> None:
    from observasi.roster.teachers import update_teacher

    teacher = find_teacher(context.store, teacher_name)
    values = {key: getattr(teacher, key) for key in ("name", *(f for f, _ in _FIELD_OPTIONS))}
    values.update(_typed({"name": new_name, **fields}))
    saved = update_teacher(context, teacher.id, values)
    click.echo(t("teacher.cli.saved", name=saved.name))


@teachers_group.command("remove", help=t("teacher.help.remove"))
@click.argument("name")
@click.option("--yes", is_flag=True, help=t("privacy.help.yes"))
@pass_context
def teachers_remove(context: AppContext, name: str, yes: bool) -> None:
    from observasi.roster.teachers import removal_plan, remove_teacher

    teacher = find_teacher(context.store, name, active_only=True)
    for line in removal_plan(context, teacher.id).lines():
        click.echo(line)
    if not yes and not (sys.stdin.isatty() and click.confirm(t("teacher.cli.confirm_remove", name=teacher.name))):
        click.echo(t("teacher.cli.cancelled"))
        raise SystemExit(1)
    remove_teacher(context, teacher.id)
    click.echo(t("teacher.cli.removed", name=teacher.name))


@teachers_group.command("restore", help=t("teacher.help.restore"))
@click.argument("name")
@pass_context
def teachers_restore(context: AppContext, name: str) -> None:
    from observasi.roster.teachers import restore_teacher

    teacher = restore_teacher(context, find_teacher(context.store, name).id)
    click.echo(t("teacher.cli.restored", name=teacher.name))


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
