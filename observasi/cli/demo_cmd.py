"""`observasi demo`."""

from __future__ import annotations

import click

from observasi.cli.commands import cli, open_tui, pass_context
from observasi.context import AppContext
from observasi.i18n import t


@cli.command("demo", help=t("cli.help.demo"))
@click.option("--open", "open_app", is_flag=True, help=t("cli.help.demo_open"))
@pass_context
def demo_cmd(context: AppContext, open_app: bool) -> None:
    from observasi.demo import fill_demo

    result = fill_demo(context.store, context.catalog)
    key = "cli.demo.done" if result.created else "cli.demo.exists"
    click.echo(t(key, path=context.settings.data_dir, teachers=result.teachers, observations=result.observations))
    if open_app:
        open_tui(context)
