"""Where observasi keeps things. One module, so tests can point everything at a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "OBSERVASI_HOME"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("observasi", appauthor=False)


def resolve_data_dir(option: str | Path | None) -> Path:
    """``--data-dir`` first, then ``OBSERVASI_HOME``, then the platform's user data dir."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def user_forms_dir(data_dir: Path) -> Path:
    return data_dir / "forms"


def shared_forms_dir(shared_folder: Path | None) -> Path | None:
    return shared_folder / "observasi" / "forms" if shared_folder else None
