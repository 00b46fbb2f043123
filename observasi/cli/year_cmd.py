"""`observasi coverage` and `observasi followup done`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from observasi.cli.commands import cli, pass_context
from observasi.cli.keys_cmd import obtain_passphrase, passphrase_option
from observasi.cli.output import echo_json
from observasi.context import AppContext
from observasi.core.dates import long_date, parse_date, semester_label
from observasi.errors import UserError
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.year.coverage import Coverage


@cli.command("coverage", help=t("year.help.coverage"))
@click.option("--json", "as_json", is_flag=True, help=t("cli.help.json"))
@click.option("--today", "today_text", metavar=t("recap.help.date_metavar"), help=t("year.help.today"))
@pass_context
def coverage_cmd(context: AppContext, as_json: bool, today_text: str | None) -> None:
    from observasi.year.coverage import coverage

    today = None
    if today_text:
        try:
            today = parse_date(today_text)
        except ValueError:
            raise UserError(t("recap.err.date", value=today_text)) from None
    found = coverage(context.store, today)
    if as_json:
        echo_json(found.as_json())
        return
    for line in coverage_lines(found):
        click.echo(line)


def coverage_lines(found: Coverage) -> list[str]:
    """The coverage as the terminal prints it."""
    lines = [
        t("year.cli.title", today=long_date(found.today)),
        t("year.cli.period", period=found.period.label(), observed=found.observed, teachers=found.teachers),
    ]
    week = f"{found.week_start.isoformat()} - {found.week_end.isoformat()}"
    lines.append("")
    lines.append(t("year.cli.planned", count=len(found.planned), week=week))
    lines += [
        f"  {r.date}  {r.obs_id[:8] or t('year.cli.scheduled'):<8}  {r.teacher_name}  {r.subject}".rstrip()
        for r in found.planned
    ]
    lines.append(t("year.cli.not_observed", count=len(found.not_observed)))
    for teacher in found.not_observed:
        planned = f"  ({t('year.cli.draft_on', date=teacher.planned)})" if teacher.planned else ""
        lines.append(f"  {teacher.name}{planned}")
    lines.append(t("year.cli.overdue", count=len(found.overdue)))
    lines += [f"  {r.due}  {r.obs_id[:8]}  {r.teacher_name}: {r.action}" for r in found.overdue]
    lines.append(t("year.cli.due", count=len(found.due)))
    lines += [f"  {r.due}  {r.obs_id[:8]}  {r.teacher_name}: {r.action}" for r in found.due]
    lines.append(t("year.cli.conflicts", count=len(found.conflicts)))
    lines += [f"  {r.obs_id[:8]}  {r.teacher_name}  ({r.versions})" for r in found.conflicts]
    if found.programme_clashes:
        lines.append(t("year3.clash.cli", count=len(found.programme_clashes)))
        lines += [f"  {t('year3.clash.programme', semester=semester_label(s))}" for s in found.programme_clashes]
    return lines


@cli.group("followup", help=t("year.help.followup"))
def followup_group() -> None:
    pass


@followup_group.command("done", help=t("year.help.followup_done"))
@click.argument("observation_id")
@click.argument("item")
@click.option("--note", default="", help=t("year.help.note"))
@click.option("--date", "done_on", metavar=t("recap.help.date_metavar"), help=t("year.help.done_date"))
@pass_context
def followup_done_cmd(context: AppContext, observation_id: str, item: str, note: str, done_on: str | None) -> None:
    from observasi.year.followups import find_followup, mark_done

    store = context.store
    obs_id = store.resolve_id(observation_id)
    followup = find_followup(store, obs_id, item)
    saved = mark_done(store, obs_id, followup.id, note, done_on)
    click.echo(t("year.cli.done", action=saved.action, date=saved.done_on or ""))


@cli.command("bundle", help=t("year.help.bundle"))
@click.argument("name")
@click.option("--year", metavar="YYYY", help=t("year.help.year"))
@click.option("--semester", metavar="YYYY-1|YYYY-2", help=t("recap.help.semester"))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=t("year.help.bundle_output"))
@click.option("--sign", is_flag=True, help=t("year.help.bundle_sign"))
@passphrase_option
@pass_context
def bundle_cmd(
    context: AppContext,
    name: str,
    year: str | None,
    semester: str | None,
    output: Path | None,
    sign: bool,
    passphrase_file: str | None,
) -> None:
    from observasi.cli.recap_cmd import resolve_period
    from observasi.cli.teachers_cmd import find_teacher
    from observasi.sheet.bundle import bundle_line, write_bundle

    teacher = find_teacher(context.store, name)
    period = resolve_period(semester, None, None, year)
    passphrase = obtain_passphrase(passphrase_file) if sign else None
    made = write_bundle(context, teacher, period, output, sign=sign, passphrase=passphrase)
    click.echo(bundle_line(teacher, period, made))
