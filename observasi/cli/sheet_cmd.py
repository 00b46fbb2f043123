"""`observasi keys ...`, `observasi sheet`, `observasi sheets`, `observasi verify`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from observasi.cli.commands import cli, pass_context
from observasi.context import AppContext
from observasi.core.dates import parse_date
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sheet.keys import PASSPHRASE_ENV  # a light module: crypto is imported inside its functions


def obtain_passphrase(passphrase_file: str | None, *, new: bool = False) -> str:
    """From --passphrase-file, else OBSERVASI_PASSPHRASE, else asked on the terminal."""
    if passphrase_file:
        path = Path(passphrase_file)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                t("sheet.err.passphrase_file", path=path, detail=getattr(exc, "strerror", None) or exc)
            ) from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(t("sheet.err.no_terminal"))
    if new:
        return click.prompt(
            t("sheet.prompt.passphrase_new"), hide_input=True, confirmation_prompt=t("sheet.prompt.repeat")
        )
    return click.prompt(t("sheet.prompt.passphrase"), hide_input=True)


_passphrase_option = click.option(
    "--passphrase-file", type=click.Path(dir_okay=False), help=t("sheet.help.passphrase_file")
)


@cli.group("keys", help=t("sheet.help.keys"))
def keys_group() -> None:
    pass


@keys_group.command("create", help=t("sheet.help.keys_create"))
@_passphrase_option
@click.option("--force", is_flag=True, help=t("sheet.help.force"))
@pass_context
def keys_create(context: AppContext, passphrase_file: str | None, force: bool) -> None:
    from observasi.sheet.keys import create_key, key_path

    if key_path(context.settings.data_dir).exists() and not force:
        raise UserError(t("sheet.err.key_exists", path=key_path(context.settings.data_dir)))
    info = create_key(context, obtain_passphrase(passphrase_file, new=True), force=force)
    click.echo(t("sheet.keys.created", path=info.path, subject=info.subject, fingerprint=info.fingerprint))


@keys_group.command("show", help=t("sheet.help.keys_show"))
@pass_context
def keys_show(context: AppContext) -> None:
    from observasi.sheet.keys import key_info, trusted_certificates, trusted_dir

    info = key_info(context)
    click.echo(
        t(
            "sheet.keys.show",
            path=info.path,
            subject=info.subject,
            fingerprint=info.fingerprint,
            start=info.not_before.date().isoformat(),
            end=info.not_after.date().isoformat(),
        )
    )
    others = len(trusted_certificates(context.settings.data_dir)) - 1
    click.echo(t("sheet.keys.trusted", count=max(0, others), folder=trusted_dir(context.settings.data_dir)))


@keys_group.command("export-cert", help=t("sheet.help.keys_export"))
@click.argument("file", type=click.Path(dir_okay=False))
@pass_context
def keys_export(context: AppContext, file: str) -> None:
    from observasi.sheet.keys import export_certificate

    click.echo(t("sheet.keys.exported", path=export_certificate(context, Path(file))))


@cli.command("sheet", help=t("sheet.help.sheet"))
@click.argument("observation_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help=t("sheet.help.out"))
@click.option("--sign", is_flag=True, help=t("sheet.help.sign"))
@_passphrase_option
@click.option("--lang", "sheet_lang", type=click.Choice(["id", "en"]), default=None, help=t("sheet.help.lang"))
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
    from observasi.sheet.service import signing_problem, write_sheet

    passphrase = None
    if sign:
        # Say what is wrong (draft, no key, not the signer) before asking for a passphrase.
        problem = signing_problem(context, gather(context, observation_id, sheet_lang, evidence=False))
        if problem:
            raise UserError(problem)
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
    click.echo(t("sheet.cli.written_signed" if sign else "sheet.cli.written", path=path))


@cli.command("sheets", help=t("sheet.help.sheets"))
@click.option("--status", type=click.Choice([s.value for s in Status]), help=t("sheet.help.status"))
@click.option("--since", help=t("sheet.help.since"))
@click.option(
    "-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), help=t("sheet.help.out_dir")
)
@click.option("--sign", is_flag=True, help=t("sheet.help.sign"))
@_passphrase_option
@click.option("--lang", "sheet_lang", type=click.Choice(["id", "en"]), default=None, help=t("sheet.help.lang"))
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
    from observasi.recap.personal_data import safe_file_name
    from observasi.sheet.keys import load_key
    from observasi.sheet.service import write_sheet

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
    passphrase = None
    if sign:
        passphrase = obtain_passphrase(passphrase_file)
        load_key(context, passphrase)  # a wrong passphrase stops the batch before the first file
    folder = Path(out_dir)
    written = failed = 0
    for item in items:
        target = folder / f"{safe_file_name(item.teacher_name)}-{item.date}-{item.short_id}.pdf"
        try:
            # Only final records can carry a signature; the others are written with DRAF.
            path = write_sheet(
                context,
                item.id,
                target,
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
    click.echo(t("sheet.cli.summary", written=written, failed=failed, folder=folder))
    if failed:
        sys.exit(2)


@cli.command("verify", help=t("sheet.help.verify"))
@click.argument("file", type=click.Path(dir_okay=False))
@pass_context
def verify_cmd(context: AppContext, file: str) -> None:
    from observasi.sheet.verify import verify_pdf

    result = verify_pdf(context, Path(file))
    details = []
    if result.signer:
        details.append(t("sheet.verify.signer", name=result.signer))
    if result.fingerprint:
        details.append(t("sheet.verify.fingerprint", fingerprint=result.fingerprint))
    if result.signed_at:
        details.append(t("sheet.verify.time", time=result.signed_at))
    if result.observation_id:
        details.append(t("sheet.verify.observation", id=result.observation_id))
    if result.certificate:
        details.append(result.certificate)
    if result.record:
        details.append(result.record)
    if result.ok:
        click.echo(t("sheet.verify.ok"))
    else:
        click.echo(t("sheet.verify.bad", reason=result.reason))
    for line in details:
        click.echo(f"  {line}")
    if not result.ok:
        sys.exit(1)
