"""Home: the list is refilled in place, so the cursor stays on the observation it was on."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from observasi.tui.app import ObservasiApp
from observasi.tui.base import cursor_key
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import HANG, wait_for_screen, wait_until

from .conftest import TEACHERS, draft_of, lesson_on, make_context, screen_text


async def test_the_cursor_stays_on_its_observation_when_the_order_changes(school_dir: Path) -> None:
    context = make_context(school_dir)
    for index, day in enumerate(("2026-11-20", "2026-11-21", "2026-11-22")):
        draft_of(context, teacher_index=index, day=day)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        table.focus()
        await wait_until(pilot, lambda: table.has_focus, "the list to have the focus")
        await pilot.press("down")
        await wait_until(pilot, lambda: table.cursor_row == 1, "the cursor on the second row")
        chosen = cursor_key(table)
        assert chosen is not None

        def first_dates() -> list[str]:
            return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]

        await pilot.press("s")  # newest first -> oldest first: the rows move
        await wait_until(pilot, lambda: first_dates() == ["2026-11-20", "2026-11-21", "2026-11-22"], "oldest first")
        assert screen.filters.order == "date_asc"
        assert cursor_key(table) == chosen
        assert str(table.get_row(chosen)[0]) == "2026-11-21" and table.cursor_row == 1  # the middle one
        await pilot.press("s")  # oldest first -> by teacher name: Ahmad, Dewi, Siti
        await wait_until(pilot, lambda: first_dates() == ["2026-11-21", "2026-11-22", "2026-11-20"], "by teacher")
        assert cursor_key(table) == chosen and table.cursor_row == 0  # Ahmad Fauzi's


async def test_the_sync_line_is_true_again_after_the_sync_screen_closes(school_dir: Path) -> None:
    """The header counts what is not sent yet; after a visit to the sync screen (where a
    sync may have run) it says what holds now, not what held when the app started."""
    from observasi.tui.screens.sync_screen import SyncScreen

    context = make_context(school_dir)
    shared = school_dir.parent / "Drive"
    shared.mkdir()
    context.update_settings(shared_folder=shared)
    draft_of(context)
    app = ObservasiApp(context, after_start_delay=10 * HANG)  # no refresh from the start-up's timer
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.refresh_sync_status()
        await wait_until(
            pilot, lambda: "1 menunggu dikirim" in app.sub_title, lambda: f"1 not sent, not {app.sub_title!r}"
        )
        draft_of(context, teacher_index=1)  # made elsewhere (the command line, a second window)
        await pilot.press("y")
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync the screen runs to end")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await wait_until(
            pilot, lambda: "0 menunggu dikirim" in app.sub_title, lambda: f"all sent, not {app.sub_title!r}"
        )
        assert "Sinkron terakhir" in app.sub_title  # the sync that ran on the screen


async def test_without_a_shared_folder_the_header_says_so_and_the_list_marks_conflicts(school_dir: Path) -> None:
    context = make_context(school_dir)
    calm = draft_of(context)
    other = draft_of(context, teacher_index=1)
    heads = [r.id for r in context.store.revisions(other.id)]
    context.store.set_conflict(other.id, heads + heads)  # as a sync leaves a record in conflict
    app = ObservasiApp(context, after_start_delay=10 * HANG)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        app.refresh_sync_status()
        await wait_until(pilot, lambda: "belum diatur" in app.sub_title, lambda: repr(app.sub_title))
        assert not any(ch.isdigit() for ch in app.sub_title.split("·")[0])  # no growing count
        table = screen.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "both observations listed")
        assert str(table.get_cell(other.id, "status")) == "KONFLIK"
        assert str(table.get_cell(calm.id, "status")) == "Draf"


def _footer(app: ObservasiApp) -> str:
    """The footer's line (the one naming F1's help)."""
    return next(line for line in screen_text(app).splitlines() if "Bantuan" in line)


async def test_the_search_box_lets_go_so_the_command_keys_work_again(school_dir: Path) -> None:
    """The walk: after a search, `c` (continue) was typed into the search box. While the box
    has the focus the footer names no letter key (they would be typed) but says how to get
    back; Esc there goes back to the list keeping the search, and `c` continues again."""
    context = make_context(school_dir)
    lesson_on(context, "supervisi-akademik", minutes_ago=3)  # what `c` continues
    searched = context.store.list_teachers()[0].name.split()[0].lower()  # the lesson's teacher
    other = next(i for i, name in enumerate(TEACHERS) if searched not in name.lower())
    draft_of(context, teacher_index=other)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "both observations listed")
        await pilot.press("slash", *searched)
        await wait_until(pilot, lambda: screen.filters.search == searched and table.row_count == 1, "the search")
        footer = _footer(app)
        assert "Ke daftar" in footer and "enter/esc" in footer
        assert "Lanjutkan" not in footer and "Baru" not in footer, footer

        await pilot.press("escape")
        await wait_until(pilot, lambda: table.has_focus, "the list to have the focus")
        assert screen.query_one("#search", Input).value == searched == screen.filters.search, "the search stays"
        assert table.row_count == 1
        assert "Ke daftar" not in _footer(app)

        await pilot.press("c")
        await wait_for_screen(pilot, ObservationScreen)
    assert "Enter, ↓ atau Esc kembali ke daftar" in screen.help_text  # F1 says it too


async def test_enter_in_the_search_box_goes_to_the_list_and_esc_there_clears_it(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context)
    draft_of(context, teacher_index=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, HomeScreen)
        table = screen.query_one("#observations", DataTable)
        await pilot.press("slash", *"ahmad", "enter")
        await wait_until(pilot, lambda: table.has_focus and table.row_count == 1, "the list, searched")
        await pilot.press("escape")  # on the list: the search is cleared
        await wait_until(pilot, lambda: table.row_count == 2, "the whole list")
        assert screen.query_one("#search", Input).value == ""


async def test_the_form_filter_offers_the_installed_forms_once_reached(school_dir: Path) -> None:
    """The start lists the forms the records use (no form file parsed); reaching the form
    filter adds the installed forms nobody used yet, so every form can be chosen."""
    from textual.widgets import Select

    from tests.waiting import wait_for_workers

    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: bool(home.query("#f-form")), "the filters")
        await wait_for_workers(pilot)
        form_filter = home.query_one("#f-form", Select)
        installed = {known.instrument.title for known in context.catalog.latest()}

        def offered() -> set[str]:
            return {str(prompt) for prompt, _ in form_filter._options}  # what its list shows

        assert not installed & offered()  # no record yet: nothing parsed at the start
        form_filter.focus()
        await wait_until(pilot, lambda: installed <= offered(), "the installed forms offered")
