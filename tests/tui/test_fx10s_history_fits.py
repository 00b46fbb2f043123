"""The history of a teacher at 80x24 and 100x30 (the walk of round 10): the observer's name
was cut with no mark ("Dra. Sri Wahyun"), and the follow-up table's last title read "St",
its status cells "Bel", pushed off by a long action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from observasi.demo import fill_demo
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.history_screen import TeacherHistoryScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def _history(pilot: Any, app: ObservasiApp, teacher_id: str) -> TeacherHistoryScreen:
    await wait_for_screen(pilot, HomeScreen)
    app.open(places.History(teacher_id))
    screen = await wait_for_screen(pilot, TeacherHistoryScreen)
    tables = (screen.entries_table, screen.followups_table)
    await wait_until(pilot, lambda: all(table.row_count and table.size.width for table in tables), "the history")
    return screen


def _agus(tmp_path: Path) -> tuple[ObservasiApp, str]:
    context = make_context(tmp_path / "demo")
    fill_demo(context.store, context.catalog)
    teacher = next(row for row in context.store.list_teachers() if row.name.startswith("Agus Salim"))
    return ObservasiApp(context), teacher.id


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_observer_is_cut_with_a_mark(tmp_path: Path, size: tuple[int, int]) -> None:
    app, teacher_id = _agus(tmp_path)
    async with app.run_test(size=size) as pilot:
        entries: DataTable[Any] = (await _history(pilot, app, teacher_id)).entries_table
        observer = str(entries.get_row_at(0)[2])
        whole = "Dra. Sri Wahyuningsih, M.Pd."
        assert observer != whole and observer.endswith("…"), observer  # cut, and marked so
        assert whole.startswith(observer[:-1]), observer
        assert len(observer) <= list(entries.columns.values())[2].width


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_every_follow_up_column_shows_with_its_whole_title(tmp_path: Path, size: tuple[int, int]) -> None:
    app, teacher_id = _agus(tmp_path)
    async with app.run_test(size=size) as pilot:
        followups: DataTable[Any] = (await _history(pilot, app, teacher_id)).followups_table
        titles = [str(column.label) for column in followups.columns.values()]
        assert titles == ["Tindak lanjut", "Tenggat", "Status"]
        # Every column within the table: nothing to scroll sideways to.
        assert followups.virtual_size.width <= followups.scrollable_content_region.width, (
            followups.virtual_size,
            followups.scrollable_content_region,
        )
        status = str(followups.get_row_at(0)[2])
        assert status == "Belum mulai" and len(status) <= list(followups.columns.values())[2].width
        action = str(followups.get_row_at(0)[0])  # whole: it wraps in its column
        assert action == "Mengikuti komunitas belajar tentang disiplin positif", action
