"""The teachers list: g from home, each teacher's number of observations and the nilai
of the latest final one; Enter opens that teacher's history, Esc goes back."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.history_screen import TeacherHistoryScreen
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_for_workers, wait_until

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
    held = draft_of(context, teacher_index=1, day="2026-11-21")  # Ahmad: a lesson held, in its reflection
    edit(context.store, held.id, ch.StartLesson(None))
    edit(context.store, held.id, ch.EndLesson())
    latest = context.store.list_observations(teacher_id="1".zfill(32), status="final", order="date_desc")[0]
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("g")
        screen = await wait_for_screen(pilot, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 3, "the three teachers")
        rows = {
            str(table.get_row_at(i)[0]): [str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)
        }
        assert set(rows) == {"Ahmad Fauzi, S.Pd.", "Dewi Lestari, S.Pd.", "Siti Aminah, S.Pd."}
        siti = rows["Siti Aminah, S.Pd."]
        # Lessons observed: the two finals; the draft is a plan (it was counted: "3").
        assert siti[2] == "2"
        # The latest final, not the draft, in the Indonesian number style.
        assert siti[3] == "2026-10-01" and siti[4] == str(latest.nilai).replace(".", ",")
        assert rows["Dewi Lestari, S.Pd."][2:5] == ["0", "–", "–"]
        assert rows["Ahmad Fauzi, S.Pd."][2:5] == ["1", "–", "–"]  # observed; no final nilai yet

        table.move_cursor(row=table.get_row_index("1".zfill(32)))
        await pilot.press("enter")
        await wait_for_screen(pilot, TeacherHistoryScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, TeachersScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)


async def test_a_teachers_data_is_exported_and_erased_only_after_saying_what_goes(school_dir: Path) -> None:
    """UU 27/2022 from the app: e writes the JSON and the sheets under ekspor/; Delete
    lists what will be erased, starts on Cancel, and erases only when confirmed."""
    from textual.widgets import Button

    from observasi import paths
    from observasi.tui.dialogs.questions import ConfirmDialog

    context = make_context(school_dir)
    siti = "1".zfill(32)
    final_id = finished(context, 0, "2026-10-01", "3")
    draft_of(context, teacher_index=0, day="2026-11-20")
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("g")
        screen = await wait_for_screen(pilot, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        await wait_until(pilot, lambda: siti in {key.value for key in table.rows}, "Siti's row")
        table.move_cursor(row=table.get_row_index(siti))

        await pilot.press("e")
        folder = paths.teacher_export_dir(school_dir, "Siti Aminah, S.Pd.")
        await wait_until(pilot, lambda: len(list(folder.glob("*.pdf"))) == 2, "the export's two sheets")
        await wait_for_workers(pilot)
        exported = json.loads((folder / "Siti Aminah, S.Pd.json").read_text(encoding="utf-8"))
        assert [o["record"]["date"] for o in exported["observations"]] == ["2026-10-01", "2026-11-20"]
        assert len(list(folder.glob(f"*-{final_id[:8]}.pdf"))) == 1 and len(list(folder.glob("*.pdf"))) == 2

        await pilot.press("x")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        said = " ".join(dialog.lines)
        assert "Siti Aminah" in said and "2 observasi" in said and "tanda hapus" in said
        assert f"Salinan ekspor di {folder} tetap disimpan" in said  # the copy just made is not erased
        assert isinstance(app.focused, Button) and app.focused.id == "cancel"
        await pilot.press("enter")  # an Enter pressed too soon cancels
        await wait_until(pilot, lambda: app.screen is screen, "back on the teachers screen")
        assert context.store.get_teacher(siti) is not None
        assert len(context.store.list_observations(teacher_id=siti)) == 2

        await pilot.press("x")
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")  # confirmed on purpose
        await wait_until(pilot, lambda: siti not in {key.value for key in table.rows}, "Siti's row gone")
        await wait_for_workers(pilot)
        assert context.store.get_teacher(siti) is None
        assert context.store.list_observations(teacher_id=siti) == []
        assert siti not in {key.value for key in table.rows}
        assert (folder / "Siti Aminah, S.Pd.json").is_file()
