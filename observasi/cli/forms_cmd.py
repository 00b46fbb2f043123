"""`observasi forms list` and `observasi forms check`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
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
            (k.instrument.id, k.instrument.version, k.origin, len(k.instrument.indicators()), k.instrument.title)
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
