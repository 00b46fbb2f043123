"""The teachers list: g from home, each teacher's number of observations and the nilai
of the latest final one; Enter opens that teacher's history, Esc goes back."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.history_screen import TeacherHistoryScreen
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.conftest import edit

from .conftest import draft_of, make_context

SIZE = (100, 30)


def finished(context, teacher_index: int, day: str, level: str) -> str:
    """A final observation on the mini form with every indicator at *level*."""
    store = context.store
    obs = draft_of(context, teacher_index=teacher_index, day=day)
    edit(store, obs.id, ch.StartLesson(None))
    for indicator in ("R1", "R2", "I1", "I2", "I3"):
        edit(store, obs.id, ch.Rate(indicator, level))
    edit(store, obs.id, ch.EndLesson())
    edit(store, obs.id, ch.Finalise())
    return obs.id


async def test_teachers_show_counts_and_the_latest_final_nilai(school_dir: Path) -> None:
    context = make_context(school_dir)
    finished(context, 0, "2026-08-01", "2")  # Siti: an older final, nilai 50
    finished(context, 0, "2026-10-01", "4")  # Siti: the latest final, nilai 100
    draft_of(context, teacher_index=0, day="2026-11-20")  # Siti: a newer draft, no nilai yet
    latest = context.store.list_observations(teacher_id="1".zfill(32), status="final", order="date_desc")[0]
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("g")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        rows = {
            str(table.get_row_at(i)[0]): [str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)
        }
        assert set(rows) == {"Ahmad Fauzi, S.Pd.", "Dewi Lestari, S.Pd.", "Siti Aminah, S.Pd."}
        siti = rows["Siti Aminah, S.Pd."]
        assert siti[2] == "3"  # two finals and the draft
        assert siti[3] == "2026-10-01" and siti[4] == latest.nilai  # the latest final, not the draft
        assert rows["Dewi Lestari, S.Pd."][2:5] == ["0", "–", "–"]

        table.move_cursor(row=table.get_row_index("1".zfill(32)))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TeacherHistoryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TeachersScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
