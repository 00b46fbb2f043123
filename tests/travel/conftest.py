"""Two laptops of one school sharing a folder: A with the demo school, B joined and approved."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync.service import sync
from tests.privacy.enrolled import join


@pytest.fixture
def laptops(tmp_path: Path):
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / n)) for n in "AB")
    fill_demo(a.store, a.catalog)
    sync(a, shared)
    join(a, b, shared)
    yield a, b, shared
    for context in (a, b):
        context.store.close()
