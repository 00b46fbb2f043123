"""`observasi keys ...` (the observer's signing key) and `observasi verify` (a signed PDF),
and the passphrase every signing command asks for."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from observasi import paths
from observasi.cli.commands import cli, pass_context
from observasi.context import AppContext
from observasi.core.os_reason import read_reason
from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing.keys import (  # a light module: crypto is imported inside its functions
    MIN_PASSPHRASE,
    PASSPHRASE_ENV,
)


def obtain_passphrase(passphrase_file: str | None, *, new: bool = False) -> str:
    """From --passphrase-file, else OBSERVASI_PASSPHRASE, else asked on the terminal."""
    if passphrase_file:
        from observasi.signing.keys import passphrase_from_file

        return passphrase_from_file(read_passphrase_file(Path(passphrase_file)), passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(t("signing.err.no_terminal"))
    if new:
        return click.prompt(
            t("privacy.key.prompt_new", min=MIN_PASSPHRASE),
            hide_input=True,
            confirmation_prompt=t("signing.prompt.repeat"),
        )
    return click.prompt(t("signing.prompt.passphrase"), hide_input=True)


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file, as Notepad saves it (UTF-8 with or without a
    BOM, or "Unicode", UTF-16 with a BOM); a file that holds none is named and refused."""
    import codecs

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(t("signing.err.passphrase_file", path=path, detail=read_reason(exc))) from exc
    encoding = "utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(t("bad.passphrase.not_text", path=path)) from exc
    lines = text.splitlines()
    first = lines[0] if lines else ""
    if not first:
        raise UserError(t("bad.passphrase.empty", path=path))
    if "\x00" in first:
        raise UserError(t("bad.passphrase.not_text", path=path))
    return first


passphrase_option = click.option(
    "--passphrase-file", type=click.Path(dir_okay=False), help=t("signing.help.passphrase_file")
)


@cli.group("keys", help=t("signing.help.keys"))
def keys_group() -> None:
    pass


@keys_group.command("create", help=t("signing.help.keys_create"))
@passphrase_option
@click.option("--force", is_flag=True, help=t("signing.help.force"))
@pass_context
def keys_create(context: AppContext, passphrase_file: str | None, force: bool) -> None:
    from observasi.signing.keys import create_key

    key = paths.observer_key(context.settings.data_dir)
    if key.exists() and not force:
        raise UserError(t("signing.err.key_exists", path=key))
    info = create_key(context, obtain_passphrase(passphrase_file, new=True), force=force)
    click.echo(t("signing.keys.created", path=info.path, subject=info.subject, fingerprint=info.fingerprint))


@keys_group.command("show", help=t("signing.help.keys_show"))
@pass_context
def keys_show(context: AppContext) -> None:
    from observasi.signing.keys import key_info, trusted_certificates, trusted_problems

    info = key_info(context)
    click.echo(
        t(
            "signing.keys.show",
            path=info.path,
            subject=info.subject,
            fingerprint=info.fingerprint,
            start=info.not_before.date().isoformat(),
            end=info.not_after.date().isoformat(),
        )
    )
    from observasi.signing.key_status import certificate_differs

    differs = certificate_differs(context)
    if differs is not None:  # as the app's key panel says it
        stale = t("fx10c.cli.differs", named=differs.named, profile=differs.profile)
        click.echo(f"{t('forms2.cli.warning')}: {stale}", err=True)
    from observasi.signing.colleagues import own_code

    click.echo(t("travel.cert.own_code", code=own_code(context.settings.data_dir)))
    others = len(trusted_certificates(context.settings.data_dir)) - 1
    click.echo(
        t(
            "signing.keys.trusted",
            count=max(0, others),
            folder=paths.trusted_certificates_dir(context.settings.data_dir),
        )
    )
    for line in trusted_problems(context.settings.data_dir):
        click.echo(line)


@keys_group.command("export-cert", help=t("signing.help.keys_export"))
@click.argument("file", type=click.Path(dir_okay=False))
@pass_context
def keys_export(context: AppContext, file: str) -> None:
    from observasi.signing.keys import export_certificate

    click.echo(t("signing.keys.exported", path=export_certificate(context, Path(file))))


@cli.command("verify", help=t("trust.help.verify"))
@click.argument("file", type=click.Path())  # a folder is refused by verify_pdf, in the user's language
@pass_context
def verify_cmd(context: AppContext, file: str) -> None:
    from observasi.signing.verify_report import verify_report

    report = verify_report(context, file)
    for line in report.lines:
        click.echo(line)
    sys.exit(report.code)
