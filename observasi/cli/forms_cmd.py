"""`observasi forms list`, `check`, and the spreadsheet forms: `template`, `import`, `export`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import InputFile, echo_table
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t


@cli.group("forms", help=t("cli.help.forms"))
def forms_group() -> None:
    pass


@forms_group.command("list", help=t("cli.help.forms_list"))
@pass_context
def forms_list(context: AppContext) -> None:
    catalog = context.catalog
    echo_table(
        t("cli.forms.header"),
        [
            (
                k.instrument.id,
                k.instrument.version,
                t(f"forms2.origin.{k.origin}"),  # as the Instrumen screen says it: bawaan, sekolah, dari rekan ...
                len(k.instrument.indicators()),
                k.instrument.title,
            )
            for k in sorted(catalog.forms.values(), key=lambda k: (k.instrument.id, k.instrument.version))
        ],
    )
    for problem in catalog.problems:
        click.echo(str(problem), err=True)


@forms_group.command("check", help=t("cli.help.forms_check"))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def forms_check(paths: tuple[Path, ...]) -> None:
    from observasi.core.form_loader import load_form
    from observasi.core.forms import form_files

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = form_files(path)
            if not found:
                click.echo(t("cli.forms.none", path=path), err=True)
            files.extend(found)
        else:
            files.append(path)
    bad = 0
    for path in files:
        loaded = load_form(path)
        if loaded.ok and loaded.instrument:
            inst = loaded.instrument
            click.echo(t("cli.forms.ok", path=path, id=inst.id, version=inst.version, count=len(inst.indicators())))
            # A usable form with readings its author should know of: said, not refused.
            for warning in loaded.warnings:
                click.echo(f"{t('forms2.cli.warning')}: {warning}", err=True)
        else:
            bad += 1
            for problem in loaded.problems:
                click.echo(str(problem), err=True)
    if bad or not files:
        if files:
            click.echo(t("cli.forms.summary_bad", bad=bad, total=len(files)), err=True)
        sys.exit(2)


@forms_group.command("template", help=t("forms2.cli.help.template"))
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
def forms_template(path: Path) -> None:
    from observasi.formbook.template import write_template

    write_template(path)
    click.echo(t("forms2.cli.template_written", path=path))


@forms_group.command("export", help=t("forms2.cli.help.export"))
@click.argument("form_id")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--version", "version", default=None, help=t("forms2.cli.help.version"))
@pass_context
def forms_export(context: AppContext, form_id: str, path: Path, version: str | None) -> None:
    from observasi.formbook.write import write_workbook

    known = context.catalog.get(form_id, version)
    if known is None:
        raise UserError(t("forms2.cli.no_form", id=form_id))
    write_workbook(known.instrument, path)
    click.echo(t("forms2.cli.exported", id=known.instrument.id, version=known.instrument.version, path=path))


@forms_group.command("import", help=t("forms2.cli.help.import"))
@click.argument("path", type=InputFile())
@pass_context
def forms_import(context: AppContext, path: Path) -> None:
    from observasi.formbook.install import install_form
    from observasi.formbook.read import read_workbook_file

    read = read_workbook_file(path)
    for warning in read.warnings:
        click.echo(f"{t('forms2.cli.warning')}: {warning}", err=True)
    if read.instrument is None:
        for problem in read.problems:
            click.echo(str(problem), err=True)
        click.echo(t("forms2.cli.import_refused", count=len(read.problems)), err=True)
        sys.exit(2)
    inst = read.instrument
    installed = install_form(inst, context.settings.user_forms_dir, context.catalog, path)
    key = "forms2.cli.already_installed" if installed.already else "forms2.cli.installed"
    click.echo(t(key, id=inst.id, version=inst.version, count=len(inst.indicators()), path=installed.path))
    if context.settings.has_sync_place:
        click.echo(t("forms3.cli.will_travel"))
