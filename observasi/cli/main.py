"""The console entry point: language first, then the commands, and one place for errors.

No traceback reaches the user: a UserError becomes one plain line (exit 2), anything
unexpected a short line that says the data is safe (exit 2); ``--debug`` shows the
traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from observasi.i18n import LANGUAGES, set_language


def _early_language(argv: list[str]) -> None:
    """Help texts are built when the commands are defined, so the language must be
    known before: from ``--lang`` or ``OBSERVASI_LANG``."""
    lang = os.environ.get("OBSERVASI_LANG", "")
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    if lang in LANGUAGES:
        set_language(lang)


def _early_signer(argv: list[str]) -> None:
    """``observasi sheet ID --sign``: the helper that imports pyHanko and signs (a process
    of its own, :mod:`observasi.signing.pdf_signature`) starts before this command's own
    imports, so its 0.4 s import runs alongside them and the drawing instead of after. A
    word "sheet" that is not the command only starts a helper that exit ends."""
    if "--sign" in argv and "sheet" in argv:
        from observasi.signing import pdf_signature

        pdf_signature.start_ahead()


def _utf8_when_redirected() -> None:
    """Output to a file or a pipe is UTF-8, whatever the console's code page: on Windows a
    redirected stream takes the ANSI code page (cp1252), which has no "Ş" or "ễ", and
    ``list --json > out.json`` failed on the first such name. A terminal keeps its own
    encoding; a character it cannot show becomes "?" rather than an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream.isatty():
                reconfigure(errors="replace")
            elif (stream.encoding or "").lower().replace("-", "").replace("_", "") != "utf8":
                reconfigure(encoding="utf-8")
        except (OSError, ValueError):
            continue  # a closed or detached stream: leave it as it is


def run(argv: list[str] | None = None) -> None:
    import click

    _utf8_when_redirected()
    argv = list(sys.argv[1:] if argv is None else argv)
    _early_language(argv)
    _early_signer(argv)
    from observasi.cli.commands import cli
    from observasi.errors import UserError
    from observasi.i18n import t

    debug = "--debug" in argv or bool(os.environ.get("OBSERVASI_DEBUG"))
    try:
        _run_cli(cli, argv)
    except BrokenPipeError:
        _reader_gone()
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        from observasi.cli.click_texts import show_error

        show_error(exc)
        sys.exit(2 if exc.exit_code == 2 or isinstance(exc, click.UsageError) else exc.exit_code)
    except click.Abort:
        sys.exit(1)
    except UserError as exc:
        if debug:
            raise
        click.echo(exc.message, err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        click.echo(t("cli.err.unexpected", detail=f"{type(exc).__name__}: {exc}"), err=True)
        sys.exit(2)


def _run_cli(cli: Any, argv: list[str]) -> None:
    stdout = sys.stdout
    try:
        code = cli.main(args=argv, prog_name="observasi", standalone_mode=False)
        # Without standalone mode click returns (not raises) the code of ctx.exit(n).
        if isinstance(code, int) and code:
            sys.exit(code)
    except SystemExit as exc:
        # click meets a closed pipe itself (``observasi list | head``): it puts a
        # quiet wrapper in place of standard output and exits 1. The reader had what it
        # wanted: that is not a failure.
        if exc.code == 1 and sys.stdout is not stdout:
            _reader_gone()
        raise


def _reader_gone() -> None:
    """The command's reader stopped reading (``| head``): exit 0, quietly. Standard output
    goes to the null device first, so the flush at exit does not fail a second time
    (Python's advice for SIGPIPE)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    sys.exit(0)
