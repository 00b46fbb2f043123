"""`observasi sheet` and `observasi sheets`: feedback sheets, signed on request."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from observasi.cli.click_texts import CatalogChoice
from observasi.cli.commands import cli, pass_context
from observasi.cli.keys_cmd import obtain_passphrase, passphrase_option
from observasi.context import AppContext
from observasi.core.dates import parse_date
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t


@cli.command("sheet", help=t("sheet.help.sheet"))
@click.argument("observation_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help=t("firstday.help.sheet_out"))
@click.option("--sign", is_flag=True, help=t("sheet.help.sign"))
@passphrase_option
@click.option("--lang", "sheet_lang", type=CatalogChoice(["id", "en"]), default=None, help=t("sheet.help.lang"))
@click.option("--evidence/--no-evidence", default=True, show_default=True, help=t("sheet.help.evidence"))
@pass_context
def sheet_cmd(
    context: AppContext,
    observation_id: str,
    output: str | None,
    sign: bool,
    passphrase_file: str | None,
    sheet_lang: str | None,
    evidence: bool,
) -> None:
    from observasi.sheet.content import gather
    from observasi.sheet.service import sheet_notes, signing_problem, write_sheet

    if sign:
        from observasi.signing import pdf_signature

        # pyHanko's import, in a helper process while the sheet is drawn (run() started it
        # already when it saw the command; see observasi.signing.pdf_signature).
        pdf_signature.start_ahead()
    said: set[str] = set()  # the warnings given before the passphrase, not repeated after
    _say_before_sheets(context, sign=False)  # the key's, once the sheet is known to be signable
    try:
        passphrase = None
        if sign:
            # Say what is wrong (draft, no key, not the signer) before asking for a passphrase.
            content = gather(context, observation_id, sheet_lang, evidence=False)
            problem = signing_problem(context, content)
            if problem:
                raise UserError(problem)
            if content.image_trouble is not None:  # signed all the same, without the picture
                said.add(content.image_trouble.note())
                ahead = t("fx9s.sheet.will_sign", reason=content.image_trouble.reason())
                click.echo(f"{t('forms2.cli.warning')}: {ahead}", err=True)
            _say_before_sheets(context, sign=True, role=False)
            passphrase = obtain_passphrase(passphrase_file)
        path = write_sheet(
            context,
            observation_id,
            Path(output) if output else None,
            sign=sign,
            passphrase=passphrase,
            lang=sheet_lang,
            evidence=evidence,
        )
    finally:
        if sign:
            pdf_signature.discard_ahead()  # when the command stopped before signing
    click.echo(t("sheet.cli.written_signed" if sign else "sheet.cli.written", path=path))
    for note in sheet_notes(context, observation_id):
        if note not in said:
            click.echo(f"{t('forms2.cli.warning')}: {note}", err=True)


def _say_before_sheets(context: AppContext, sign: bool, role: bool = True) -> None:
    """What the sheets will print or be signed with that the profile contradicts, one warning
    line each; they are made all the same (`sheet` and `sheets`)."""
    from observasi.queries.people import role_doubt
    from observasi.signing.key_status import certificate_differs

    doubt = role_doubt(context) if role else None  # the sheet prints the Jabatan
    if doubt:
        click.echo(f"{t('forms2.cli.warning')}: {doubt}", err=True)
    differs = certificate_differs(context) if sign else None
    if differs is not None:  # signed all the same, as the app does after saying it
        stale = t("fx10c.cli.differs", named=differs.named, profile=differs.profile)
        click.echo(f"{t('forms2.cli.warning')}: {stale}", err=True)


@cli.command("sheets", help=t("sheet.help.sheets"))
@click.option("--status", type=CatalogChoice([s.value for s in Status]), help=t("sheet.help.status"))
@click.option("--since", help=t("sheet.help.since"))
@click.option(
    "-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help=t("sheet.help.out_dir")
)
@click.option("--sign", is_flag=True, help=t("sheet.help.sign"))
@passphrase_option
@click.option("--lang", "sheet_lang", type=CatalogChoice(["id", "en"]), default=None, help=t("sheet.help.lang"))
@click.option("--evidence/--no-evidence", default=True, show_default=True, help=t("sheet.help.evidence"))
@pass_context
def sheets_cmd(
    context: AppContext,
    status: str | None,
    since: str | None,
    out_dir: str,
    sign: bool,
    passphrase_file: str | None,
    sheet_lang: str | None,
    evidence: bool,
) -> None:
    from observasi import files
    from observasi.sheet.service import write_batch_sheet
    from observasi.signing.keys import load_key

    date_from = None
    if since:
        try:
            date_from = parse_date(since).isoformat()
        except ValueError as exc:
            raise UserError(t("sheet.err.since", value=since)) from exc
    items = context.store.list_observations(status=status, date_from=date_from, order="date_asc")
    if not items:
        click.echo(t("sheet.cli.none"))
        return
    _say_before_sheets(context, sign)
    passphrase = None
    if sign:
        passphrase = obtain_passphrase(passphrase_file)
        load_key(context, passphrase)  # a wrong passphrase stops the batch before the first file
    folder = Path(out_dir)
    written = failed = 0
    notes: dict[str, None] = {}  # what the sheets were printed without, in order
    for item in items:
        try:
            # Only final records can carry a signature; the others are written with DRAF.
            path, sheet_notes = write_batch_sheet(
                context,
                item.id,
                folder,
                sign=sign and item.status == Status.final.value,
                passphrase=passphrase,
                lang=sheet_lang,
                evidence=evidence,
            )
        except UserError as exc:
            failed += 1
            click.echo(t("sheet.cli.skipped", id=item.short_id, reason=exc.message), err=True)
            continue
        written += 1
        click.echo(t("sheet.cli.written", path=path))
        notes.update(dict.fromkeys(sheet_notes))
    if written:
        files.fsync_folder(folder)  # the sheets' names, made durable once for the batch
    click.echo(t("sheet.cli.summary", written=written, failed=failed, folder=folder))
    for note in notes:  # once each (a form's missing logo), not once per sheet
        click.echo(f"{t('forms2.cli.warning')}: {note}", err=True)
    if failed:
        sys.exit(2)
