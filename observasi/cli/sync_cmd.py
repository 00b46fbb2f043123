"""`observasi sync`, `observasi conflicts` and `observasi resolve`."""

from __future__ import annotations

from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t


@cli.command("sync", help=t("sync.help.sync"))
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path), default=None, help=t("sync.help.folder"))
@click.option("--bucket", default=None, metavar="s3://BUCKET/PREFIX", help=t("bucket.help.bucket"))
@click.option("--endpoint", default=None, metavar="URL", help=t("bucket.help.endpoint"))
@pass_context
def sync_cmd(context: AppContext, folder: Path | None, bucket: str | None, endpoint: str | None) -> None:
    from observasi.sync.service import sync

    report = sync(context, folder, bucket=bucket, endpoint=endpoint)
    click.echo(
        t(
            "sync.cli.summary",
            sent=report.sent,
            received=report.received,
            conflicts=len(report.conflicts),
            problems=len(report.problems),
        )
    )
    for conflict in report.conflicts:
        click.echo(
            t(
                "sync.cli.conflict",
                id=conflict.observation_id[:8],
                teacher=conflict.teacher_name,
                count=len(conflict.head_ids),
            )
        )
    for path, reason in report.problems:
        click.echo(t("sync.cli.problem", path=path, reason=reason))


@cli.command("conflicts", help=t("sync.help.conflicts"))
@pass_context
def conflicts_cmd(context: AppContext) -> None:
    from observasi.sync.service import conflict_heads, conflicts

    found = conflicts(context)
    if not found:
        click.echo(t("sync.cli.no_conflicts"))
        return
    rows = []
    for conflict in found:
        for head in conflict_heads(context, conflict.observation_id):
            status = t("sync.cli.deleted") if head.deleted else t(f"status.{head.payload.get('status', 'draft')}")
            rows.append(
                (
                    conflict.observation_id[:8],
                    conflict.teacher_name,
                    head.revision_id[:8],
                    head.device_id[:8],
                    head.author,
                    head.created_at,
                    status,
                )
            )
    echo_table(t("sync.cli.conflicts_header"), rows)


@cli.command("resolve", help=t("sync.help.resolve"))
@click.argument("observation_id")
@click.option("--keep", "keep", required=True, help=t("sync.help.keep"))
@pass_context
def resolve_cmd(context: AppContext, observation_id: str, keep: str) -> None:
    from observasi.sync.service import conflicts, resolve_with

    text = observation_id.strip().lower()
    matches = (
        [c.observation_id for c in conflicts(context) if c.observation_id.startswith(text)] if len(text) >= 4 else []
    )
    if len(matches) != 1:
        raise UserError(t("sync.err.no_conflict", id=observation_id))
    resolve_with(context, matches[0], keep.strip())
    click.echo(t("sync.cli.resolved", id=matches[0][:8]))


@cli.command("bucket-key", help=t("bucket.help.key"))
@pass_context
def bucket_key_cmd(context: AppContext) -> None:
    from observasi.sync.bucket import Credentials, save_credentials

    key_id = click.prompt(t("bucket.prompt.key_id")).strip()
    secret = click.prompt(t("bucket.prompt.secret"), hide_input=True).strip()
    region = click.prompt(t("bucket.prompt.region"), default="", show_default=False).strip()
    path = save_credentials(context.settings.data_dir, Credentials(key_id, secret, None, region or None))
    click.echo(t("bucket.cli.key_saved", path=path))
