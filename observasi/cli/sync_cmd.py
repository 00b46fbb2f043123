"""`observasi sync`, `observasi conflicts` and `observasi resolve`."""

from __future__ import annotations

from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.context import AppContext
from observasi.core.merge_rule import Choice
from observasi.errors import UserError
from observasi.i18n import t

# `observasi sync`'s exit code while this laptop waits for a member's approval: nothing of
# the school was sent or received, so a script (or a scheduled task) must not take it for done.
WAITING_FOR_APPROVAL = 3
# Its exit code when another sync on this laptop still ran at the end of --wait-limit: this
# one never started (a scheduled task must not hang for ever behind a stuck sync).
STILL_RUNNING = 4
WAIT_LIMIT_MINUTES = 60.0  # the longest sync of a large school takes a few minutes


@cli.command(
    "sync",
    help=t("sync.help.sync")
    + " "
    + t("ux5.sync.help_exit", code=WAITING_FOR_APPROVAL)
    + " "
    + t("ux7j.help.exit_no_school")
    + " "
    + t("fx10f.help.exit_still_running", code=STILL_RUNNING),
)
@click.option(
    "--folder",
    type=click.Path(file_okay=False, resolve_path=True, path_type=Path),
    default=None,
    help=t("sync.help.folder") + " " + t("ux7j2.help.folder_first"),
)
@click.option("--bucket", default=None, metavar="s3://BUCKET/PREFIX", help=t("bucket.help.bucket"))
@click.option("--endpoint", default=None, metavar="URL", help=t("bucket.help.endpoint"))
@click.option("--join", "join", is_flag=True, help=t("ux7j.help.join"))
@click.option("--name", "name", default=None, metavar="NAMA", help=t("ux7j.help.name"))
@click.option("--first-laptop", "first", is_flag=True, help=t("ux7j.help.first"))
@click.option("--no-wait", "no_wait", is_flag=True, help=t("ux9s.help.no_wait"))
@click.option(
    "--wait-limit",
    "wait_limit",
    type=click.FloatRange(min=0, min_open=True),
    default=WAIT_LIMIT_MINUTES,
    show_default=f"{WAIT_LIMIT_MINUTES:g}",
    metavar="MENIT",
    help=t("fx10f.help.wait_limit", code=STILL_RUNNING),
)
@pass_context
def sync_cmd(
    context: AppContext,
    folder: Path | None,
    bucket: str | None,
    endpoint: str | None,
    join: bool,
    name: str | None,
    first: bool,
    no_wait: bool,
    wait_limit: float,
) -> None:
    from observasi.sync.one_at_a_time import SyncCancelled, SyncStillRunning
    from observasi.sync.report_words import summary_line
    from observasi.sync.service import status, sync

    _join_intent(context, join=join, name=name, first=first)
    try:
        # The app (or a scheduled task) syncing this laptop: wait for it, said once, rather
        # than fail -- unless --no-wait (then SyncRunning: exit 2, as before).
        report = sync(
            context,
            folder,
            bucket=bucket,
            endpoint=endpoint,
            wait=not no_wait,
            waiting=lambda _whose: click.echo(t("ux9s.sync.cli_waits"), err=True),
            wait_limit=wait_limit * 60,
        )
    except SyncCancelled as exc:  # ctrl+c while waiting: nothing started
        click.echo(exc.message, err=True)
        raise SystemExit(130) from None
    except SyncStillRunning as exc:  # the other sync outlasted the limit: nothing started
        click.echo(exc.message, err=True)
        raise SystemExit(STILL_RUNNING) from None
    if report.no_school:  # nothing written, nothing read: only what to do next
        click.echo(t("ux7j.join.no_school"), err=True)
        click.echo(t("ux7j2.join.no_school_cli", command=_first_laptop_command()), err=True)
        raise SystemExit(WAITING_FOR_APPROVAL)
    click.echo(summary_line(report, status(context).pending))
    for notice in report.notices:
        click.echo(notice)
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
    _programme_clashes(context)
    if report.waiting_code:
        click.echo(t("ux5.sync.waiting", code=report.waiting_code), err=True)
        raise SystemExit(WAITING_FOR_APPROVAL)


def _join_intent(context: AppContext, *, join: bool, name: str | None, first: bool) -> None:
    """``--join [--name NAMA]``: this laptop never founds the school in an empty folder
    (kept, as the welcome's "Gabung" keeps it), named as the welcome names it;
    ``--first-laptop``: it is the school's first laptop."""
    from observasi.sync import devices

    if join and first:
        raise UserError(t("ux7j.err.join_and_first"))
    if name is not None and not join:
        raise UserError(t("ux7j.err.name_without_join"))
    if join:
        given = (name or "").strip()
        if given and not given.casefold().startswith("laptop "):  # --name is the person's name
            given = devices.default_laptop_name(context.store, person=given)
        devices.ask_to_join(context, given)  # a name given here wins over one kept before
    if first:
        devices.first_laptop(context)


def _programme_clashes(context: AppContext) -> None:
    """A programme two laptops changed differently: said, with where to choose."""
    from observasi.core.dates import semester_label
    from observasi.year.coverage import programme_clashes

    for semester in programme_clashes(context.store):
        click.echo(t("year3.clash.after_sync", semester=semester_label(semester)))


@cli.command("conflicts", help=t("sync.help.conflicts"))
@pass_context
def conflicts_cmd(context: AppContext) -> None:
    from observasi.sync.conflicts import conflict_view, part_label, short_id, value_text
    from observasi.sync.history import local_time
    from observasi.sync.service import conflicts

    found = conflicts(context)
    if not found:
        click.echo(t("sync.cli.no_conflicts"))
        return
    for conflict in found:
        view = conflict_view(context, conflict.observation_id)
        if view is None:
            continue
        click.echo(t("trust.cli.conflict", id=conflict.observation_id[:8], teacher=conflict.teacher_name))
        for side in (view.a, view.b):
            status = t("sync.cli.deleted") if side.deleted else ""
            click.echo(
                t(
                    "trust.cli.side",
                    label=side.label,
                    rev=short_id(view, side.label),
                    laptop=side.laptop,
                    when=local_time(side.created_at),
                )
                + (f" {status}" if status else "")
            )
            alone = view.changed_alone(side.label)
            payload = view.merge.a if side is view.a else view.merge.b
            if alone:
                click.echo(t("trust.cli.kept", parts="; ".join(part_label(u, (payload,)) for u in alone)))
        for clash in view.merge.clashes:
            label = part_label(clash.unit, (view.merge.a, view.merge.b))
            click.echo(t("trust.cli.clash", unit=clash.unit, part=label))
            click.echo(t("trust.cli.clash_value", label="A", value=value_text(clash.a, clash.unit, view.inst)))
            click.echo(t("trust.cli.clash_value", label="B", value=value_text(clash.b, clash.unit, view.inst)))
            default = clash.default
            click.echo(t(f"trust.cli.default_{default}") if default else t("trust.cli.default_none"))


@cli.command("resolve", help=t("trust.help.resolve"))
@click.argument("observation_id")
@click.option("--take", "takes", multiple=True, metavar="PART=A|B|AB", help=t("trust.help.take"))
@click.option("--keep", "keep", default=None, metavar="A|B|REV", help=t("history.help.keep"))
@click.option("--drop-other", "drop_other", is_flag=True, help=t("trust.help.drop_other"))
@pass_context
def resolve_cmd(
    context: AppContext, observation_id: str, takes: tuple[str, ...], keep: str | None, drop_other: bool
) -> None:
    from observasi.sync.service import conflicts, resolve, resolve_keeping

    text = observation_id.strip().lower()
    matches = (
        [c.observation_id for c in conflicts(context) if c.observation_id.startswith(text)] if len(text) >= 4 else []
    )
    if len(matches) != 1:
        raise UserError(t("sync.err.no_conflict", id=observation_id))
    if keep is not None:
        if takes:
            raise UserError(t("trust.err.keep_and_take"))
        dropped = resolve_keeping(context, matches[0], keep, drop_other=drop_other)
        click.echo(t("sync.cli.resolved", id=matches[0][:8]))
        if dropped:
            click.echo(t("trust.cli.dropped", parts="; ".join(dropped)))
        return
    if drop_other:
        raise UserError(t("trust.err.drop_without_keep"))
    resolve(context, matches[0], _choices(takes))
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


def _choices(takes: tuple[str, ...]) -> dict[str, Choice]:
    """``--take ratings/R1/level=B`` -> {"ratings/R1/level": "b"}; AB keeps both texts."""
    sides: dict[str, Choice] = {"A": "a", "B": "b", "AB": "both"}
    out: dict[str, Choice] = {}
    for take in takes:
        part, _, side = take.rpartition("=")
        choice = sides.get(side.strip().upper())
        if not part.strip() or choice is None:
            raise UserError(t("trust.err.take", value=take))
        out[part.strip()] = choice
    return out


def _first_laptop_command() -> str:
    """The command that makes this laptop the first one, with the --data-dir this run was
    given (the walk: the hint left it out, so copying it ran against the default folder)."""
    root = click.get_current_context().find_root()
    data_dir = root.params.get("data_dir")
    if not data_dir:
        return "observasi sync --first-laptop"
    shown = f'"{data_dir}"' if any(c.isspace() for c in str(data_dir)) else str(data_dir)
    return f"observasi --data-dir {shown} sync --first-laptop"
