"""Run the `observasi` command in-process, as a user would type it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from observasi.cli.main import run
from observasi.i18n import set_language


@dataclass
class Result:
    code: int
    out: str
    err: str


def observasi(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    capsys.readouterr()
    code = 0
    try:
        run(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        captured = capsys.readouterr()
        set_language("id")
    return Result(code, captured.out, captured.err)
