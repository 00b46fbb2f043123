"""A field the program filled in is typed over; a field the user filled is added to.

The walk picked a teacher whose subject is Matematika, tabbed to the subject (filled in
from the teacher), typed "Matematika" and got "MatematikaMatematika". A value the program
put there as a suggestion is shown selected when the field is reached, so what is typed
replaces it; the user's own text keeps the cursor at its end (a town's name corrected by
adding " Raya" is not lost)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


async def test_the_subject_filled_from_the_teacher_is_replaced_by_what_is_typed(school_dir: Path) -> None:
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
        await pilot.press("tab", "tab", "tab")  # the form, the class, the subject
        await wait_until(pilot, lambda: app.focused is subject, "Tab to the subject")
        assert subject.selected_text == "IPA", "the suggestion is shown selected"
        await pilot.press(*"Fisika")
        await wait_until(pilot, lambda: subject.value == "Fisika", lambda: f"'Fisika', not {subject.value!r}")

        # Now it is the user's text: reached again, what is typed is added to it.
        await pilot.press("shift+tab", "tab")
        await wait_until(pilot, lambda: app.focused is subject, "back on the subject")
        await pilot.press("space", *"Terapan")
        await wait_until(pilot, lambda: subject.value == "Fisika Terapan", lambda: f"added, not {subject.value!r}")


async def test_the_principals_name_copied_to_the_observer_is_replaced_by_what_is_typed(tmp_path: Path) -> None:
    from .test_first_day import _type

    app = ObservasiApp(make_context(tmp_path / "baru"))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        await _type(pilot, settings.query_one("#school-principal_name", Input), "Drs. Budi Santoso")
        observer_name = settings.query_one("#observer-name", Input)
        assert observer_name.value == "Drs. Budi Santoso"  # the principal usually observes
        observer_name.focus()
        await wait_until(pilot, lambda: app.focused is observer_name, "the observer's name")
        await pilot.press(*"Dra. Siti")
        await wait_until(
            pilot, lambda: observer_name.value == "Dra. Siti", lambda: f"'Dra. Siti', not {observer_name.value!r}"
        )
