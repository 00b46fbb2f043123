"""The history and recap screens on the demo school, driven through Pilot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable, Input, Static

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.tui.screens.history_screen import TeacherHistoryScreen
from observasi.tui.screens.recap_screen import RecapScreen
from tests.waiting import wait_for_screen, wait_until

TODAY = dt.date(2026, 11, 24)


class Host(App[None]):
    def __init__(self, screen_factory) -> None:
        super().__init__()
        self._factory = screen_factory

    def on_mount(self) -> None:
        self.push_screen(self._factory())


@pytest.fixture
def demo(data_dir: Path) -> AppContext:
    context = AppContext(Settings(data_dir=data_dir))
    fill_demo(context.store, context.catalog, today=TODAY)
    return context


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


async def test_history_screen_shows_chart_trend_and_changes_a_followup(demo: AppContext) -> None:
    store = demo.store
    teacher = next(x for x in store.list_teachers() if x.name.startswith("Ahmad Fauzi"))
    app = Host(lambda: TeacherHistoryScreen(demo, teacher.id))
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await wait_for_screen(pilot, TeacherHistoryScreen)
        observations = store.list_observations(teacher_id=teacher.id)
        assert screen.query_one("#history-entries", DataTable).row_count == len(observations)
        assert "Ahmad Fauzi" in _text(screen, "#history-title")
        chart = _text(screen, "#history-chart")
        assert "█" in chart and "2026-" in chart
        last = screen.history.followups_of
        assert last is not None and screen.query_one("#history-followups", DataTable).row_count == len(
            screen.history.followups
        )
        before = store.get_observation(last.id).followups[0].status
        await pilot.press("s")
        await wait_until(pilot, lambda: screen.history.followups[0].status != before, "the next status")
        after = store.get_observation(last.id).followups[0].status
        assert after != before  # saved in the database at once
        assert screen.history.followups[0].status == after
        await pilot.press("escape")
        await wait_until(pilot, lambda: not screen.is_active, "the history screen to close")


async def test_recap_screen_shows_the_semester_and_exports(demo: AppContext, data_dir: Path) -> None:
    app = Host(lambda: RecapScreen(demo, today=TODAY))
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await wait_for_screen(pilot, RecapScreen)
        await wait_until(pilot, lambda: screen.recap is not None, "the semester's recap")
        assert screen.query_one("#recap-semester", Input).value == "2026-1"
        assert screen.query_one("#recap-teachers", DataTable).row_count == 12
        assert "hanya observasi final: 12" in _text(screen, "#recap-summary")
        assert "Sangat Baik" in _text(screen, "#recap-predikat")
        assert screen.query_one("#recap-indicators", DataTable).row_count > 0
        assert screen.query_one("#recap-observers", DataTable).row_count == 2
        assert "Belum ada pelajaran" in _text(screen, "#recap-agreement")
        await pilot.press("x")
        await wait_until(pilot, lambda: screen.last_export is not None, "the export")
        target = data_dir / "rekap" / "rekap-2026-1.xlsx"
        assert screen.last_export == target and target.is_file()


async def test_recap_screen_range_and_a_bad_date(demo: AppContext) -> None:
    app = Host(lambda: RecapScreen(demo, today=TODAY))
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await wait_for_screen(pilot, RecapScreen)
        await wait_until(pilot, lambda: screen.recap is not None, "the semester's recap")
        screen.query_one("#recap-from", Input).value = "kemarin"
        screen.query_one("#recap-to", Input).value = "2026-12-31"
        await pilot.click("#recap-apply")
        await wait_until(pilot, lambda: "kemarin" in _text(screen, "#recap-message"), "the bad date named")
        screen.query_one("#recap-from", Input).value = "01/01/2026"
        screen.query_one("#recap-to", Input).value = "2026-06-30"
        screen.query_one("#recap-to", Input).focus()
        await pilot.press("enter")  # Enter in a date field applies it too

        def the_range() -> bool:
            return screen.recap is not None and screen.recap.period.semester is None

        await wait_until(pilot, the_range, "the recap of the range")
        assert _text(screen, "#recap-message") == ""
        assert screen.recap is not None and screen.recap.period.semester is None
        assert screen.query_one("#recap-teachers", DataTable).row_count == 12  # everyone once in 2025-2
