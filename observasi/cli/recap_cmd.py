"""`observasi recap` and `observasi history`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from observasi import paths
from observasi.cli.click_texts import CatalogChoice
from observasi.cli.commands import cli, pass_context
from observasi.cli.keys_cmd import obtain_passphrase, passphrase_option
from observasi.cli.output import echo_table
from observasi.cli.teachers_cmd import find_teacher
from observasi.context import AppContext
from observasi.core.numbers import number_text
from observasi.errors import UserError
from observasi.i18n import t
from observasi.recap.period import Period

if TYPE_CHECKING:
    from observasi.recap.school import SchoolRecap

WEAKEST_SHOWN = 5


def resolve_period(semester: str | None, date_from: str | None, date_to: str | None, year: str | None = None) -> Period:
    if year is not None:
        if semester or date_from or date_to:
            raise UserError(t("recap.err.both_period"))
        return Period.of_year(year)
    if semester and (date_from or date_to):
        raise UserError(t("recap.err.both_period"))
    if semester:
        return Period.preset(semester)
    if date_from or date_to:
        if not (date_from and date_to):
            raise UserError(t("recap.err.half_range"))
        return Period.between(date_from, date_to)
    return Period.current()


@cli.command("recap", help=t("recap.help.recap"))
@click.option("--semester", metavar="YYYY-1|YYYY-2", help=t("recap.help.semester"))
@click.option("--year", metavar="YYYY", help=t("year.help.year"))
@click.option("--from", "date_from", metavar=t("recap.help.date_metavar"), help=t("recap.help.from"))
@click.option("--to", "date_to", metavar=t("recap.help.date_metavar"), help=t("recap.help.to"))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=t("recap.help.output"))
@click.option("--sign", is_flag=True, help=t("recap.help.sign"))
@click.option(
    "--dialect",
    type=CatalogChoice(["excel-id", "rfc4180"]),
    default="excel-id",
    show_default=True,
    help=t("firstday.help.dialect"),
)
@passphrase_option
@pass_context
def recap_cmd(
    context: AppContext,
    semester: str | None,
    year: str | None,
    date_from: str | None,
    date_to: str | None,
    output: Path | None,
    sign: bool,
    dialect: str,
    passphrase_file: str | None,
) -> None:
    from observasi.recap.export import check_format, export_recap
    from observasi.recap.school import build_recap

    period = resolve_period(semester, date_from, date_to, year)
    if output is not None:
        check_format(output)  # before any work: an unknown extension gets its line at once
    elif sign:
        raise UserError(t("recap.err.sign_pdf_only"))
    recap = build_recap(context.store, period)
    if output is None:
        print_recap(recap)
        return
    passphrase = None
    if sign:
        from observasi.signing.keys import has_key

        if not has_key(context):  # said before the passphrase is asked for
            raise UserError(t("signing.err.no_key", path=paths.observer_key(context.settings.data_dir)))
        passphrase = obtain_passphrase(passphrase_file)
    exported = export_recap(context, recap, output, sign=sign, passphrase=passphrase, csv_dialect=dialect)
    key = "recap.cli.written_signed" if exported.signed else "recap.cli.written"
    click.echo(t(key, path=exported.path, teachers=len(recap.teachers), count=recap.final_count))


def print_recap(recap: SchoolRecap) -> None:
    from observasi.recap.tables import heading_lines, levels_text

    click.echo(t("recap.title"))
    for label, value in heading_lines(recap):
        click.echo(f"  {label}: {value}")
    click.echo(f"\n{t('recap.table.teachers')}")
    if recap.teachers:
        echo_table(
            "\t".join(
                [
                    t("recap.col.teacher"),
                    t("ux9v.recap.col.final_count"),
                    t("ux8w.recap.col.latest_nilai"),
                    t("recap.col.average_nilai"),
                    t("ux8w.recap.col.latest_predikat"),
                    t("recap.col.form_id"),
                ]
            ),
            [
                (
                    r.name,
                    r.count,
                    number_text(r.latest_nilai),
                    number_text(r.average_nilai),
                    r.predikat or "-",
                    f"{r.form.id} {r.form.version}",
                )
                for r in recap.teachers
            ],
        )
    else:
        click.echo(f"  {t('recap.empty')}")
    for dist in recap.predikat:
        click.echo(f"\n{t('recap.table.predikat')}: {dist.form.label}")
        for item in dist.counts:
            click.echo(f"  {item.label:<16} {item.count:>4}")
    for group in recap.indicators:
        click.echo(f"\n{t('recap.cli.weakest', count=WEAKEST_SHOWN)}: {group.form.label}")
        for row in group.rows[:WEAKEST_SHOWN]:
            figure = number_text(row.average) if row.average is not None else f"{number_text(row.percent or 0)}%"
            click.echo(f"  {row.indicator_id:<8} {figure:>7}  {row.text}")
        if not group.form.numeric:
            click.echo(f"  {t('recap.table.levels')}: {levels_text(group.level_totals)}")
    if recap.observers:
        click.echo(f"\n{t('recap.table.observers')}")
        for observer in recap.observers:
            click.echo(
                f"  {observer.name:<40} {observer.observations:>4}  "
                f"({t('recap.col.co_observations')}: {observer.co_observations})"
            )
    counts = recap.followup_counts
    click.echo(f"\n{t('recap.table.followups')}: " + ", ".join(f"{t(f'followup.{k}')} {n}" for k, n in counts.items()))
    for report in recap.agreement:
        kappa = number_text(report.kappa_linear, digits=3)
        click.echo(
            "\n"
            + t(
                "recap.cli.agreement",
                form=report.form.label,
                lessons=len(report.lessons),
                exact=number_text(report.tally.exact_pct or 0, digits=1),
                kappa=kappa,
            )
        )


@cli.command("history", help=t("history.help.history"))
@click.argument("name")
@pass_context
def history_cmd(context: AppContext, name: str) -> None:
    from observasi.cli.revisions_cmd import echo_record_history, record_id_or_none
    from observasi.recap.history import build_history, nilai_chart, trend_text

    obs_id = record_id_or_none(context, name)
    if obs_id is not None:  # an observation's id: its versions
        echo_record_history(context, obs_id)
        return
    teacher = find_teacher(context.store, name)
    history = build_history(context.store, teacher.id)
    click.echo(t("recap.history.title", name=history.name, count=len(history.entries), final=len(history.finals)))
    if not history.entries:
        click.echo(f"  {t('recap.history.none')}")
        return
    echo_table(
        "\t".join(
            [
                t("recap.col.date"),
                t("recap.col.form_id"),
                t("recap.col.observer"),
                t("recap.col.status"),
                t("recap.col.latest_nilai"),
                t("recap.col.predikat"),
            ]
        ),
        [
            (
                e.date,
                f"{e.form.id} {e.form.version}",
                e.observer_name,
                t(f"status.{e.status}"),
                e.result_text,
                e.predikat or "-",
            )
            for e in history.entries
        ],
    )
    chart = nilai_chart(history.entries)
    if chart:
        click.echo(f"\n{t('recap.history.chart')}")
        for line in chart:
            click.echo(f"  {line}")
    if history.trends:
        click.echo(f"\n{t('recap.history.trends')}")
        for trend in history.trends:
            click.echo(f"  {trend_text(trend)}")
    if history.followups_of is not None:
        click.echo("\n" + t("recap.history.followups", date=history.followups_of.date))
        if not history.followups:
            click.echo(f"  {t('recap.history.no_followups')}")
        for item in history.followups:
            due = f" ({item.due})" if item.due else ""
            click.echo(f"  [{t(f'followup.{item.status}')}] {item.action}{due}")
