"""`observasi programme ...`: the supervision programme and schedule of a semester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from observasi import paths
from observasi.cli.commands import cli, pass_context
from observasi.cli.keys_cmd import obtain_passphrase, passphrase_option
from observasi.cli.output import echo_json, echo_table
from observasi.context import AppContext
from observasi.core.dates import parse_date, semester_label
from observasi.errors import UserError
from observasi.i18n import t

semester_option = click.option("--semester", metavar="YYYY-1|YYYY-2", help=t("year.help.prog_semester"))


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise UserError(t("recap.err.date", value=text)) from None


@cli.group("programme", help=t("year.help.programme"))
def programme_group() -> None:
    pass


@programme_group.command("show", help=t("year.help.prog_show"))
@semester_option
@click.option("--json", "as_json", is_flag=True, help=t("cli.help.json"))
@pass_context
def show_cmd(context: AppContext, semester: str | None, as_json: bool) -> None:
    from observasi.core.programme import programme_payload
    from observasi.year.programme import programme_for

    prog = programme_for(context, semester)
    if as_json:
        echo_json(programme_payload(prog))
        return
    click.echo(t("year.cli.prog_title", semester=semester_label(prog.semester)))
    click.echo(f"{t('year.pdf.h.purpose')}: {prog.purpose}")
    click.echo(f"{t('year.pdf.h.targets')}: {prog.targets}")
    click.echo(t("year.pdf.h.team") + ": " + "; ".join(f"{m.name} ({m.role})" for m in prog.team))
    click.echo(t("year.pdf.h.forms") + ": " + ", ".join(prog.forms))
    if not prog.schedule:
        click.echo(t("year.cli.no_schedule"))
        return
    echo_table(
        t("year.cli.schedule_header"),
        [
            (
                n,
                r.day or "-",
                r.teacher_name,
                r.observer or "-",
                r.form_id or "-",
                r.focus or "-",
                (r.observation_id or "")[:8],
            )
            for n, r in enumerate(prog.schedule, 1)
        ],
    )


@programme_group.command("plan", help=t("year.help.prog_plan"))
@semester_option
@click.option("--first-week", required=True, metavar=t("recap.help.date_metavar"), help=t("year.help.first_week"))
@click.option("--weeks", type=click.IntRange(1, 26), required=True, help=t("year.help.weeks"))
@click.option("--skip", multiple=True, metavar=t("recap.help.date_metavar"), help=t("year.help.skip"))
@pass_context
def plan_cmd(context: AppContext, semester: str | None, first_week: str, weeks: int, skip: tuple[str, ...]) -> None:
    from observasi.year.programme import plan, programme_for

    prog = plan(context, programme_for(context, semester), _date(first_week), weeks, [_date(s) for s in skip])
    click.echo(t("year.cli.planned_done", rows=len(prog.schedule), weeks=weeks, semester=semester_label(prog.semester)))


@programme_group.command("move", help=t("year.help.prog_move"))
@click.argument("row")
@click.argument("day")
@semester_option
@click.option("--week", "whole_week", is_flag=True, help=t("year.help.move_week"))
@pass_context
def move_cmd(context: AppContext, row: str, day: str, semester: str | None, whole_week: bool) -> None:
    from observasi.year.programme import move, programme_for

    prog = programme_for(context, semester)
    moved = move(context, prog, row, _date(day), exact_day=not whole_week)
    item = moved.row(prog.row(row).id)
    click.echo(t("year.cli.moved", teacher=item.teacher_name, day=item.day or "-"))


@programme_group.command("edit", help=t("year.help.prog_edit"))
@semester_option
@click.option("--purpose", help=t("year.help.purpose"))
@click.option("--targets", help=t("year.help.targets"))
@click.option("--supervisor", help=t("year.help.supervisor"))
@click.option("--supervisor-nip", help=t("year.help.supervisor_nip"))
@click.option("--member", multiple=True, metavar=t("year.help.member_metavar"), help=t("year.help.member"))
@click.option("--form", "forms", multiple=True, help=t("year.help.forms"))
@pass_context
def edit_cmd(
    context: AppContext,
    semester: str | None,
    purpose: str | None,
    targets: str | None,
    supervisor: str | None,
    supervisor_nip: str | None,
    member: tuple[str, ...],
    forms: tuple[str, ...],
) -> None:
    from observasi.core.programme import TeamMember
    from observasi.year.programme import programme_for, save_edited

    prog = programme_for(context, semester)
    update: dict[str, object] = {}
    for name, value in (
        ("purpose", purpose),
        ("targets", targets),
        ("supervisor_name", supervisor),
        ("supervisor_id_number", supervisor_nip),
    ):
        if value is not None:
            update[name] = value.strip()
    if member:
        team = []
        for text in member:
            name, _, role = text.partition(":")
            if not name.strip():
                raise UserError(t("year.err.member", value=text))
            team.append(TeamMember(name=name.strip(), role=role.strip()))
        update["team"] = team
    if forms:
        for form_id in forms:
            if context.catalog.get(form_id) is None:
                raise UserError(t("year.err.no_form", form=form_id))
        update["forms"] = list(forms)
    saved = save_edited(context, prog.model_copy(update=update))
    click.echo(t("year.cli.saved", semester=semester_label(saved.semester)))


@programme_group.command("start", help=t("year.help.prog_start"))
@click.argument("row")
@semester_option
@pass_context
def start_cmd(context: AppContext, row: str, semester: str | None) -> None:
    from observasi.year.programme import programme_for, start

    obs = start(context, programme_for(context, semester), row)
    click.echo(t("year.cli.started", teacher=obs.teacher.name, date=obs.date, id=obs.id[:8]))


def _signing_passphrase(context: AppContext, passphrase_file: str | None) -> str | None:
    """The passphrase of this laptop's signing key, said missing before any work is done."""
    from observasi.signing.keys import has_key

    if not has_key(context):
        raise UserError(t("signing.err.no_key", path=paths.observer_key(context.settings.data_dir)))
    return obtain_passphrase(passphrase_file)


@programme_group.command("pdf", help=t("year.help.prog_pdf"))
@semester_option
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=t("year.help.prog_output"))
@click.option("--sign", is_flag=True, help=t("year.help.prog_sign"))
@passphrase_option
@pass_context
def pdf_cmd(
    context: AppContext, semester: str | None, output: Path | None, sign: bool, passphrase_file: str | None
) -> None:
    from observasi.sheet.programme_pdf import write_programme
    from observasi.year.programme import programme_for

    prog = programme_for(context, semester)
    passphrase = _signing_passphrase(context, passphrase_file) if sign else None
    target = output or paths.programme_file(context.settings.files_dir, prog.semester)
    written = write_programme(context, prog, target, sign=sign, passphrase=passphrase)
    click.echo(t("year.cli.pdf_signed" if sign else "year.cli.pdf", path=written))


@programme_group.command("report", help=t("year.help.prog_report"))
@semester_option
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=t("year.help.report_output"))
@click.option("--sign", is_flag=True, help=t("year.help.prog_sign"))
@passphrase_option
@pass_context
def report_cmd(
    context: AppContext, semester: str | None, output: Path | None, sign: bool, passphrase_file: str | None
) -> None:
    from observasi.sheet.programme_pdf import write_report
    from observasi.year.programme import programme_for

    prog = programme_for(context, semester)
    passphrase = _signing_passphrase(context, passphrase_file) if sign else None
    default = paths.report_file(context.settings.files_dir, prog.semester)
    written = write_report(context, prog, output or default, sign=sign, passphrase=passphrase)
    click.echo(t("year.cli.report_signed" if sign else "year.cli.report", path=written))
