"""The planner: from the home screen (j), the teachers spread over the chosen weeks, a row
moved, a row started (its observation is created and its pre-observation opens)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import DataTable, Input

from observasi.core.dates import semester_of
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.fields_form import FieldsForm
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.programme_screen import ProgrammeScreen
from tests.tui.conftest import make_context
from tests.waiting import notifications, wait_for_screen, wait_until


async def test_plan_move_and_start_from_the_planner(school_dir: Path) -> None:
    context = make_context(school_dir)
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("j")
        screen = await wait_for_screen(pilot, ProgrammeScreen)
        table = screen.query_one("#schedule", DataTable)
        assert table.row_count == 0
        await pilot.press("p")
        form = await wait_for_screen(pilot, FieldsForm)
        form.query_one("#field-first", Input).value = today.strftime("%d/%m/%Y")
        form.query_one("#field-weeks", Input).value = "1"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ProgrammeScreen)
        await wait_until(pilot, lambda: table.row_count == 3, "three rows")
        stored = context.store.programme_of(semester_of(today))
        assert stored is not None
        assert [r.week for r in stored.schedule] == [monday.isoformat()] * 3

        table.focus()
        await pilot.press("m")
        form = await wait_for_screen(pilot, FieldsForm)
        form.query_one("#field-day", Input).value = "not a date"
        said = notifications(app)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "bukan tanggal" in " ".join(said), "the refusal")
        assert isinstance(app.screen, FieldsForm)  # still open, nothing typed lost
        form.query_one("#field-day", Input).value = today.strftime("%d/%m/%Y")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ProgrammeScreen)
        first = stored.schedule[0]
        moved = context.store.programme_of(semester_of(today))
        assert moved is not None and moved.row(first.id).planned_date == today.isoformat()

        table.focus()
        table.move_cursor(row=table.get_row_index(first.id))
        await pilot.press("enter")
        await wait_for_screen(pilot, NewObservationScreen)
        started = context.store.programme_of(semester_of(today))
        assert started is not None
        obs_id = started.row(first.id).observation_id
        assert obs_id is not None
        obs = context.store.get_observation(obs_id)
        assert (obs.teacher_id, obs.date, obs.status.value) == (first.teacher_id, today.isoformat(), "draft")
