"""Fixtures for the feedback sheet: the demo school, a context on it, a key, PDF text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from textual.app import App

from observasi.context import AppContext
from observasi.core.record import Status
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.store.summary import ObservationSummary

PASSPHRASE = "rahasia kepala sekolah"


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    return tmp_path / "demo"


@pytest.fixture
def demo(demo_dir: Path) -> AppContext:
    """A context on a fresh demo school (12 teachers, 30 observations)."""
    context = AppContext(Settings(data_dir=demo_dir))
    fill_demo(context.store, context.catalog)
    yield context
    context.store.close()


def pick(
    context: AppContext,
    *,
    form: str,
    status: str = Status.final.value,
    observer_role: str | None = None,
    teacher: str | None = None,
) -> ObservationSummary:
    """One demo observation with the given form, status (and observer role / teacher name)."""
    for item in context.store.list_observations(status=status, form_id=form, order="date_asc"):
        if teacher and teacher not in item.teacher_name:
            continue
        if observer_role and context.store.get_observation(item.id).observer.role != observer_role:
            continue
        return item
    raise AssertionError(f"no demo observation {form} {status} {observer_role} {teacher}")


def pdf_pages(data: bytes) -> list[str]:
    """Text of each page, whitespace collapsed (a wrapped line reads as one)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


class SheetHost(App[None]):
    """An app that shows the sheet dialog of one observation (the sheet screen's tests)."""

    def __init__(self, context: AppContext, observation_id: str) -> None:
        super().__init__()
        self.context = context
        self.observation_id = observation_id

    def on_mount(self) -> None:
        from observasi.tui.screens.sheet_screen import SheetScreen

        self.push_screen(SheetScreen(self.context, self.observation_id))
