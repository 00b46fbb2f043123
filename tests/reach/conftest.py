"""The demo school (12 teachers, final observations in the first semester of 2026) with its
files folder apart from the data folder, as on a principal's laptop (Documents/observasi)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.i18n import set_language
from observasi.settings import Settings
from tests.tui.conftest import school_dir

__all__ = ["demo_app_context", "files_dir", "school_dir"]


@pytest.fixture
def files_dir(tmp_path: Path) -> Path:
    return tmp_path / "Documents" / "observasi"


@pytest.fixture
def demo_app_context(tmp_path: Path, files_dir: Path) -> Iterator[AppContext]:
    set_language("id")
    context = AppContext(Settings(data_dir=tmp_path / "demo", lang="id", lang_forced=True))
    fill_demo(context.store, context.catalog)
    context.update_settings(output_dir=files_dir)  # as the settings screen keeps it
    assert context.settings.files_dir == files_dir
    yield context
    context.store.close()
