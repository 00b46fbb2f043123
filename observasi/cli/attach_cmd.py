"""`observasi attach`, `observasi attachments`, `observasi detach`: evidence files."""

from __future__ import annotations

from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import InputFile, echo_json, echo_table
from observasi.context import AppContext
from observasi.i18n import t


@cli.command("attach", help=t("year.help.attach"))
@click.argument("observation_id")
@click.argument("file", type=InputFile())
@click.option("--evidence", "evidence_line", type=int, metavar="N", help=t("year.help.evidence_line"))
@pass_context
def attach_cmd(context: AppContext, observation_id: str, file: Path, evidence_line: int | None) -> None:
    from observasi.year.attachments import attach, size_text

    store = context.store
    item = attach(store, store.resolve_id(observation_id), file, evidence_line)
    click.echo(t("year.cli.attached", name=item.name, size=size_text(item.size), sha=item.sha256[:16]))


@cli.command("attachments", help=t("year.help.attachments"))
@click.argument("observation_id")
@click.option("--json", "as_json", is_flag=True, help=t("cli.help.json"))
@pass_context
def attachments_cmd(context: AppContext, observation_id: str, as_json: bool) -> None:
    from observasi.year.attachments import listed, size_text

    store = context.store
    obs = store.get_observation(store.resolve_id(observation_id))
    items = listed(store, obs)
    if as_json:
        echo_json(
            [{**i.attachment.model_dump(mode="json"), "evidence": i.evidence_text, "present": i.present} for i in items]
        )
        return
    if not items:
        click.echo(t("year.cli.no_attachments"))
        return
    echo_table(
        t("year.cli.attachments_header"),
        [
            (
                n,
                i.attachment.name,
                size_text(i.attachment.size),
                i.attachment.sha256[:16],
                i.evidence_text[:40] or "-",
                t("year.cli.present") if i.present else t("year.cli.absent"),
            )
            for n, i in enumerate(items, 1)
        ],
    )


@cli.command("detach", help=t("year.help.detach"))
@click.argument("observation_id")
@click.argument("item")
@pass_context
def detach_cmd(context: AppContext, observation_id: str, item: str) -> None:
    from observasi.year.attachments import detach

    store = context.store
    removed = detach(store, store.resolve_id(observation_id), item)
    click.echo(t("year.cli.detached", name=removed.name))
