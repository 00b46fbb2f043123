"""`observasi district ...`: a district's data folder reads many schools (read-only) and
recaps them; each school's copy is a data folder of its own, so the school commands
(recap, sheet, list, history) run on it as they do at the school."""

from __future__ import annotations

from pathlib import Path

import click

from observasi import paths
from observasi.cli.commands import cli, pass_context
from observasi.cli.output import echo_table
from observasi.cli.recap_cmd import print_recap, resolve_period
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t

# What a district may run on its copy of a school: reading, never changing a record.
DRILL_DOWN = ("recap", "sheet", "sheets", "list", "history")


@cli.group("district", help=t("district.help.group"))
def district_group() -> None:
    pass


@district_group.command("add", help=t("district.help.add"))
@click.argument("name")
@click.option(
    "--folder", type=click.Path(file_okay=False, resolve_path=True), default=None, help=t("district.help.folder")
)
@click.option("--bucket", default=None, metavar="s3://BUCKET/PREFIX", help=t("district.help.bucket"))
@click.option("--endpoint", default=None, metavar="URL", help=t("bucket.help.endpoint"))
@pass_context
def add_cmd(context: AppContext, name: str, folder: str | None, bucket: str | None, endpoint: str | None) -> None:
    from observasi.district.schools import add_school

    if bool(folder) == bool(bucket):
        raise UserError(t("district.err.one_place"))
    school = add_school(context, name, folder or bucket or "", endpoint)
    click.echo(t("district.cli.added", name=school.name, place=school.place))


@district_group.command("list", help=t("district.help.list"))
@pass_context
def list_cmd(context: AppContext) -> None:
    from observasi.district.schools import schools

    known = schools(context)
    if not known:
        click.echo(t("district.cli.none"))
        return
    echo_table(
        "\t".join([t("district.col.school"), t("district.col.place"), t("district.col.folder")]),
        [
            (
                s.name,
                s.place + (f" ({s.endpoint})" if s.endpoint else ""),
                paths.district_school_dir(context.settings.data_dir, s.slug),
            )
            for s in known
        ],
    )


@district_group.command("sync", help=t("district.help.sync"))
@pass_context
def sync_cmd(context: AppContext) -> None:
    from observasi.district.reader import read_all
    from observasi.district.schools import schools

    if not schools(context):
        raise UserError(t("district.cli.none"))
    for read in read_all(context):
        if read.report is None:
            click.echo(t("district.cli.unreachable", name=read.school.name, detail=read.error))
            continue
        report = read.report
        click.echo(
            t(
                "district.cli.read",
                name=read.school.name,
                received=report.received,
                conflicts=len(report.conflicts),
                problems=len(report.problems),
            )
        )
    # The district screen's kept figures a read made out of date are counted again now, so
    # the screen opens on fresh figures.
    from observasi.district import figures

    figures.refresh(context, name=t("district.default_name"))


@district_group.command("recap", help=t("district.help.recap"))
@click.option("--semester", metavar="YYYY-1|YYYY-2", help=t("recap.help.semester"))
@click.option("--from", "date_from", metavar=t("recap.help.date_metavar"), help=t("recap.help.from"))
@click.option("--to", "date_to", metavar=t("recap.help.date_metavar"), help=t("recap.help.to"))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=t("recap.help.output"))
@click.option("--name", default="", help=t("district.help.name"))
@pass_context
def recap_cmd(
    context: AppContext,
    semester: str | None,
    date_from: str | None,
    date_to: str | None,
    output: Path | None,
    name: str,
) -> None:
    from observasi.district import figures
    from observasi.recap.export import check_format, export_recap

    period = resolve_period(semester, date_from, date_to)
    if output is not None:
        check_format(output)
    recap = figures.count(context, period, name=name or t("district.default_name"))[0]  # kept for the screen
    if output is None:
        from observasi.recap.tables import cell_text, schools_tables

        for table in schools_tables(recap.across):
            click.echo(table.title)
            echo_table("\t".join(table.header), [[cell_text(c) or "-" for c in row] for row in table.rows])
            click.echo("")
        print_recap(recap.across)
        return
    exported = export_recap(context, recap.across, output)
    click.echo(t("district.cli.written", path=exported.path, schools=len(recap.lines), count=recap.across.final_count))


@district_group.command(
    "school",
    help=t("district.help.school", commands=", ".join(DRILL_DOWN)),
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
)
@click.argument("name")
@click.argument("command", nargs=-1, type=click.UNPROCESSED)
@pass_context
def school_cmd(context: AppContext, name: str, command: tuple[str, ...]) -> None:
    from observasi.district.schools import find_school

    school = find_school(context, name)
    if not command or command[0] not in DRILL_DOWN:
        raise UserError(t("district.err.drill_down", commands=", ".join(DRILL_DOWN)))
    folder = paths.district_school_dir(context.settings.data_dir, school.slug)
    args = ["--data-dir", str(folder), "--lang", context.settings.lang, *command]
    cli.main(args=args, prog_name="observasi", standalone_mode=False)
