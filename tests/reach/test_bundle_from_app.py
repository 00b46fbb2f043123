"""A teacher's evidence bundle from the app: b on the teachers screen or on the home list
(the selected observation's teacher); the zip goes to the files folder with the same
service as ``observasi bundle``, and the screen says where and what it holds."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Select

from observasi.context import AppContext
from observasi.core.period import Period
from observasi.queries import evidence
from observasi.sheet.bundle import bundle_file
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.make_file import MakeFileDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

DEWI = "Dewi Kartika Sari, S.Pd."


@pytest.fixture(autouse=True)
def the_demo_year(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's observations are in 2026: the periods of a day in its first semester."""
    real = evidence.periods
    monkeypatch.setattr(evidence, "periods", lambda today=None: real(dt.date(2026, 11, 20)))


def dewi(context: AppContext) -> object:
    found = [t for t in context.store.list_teachers() if t.name == DEWI]
    assert len(found) == 1
    return found[0]


async def test_the_bundle_of_the_year_from_the_teachers_screen(demo_app_context: AppContext, files_dir: Path) -> None:
    context = demo_app_context
    teacher = dewi(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("g")
        screen = await wait_for_screen(pilot, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 12, "the teachers")
        table.move_cursor(row=table.get_row_index(teacher.id))  # type: ignore[attr-defined]
        await pilot.press("b")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        shown = screen_text(app)
        assert "Guru: Dewi Kartika Sari" in shown and "Tahun 2026: 2 observasi final, 0 lampiran" in shown
        said = notifications(app)
        dialog.query_one("#bundle-period", Select).value = "2026"  # this calendar year
        await pilot.pause()
        dialog.query_one("#make-chosen", Button).press()
        target = bundle_file(files_dir, teacher, Period.of_year(2026))  # type: ignore[arg-type]
        await wait_until(pilot, lambda: any(str(target) in s for s in said), "where the zip went")
        assert "2 lembar (0 bertanda tangan), 0 lampiran, 1 ringkasan" in said[-1]
        assert dialog.query_one("#make-print", Button).display is False  # a zip is not printed
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert names[0] == "ringkasan-2026.pdf"
    assert all(n.startswith("lembar/") for n in names[1:])
    assert len(names) == 3
    assert not (context.settings.data_dir / "ekspor").exists()  # not hidden in the data folder


async def test_the_bundle_of_the_semester_from_the_home_list(demo_app_context: AppContext, files_dir: Path) -> None:
    context = demo_app_context
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, "the observations")
        table.focus()
        obs_id = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        obs = context.store.get_observation(obs_id)
        teacher = context.store.get_teacher(obs.teacher_id)
        assert teacher is not None
        await pilot.press("b")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        assert f"Guru: {teacher.name}" in screen_text(app)
        said = notifications(app)
        await pilot.press("enter")  # the button, for the first period offered: this semester
        semester = Period.of_semester("2026-1")
        target = bundle_file(files_dir, teacher, semester)
        finals = context.store.list_observations(
            teacher_id=teacher.id, status="final", date_from=semester.date_from, date_to=semester.date_to
        )
        if finals:
            await wait_until(pilot, lambda: any(str(target) in s for s in said), "where the zip went")
            with zipfile.ZipFile(target) as archive:
                names = archive.namelist()
            assert names[0] == "ringkasan-2026-1.pdf"
            assert sum(n.startswith("lembar/") for n in names) == len(finals)
        else:
            await wait_until(pilot, lambda: any("belum punya observasi final" in s for s in said), "the refusal")
            assert not target.exists()
        assert isinstance(app.screen, MakeFileDialog) and dialog.last_path == (target if finals else None)


async def test_an_earlier_semester_with_data_is_offered(demo_app_context: AppContext, files_dir: Path) -> None:
    """Not only this semester and this year: every semester and calendar year in which the
    teacher has a final observation, each saying what its zip will hold."""
    context = demo_app_context
    teacher = dewi(context)
    with_data = evidence.periods_with_data(context, teacher)  # type: ignore[arg-type]
    earlier = [p for p in with_data if p not in evidence.periods()]
    assert earlier, "the demo has an earlier period with a final observation of Dewi"
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("g")
        screen = await wait_for_screen(pilot, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 12, "the teachers")
        table.move_cursor(row=table.get_row_index(teacher.id))  # type: ignore[attr-defined]
        await pilot.press("b")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        chooser = dialog.query_one("#bundle-period", Select)
        offered = [str(value) for _, value in chooser._options]
        assert offered[:2] == ["2026-1", "2026"]
        assert [p.file_stem() for p in earlier] == offered[2:]
        chooser.value = earlier[0].file_stem()
        await pilot.pause()
        said = notifications(app)
        dialog.query_one("#make-chosen", Button).press()
        target = bundle_file(files_dir, teacher, earlier[0])  # type: ignore[arg-type]
        await wait_until(pilot, lambda: any(str(target) in s for s in said), "where the zip went")
        assert "((" not in said[-1] and "))" not in said[-1]  # one pair of brackets, the dates
    assert target.is_file()


def test_forgetting_the_teacher_names_the_bundle_kept(demo_app_context: AppContext, files_dir: Path) -> None:
    """The zip is the user's copy: forgetting the teacher leaves it, and says where it is."""
    from observasi import privacy

    context = demo_app_context
    teacher = dewi(context)
    made = evidence.write(context, teacher, Period.of_year(2026), False, None)  # type: ignore[arg-type]
    plan = privacy.forget_plan(context.store, teacher)  # type: ignore[arg-type]
    lines = privacy.plan_lines(plan, context.settings.data_dir)
    assert any(str(made.path.parent) in line and "tetap disimpan" in line for line in lines)


async def test_a_key_made_from_the_dialog_signs_the_bundle(demo_app_context: AppContext, files_dir: Path) -> None:
    """No key yet: the dialog says so, k makes one, and the sheets in the zip are signed."""
    from textual.widgets import Checkbox, Input

    from observasi.tui.dialogs.signing_key import SigningKeyDialog

    context = demo_app_context
    teacher = dewi(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("g")
        screen = await wait_for_screen(pilot, TeachersScreen)
        table = screen.query_one("#teachers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 12, "the teachers")
        table.move_cursor(row=table.get_row_index(teacher.id))  # type: ignore[attr-defined]
        await pilot.press("b")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        assert "belum ada kunci tanda tangan" in screen_text(app)
        await pilot.press("k")
        key = await wait_for_screen(pilot, SigningKeyDialog)
        key.query_one("#key-password", Input).value = "kunci rahasia sekolah"
        key.query_one("#key-repeat", Input).value = "kunci rahasia sekolah"
        key.query_one("#create", Button).press()
        await wait_for_screen(pilot, MakeFileDialog)
        sign = dialog.query_one("#make-sign", Checkbox)
        await wait_until(pilot, lambda: sign.display and sign.value, "the box ticked")
        said = notifications(app)
        dialog.query_one("#bundle-period", Select).value = "2026"
        await pilot.pause()
        dialog.query_one("#make-chosen", Button).press()  # the passphrase was just typed: not asked again
        await wait_until(pilot, lambda: any("2 lembar (2 bertanda tangan)" in s for s in said), "signed sheets")
