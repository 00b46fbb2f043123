"""The roster's services take the app's context; its store is the test's store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.store import Store


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext(Settings(data_dir=data_dir))
    yield context
    context.store.close()


@pytest.fixture
def store(context: AppContext) -> Store:
    return context.store
