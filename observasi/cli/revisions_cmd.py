"""`observasi history ID` (a record's versions) and `observasi restore ID --version V`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import click

from observasi.cli.commands import cli, pass_context
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.sync.history import Change, Version

_HEX = re.compile(r"[0-9a-f]{4,32}")


def record_id_or_none(context: AppContext, text: str) -> str | None:
    """The full id of the observation *text* names (the start of its id), or None when
    it names none (a teacher's name, say)."""
    text = text.strip().lower()
    if not _HEX.fullmatch(text):
        return None
    try:
        return context.store.resolve_id(text)
    except UserError:
        return None


def version_lines(version: Version) -> list[str]:
    """A version as lines: its heading, then what it changed, each in full."""
    from observasi.sync.history import local_time

    marks = [t(f"history.kind.{version.kind}", note=version.note)]
    if version.amendment and version.kind != "amendment":
        marks.append(t("history.mark.amendment", reason=version.amendment))
    elif version.kind == "amendment":
        marks[0] = t("history.mark.amendment", reason=version.amendment)
    if version.in_conflict:
        marks.append(t("history.mark.conflict"))
    lines = [
        t(
            "history.cli.version",
            number=version.number,
            when=local_time(version.created_at),
            laptop=version.laptop,
            author=version.author or "-",
            kind="; ".join(marks),
        )
    ]
    if version.kind == "created":
        lines.append("    " + t("history.cli.status", status=t(f"status.{version.status}")))
    lines += ["    " + change_line(c) for c in version.changes]
    if version.kind != "created" and not version.changes:
        lines.append("    " + t("history.no_changes"))
    return lines


def change_line(change: Change) -> str:
    return change.line().replace("\n", "\n    ")  # under the version's "    " indent


def echo_record_history(context: AppContext, obs_id: str) -> None:
    from observasi.sync.history import record_history

    history = record_history(context, obs_id)
    click.echo(t("history.cli.title", id=obs_id[:8], teacher=history.teacher_name or "-", count=len(history.versions)))
    for version in history.versions:
        for line in version_lines(version):
            click.echo(line)
    if len(history.versions) > 1:
        click.echo(t("history.cli.restore_hint", id=obs_id[:8]))


@cli.command("restore", help=t("history.help.restore"))
@click.argument("observation_id")
@click.option("--version", "which", required=True, metavar="V", help=t("history.help.version"))
@click.option("--reason", default="", help=t("history.help.reason"))
@click.option("--yes", is_flag=True, help=t("history.help.yes"))
@pass_context
def restore_cmd(context: AppContext, observation_id: str, which: str, reason: str, yes: bool) -> None:
    from observasi.sync.history import local_time, plan_restore, restore

    obs_id = context.store.resolve_id(observation_id)
    plan = plan_restore(context, obs_id, which)
    if plan.amendment and not reason.strip():
        raise UserError(t("history.err.reason"))
    version = plan.version
    click.echo(t("history.cli.plan", number=version.number, when=local_time(version.created_at), laptop=version.laptop))
    for change in plan.changes:
        click.echo("  " + change_line(change))
    if plan.amendment:
        click.echo(t("history.cli.plan_final", reason=reason.strip()))
    click.echo(t("history.cli.nothing_lost"))
    if not yes and not click.confirm(t("history.cli.confirm"), default=False):
        click.echo(t("history.cli.cancelled"))
        return
    restore(context, obs_id, version.revision_id, reason)
    click.echo(t("history.cli.restored", number=version.number))
