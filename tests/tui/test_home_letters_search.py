"""A principal who starts typing a teacher's name on Beranda, outside the search box, finds
the teacher: a letter that is none of Beranda's keys starts the search with that letter
(the walk: "sukru" opened Rekap). Beranda's own keys (n, s, g, r ...) stay what they are."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, DataTable, Input

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.recap_screen import RecapScreen
from tests.waiting import wait_for_screen, wait_until

from .burst import burst, keys_of
from .conftest import draft_of, lesson_on, make_context


async def test_a_name_typed_on_the_list_goes_into_the_search(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)  # Siti Aminah
    draft_of(context, teacher_index=1)  # Ahmad Fauzi
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        box = screen.query_one("#search", Input)
        await wait_until(pilot, lambda: table.row_count == 2, "both observations listed")
        table.focus()
        await wait_until(pilot, lambda: table.has_focus, "the list")
        burst(app, [*keys_of("Ahmad"), "enter"])  # a fast typist; "A" is no key of Beranda
        await wait_until(
            pilot,
            lambda: table.has_focus and screen.filters.search == "Ahmad",
            lambda: f"the search ({box.value!r} {screen.filters.search!r} {app.focused})",
        )
        assert table.row_count == 1 and isinstance(app.screen, HomeScreen)
        # A key of Beranda stays one, in the order typed: s sorts, the letters after it search.
        burst(app, keys_of("sukru"))
        await wait_until(pilot, lambda: box.value == "ukru", lambda: f"'ukru' in the box, not {box.value!r}")
        assert screen.filters.order != "date_desc"  # sorted anew
        await pilot.press("enter")
        await wait_until(pilot, lambda: table.has_focus, "the list")
        await pilot.press("r")
        await wait_for_screen(pilot, RecapScreen)


async def test_a_name_typed_with_the_resume_button_focused_goes_into_the_search(school_dir: Path) -> None:
    context = make_context(school_dir)
    lesson_on(context, "supervisi-akademik", 5)  # a lesson under way: the resume button has the focus
    draft_of(context, teacher_index=1)  # Ahmad Fauzi
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        box = screen.query_one("#search", Input)
        await wait_until(pilot, lambda: isinstance(app.focused, Button), "the resume button focused")
        burst(app, keys_of("ahmad"))
        await wait_until(pilot, lambda: box.value == "ahmad", lambda: f"the search box with 'ahmad', not {box.value!r}")
        assert box.has_focus and isinstance(app.screen, HomeScreen)
