"""Writing export files safely: a temp file beside the target, flushed, fsynced, renamed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from observasi.errors import UserError
from observasi.i18n import t


def write_atomic(path: Path, produce: Callable[[Path], None]) -> Path:
    """Let *produce* write a temp file in the target folder, then move it into place, so a
    crash or a full disk never leaves a half-written export under the real name."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".~observasi-", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise UserError(t("recap.err.write", path=path, detail=exc.strerror or exc)) from exc
    temp = Path(temp_name)
    try:
        produce(temp)
        with open(temp, "rb+") as stream:
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except PermissionError as exc:
        # On Windows a file open in Excel cannot be replaced.
        raise UserError(t("recap.err.in_use", path=path)) from exc
    except OSError as exc:
        raise UserError(t("recap.err.write", path=path, detail=exc.strerror or exc)) from exc
    finally:
        if temp.exists():
            temp.unlink(missing_ok=True)
    return path
