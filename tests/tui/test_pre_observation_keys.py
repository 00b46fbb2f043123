"""The pre-observation form with the keyboard: Enter on the teacher picks and stays, so
Tab goes on in screen order (form, class, subject) and nothing typed lands in a field
filled from the teacher."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Select

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def test_enter_on_the_teacher_then_tab_tab_reaches_the_class(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        teacher = form.query_one("#teacher", Input)
        await wait_until(pilot, lambda: app.focused is teacher, "the teacher field")
        await pilot.press(*"fauz")
        matches = form.query_one("#teacher-matches", OptionList)
        await wait_until(pilot, lambda: matches.display and matches.highlighted_option is not None, "a match")
        await pilot.press("enter")
        await wait_until(pilot, lambda: form.teacher is not None, "the teacher picked")
        subject = form.query_one("#subject", Input)
        assert subject.value == "IPA"  # filled from the teacher
        assert app.focused is teacher

        await pilot.press("tab")
        await wait_until(pilot, lambda: app.focused is form.query_one("#form", Select), "Tab: the form")
        await pilot.press("tab")
        class_name = form.query_one("#class_name", Input)
        await wait_until(pilot, lambda: app.focused is class_name, "Tab Tab: the class")
        await pilot.press(*"VIII", "space", "A")
        await wait_until(pilot, lambda: class_name.value == "VIII A", "the class typed")
        assert subject.value == "IPA", "nothing appended to the subject"


async def test_a_teacher_picked_from_the_list_gives_the_cursor_back_to_the_field(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        teacher = form.query_one("#teacher", Input)
        await wait_until(pilot, lambda: app.focused is teacher, "the teacher field")
        await pilot.press(*"dewi")
        matches = form.query_one("#teacher-matches", OptionList)
        await wait_until(pilot, lambda: matches.display and matches.highlighted_option is not None, "a match")
        await pilot.press("down")  # into the list
        await wait_until(pilot, lambda: app.focused is matches, "the list")
        await pilot.press("enter")
        await wait_until(pilot, lambda: form.teacher is not None, "the teacher picked")
        assert app.focused is teacher and not matches.display
