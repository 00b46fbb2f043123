"""The walk: `/` on Beranda appended to the previous search ("nguyennguyen" found nothing),
and `c` under a search talked about a draft the search hid. Now `/` starts a new search
with the old text selected (typing replaces it), keys typed at machine speed right after
`/` all land in the box, and `c` says plainly that the draft it names is hidden."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import notifications, wait_for_screen, wait_until

from .burst import burst, keys_of
from .conftest import draft_of, make_context


async def test_slash_starts_a_new_search_even_at_machine_speed(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)  # Siti Aminah
    draft_of(context, teacher_index=1)  # Ahmad Fauzi
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        box = screen.query_one("#search", Input)
        await wait_until(pilot, lambda: table.row_count == 2, "both observations listed")
        await pilot.press("slash", *"siti", "enter")
        await wait_until(pilot, lambda: table.has_focus and table.row_count == 1, "the list, searched")

        await pilot.press("slash")  # the old search is there, selected: nothing typed yet
        await wait_until(pilot, lambda: box.has_focus, "the search box")
        assert box.value == "siti" and box.selected_text == "siti"
        await pilot.press("escape")  # left as it was
        await wait_until(pilot, lambda: table.has_focus, "the list")
        assert box.value == "siti" == screen.filters.search

        burst(app, ["slash", *keys_of("ahmad"), "enter"])  # a fast typist: nothing waits
        await wait_until(
            pilot,
            lambda: table.has_focus and screen.filters.search == "ahmad",
            lambda: f"the new search ({box.value!r} {screen.filters.search!r} {app.focused})",
        )
        assert box.value == "ahmad" and table.row_count == 1


async def test_c_under_a_search_says_the_draft_it_names_is_hidden(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)  # Siti Aminah: the draft `c` points to
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the draft listed")
        await pilot.press("slash", *"ahmad", "enter")
        await wait_until(pilot, lambda: table.has_focus and table.row_count == 0, "a search that hides it")
        await pilot.press("c")
        await wait_until(pilot, lambda: any("Siti Aminah" in m for m in said), "what c says")
        message = next(m for m in said if "Siti Aminah" in m)
        assert "tersembunyi" in message and "Esc" in message, message
