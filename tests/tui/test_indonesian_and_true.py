"""Indonesian and true everywhere (issue 14, the newcomer walk of 3 Dec 2026): a nilai that
can still change says so, the home list opens the row that was searched for, c says why
nothing is continued, themes and the planner's keys are named in the app's language."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Select, Static

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.programme_screen import ProgrammeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from tests.conftest import edit
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, make_context
from .test_teachers import finished


def _cells(table: DataTable, key: str) -> list[str]:
    return [str(cell) for cell in table.get_row(key)]


async def test_a_nilai_not_final_says_it_is_provisional(school_dir: Path) -> None:
    context = make_context(school_dir)
    final_id = finished(context, 1, "2026-10-01", "4")  # Ahmad: final, 100,00
    started = draft_of(context, teacher_index=0, day="2026-11-20")  # Siti: one indicator scored
    edit(context.store, started.id, ch.StartLesson(None))
    edit(context.store, started.id, ch.Rate("R1", "3"))
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "both observations listed")
        assert "≈75,00" in _cells(table, started.id)  # not final: marked, in the Indonesian style
        assert "100,00" in _cells(table, final_id)  # final: as it stands
        info = str(home.query_one("#list-info", Static).render())
        assert "≈ nilai sementara" in info
        shown = screen_text(app)
        assert "≈75,00" in shown and "≈ nilai sementara" in shown  # it fits at 80 columns

        table.focus()
        table.move_cursor(row=table.get_row_index(started.id))
        await pilot.press("enter")
        await wait_for_screen(pilot, ObservationScreen)
        await wait_for_text(pilot, "Nilai sementara 75,00")


async def test_search_then_enter_enter_opens_the_row_found(school_dir: Path) -> None:
    """The walk's "/ Enter Enter" opened the second row: the cursor stayed where it had
    been and the search had not run yet. Now Enter runs it and the cursor starts on top."""
    context = make_context(school_dir)
    siti = draft_of(context, teacher_index=0, day="2026-11-20")
    for index, day in ((1, "2026-11-21"), (2, "2026-11-22")):
        draft_of(context, teacher_index=index, day=day)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 3, "three drafts")
        table.focus()
        table.move_cursor(row=1)  # the cursor somewhere else than the row to be found
        await pilot.press("slash", *"siti", "enter", "enter")  # no pause for the search
        opened = await wait_for_screen(pilot, ObservationScreen)
        assert opened.obs_id == siti.id


async def test_slash_enter_enter_opens_the_first_row_not_the_one_opened_before(school_dir: Path) -> None:
    """Back on Beranda the cursor stays on the observation last opened; "/ Enter Enter"
    (an empty search) starts again from the top, as Down from the search box does."""
    context = make_context(school_dir)
    drafts = [draft_of(context, teacher_index=i, day=f"2026-11-2{i}") for i in range(3)]
    newest = drafts[-1]
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 3, "three drafts")
        for keys in (("slash", "enter", "enter"), ("slash", "down", "enter")):
            table.focus()
            table.move_cursor(row=2)
            await pilot.press(*keys)
            opened = await wait_for_screen(pilot, ObservationScreen)
            assert opened.obs_id == newest.id, keys
            await pilot.press("escape")
            await wait_for_screen(pilot, HomeScreen)


async def test_a_new_search_puts_the_cursor_on_the_first_row(school_dir: Path) -> None:
    context = make_context(school_dir)
    for index, day in ((0, "2026-11-20"), (1, "2026-11-21"), (2, "2026-11-22")):
        draft_of(context, teacher_index=index, day=day)
    draft_of(context, teacher_index=1, day="2026-11-23")
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 4, "four drafts")
        table.focus()
        table.move_cursor(row=3)
        await pilot.press("slash", *"ahmad")  # as typed: the list follows after a pause
        await wait_until(pilot, lambda: table.row_count == 2, "Ahmad's two drafts")
        assert table.cursor_row == 0


async def test_c_with_only_a_draft_says_why_nothing_continues(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft_of(context, teacher_index=0)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)
        await pilot.press("c")
        await wait_until(pilot, lambda: said, "a message")
        assert "belum dimulai" in said[0] and "Siti Aminah" in said[0] and "Enter" in said[0]


async def test_themes_are_named_in_indonesian_and_so_is_a_discarded_choice(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        theme = settings.query_one("#theme", Select)
        theme.focus()
        theme.scroll_visible(animate=False)
        await wait_for_text(pilot, "Gelap")
        assert "textual-dark" not in screen_text(app)
        theme.value = "textual-light"
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmDialog)
        question = screen_text(app)
        assert "Tema: Terang" in question and "textual-light" not in question


async def test_the_planner_footer_names_print_and_report_at_80_columns(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("j")
        await wait_for_screen(pilot, ProgrammeScreen)
        footer = screen_text(app).splitlines()
        bottom = next(line for line in reversed(footer) if line.strip())
        assert "c Cetak" in bottom and "r Laporan" in bottom and "f1 Bantuan" in bottom


async def test_the_welcome_form_takes_the_principal_as_the_observer(tmp_path: Path) -> None:
    """The principal usually observes: their name and NIP, typed once, fill the observer's
    fields (visibly, and only while those hold nothing else); it says where the data goes."""
    from .test_first_day import _type

    data_dir = tmp_path / "baru"
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        assert f"Data disimpan di: {data_dir}" in str(settings.query_one("#setup-data-dir", Static).render())
        await _type(pilot, settings.query_one("#school-name", Input), "SMP Negeri 3 Sukamaju")
        await _type(pilot, settings.query_one("#school-principal_name", Input), "Drs. Budi Santoso")
        await _type(pilot, settings.query_one("#school-principal_id_number", Input), "196805121994031005")
        observer_name = settings.query_one("#observer-name", Input)
        assert observer_name.value == "Drs. Budi Santoso"
        assert settings.query_one("#observer-id_number", Input).value == "196805121994031005"
        observer_name.value = "Dra. Siti Rahma"  # someone else observes: theirs stays
        principal = settings.query_one("#school-principal_name", Input)
        principal.focus()
        await wait_until(pilot, lambda: pilot.app.focused is principal, "focus on the principal's name")
        await pilot.press(*", M.Pd.")  # Tab into a filled field adds to it
        await wait_until(pilot, lambda: principal.value == "Drs. Budi Santoso, M.Pd.", "the title added")
        assert observer_name.value == "Dra. Siti Rahma"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)
    observer = context_observer(data_dir)
    assert observer == ("Dra. Siti Rahma", "196805121994031005")


def context_observer(data_dir: Path) -> tuple[str, str]:
    from .conftest import fresh_store

    store = fresh_store(data_dir)
    me = store.self_observer()
    assert me is not None
    return me.name, me.id_number


async def test_ctrl_l_before_the_lesson_starts_says_why_nothing_happens(school_dir: Path) -> None:
    context = make_context(school_dir)
    draft = draft_of(context, teacher_index=0)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the draft")
        table.focus()
        await pilot.press("enter")
        live = await wait_for_screen(pilot, ObservationScreen)
        said = notifications(app)
        await pilot.press("ctrl+l")
        await wait_until(pilot, lambda: said, "a message")
        assert "belum dimulai" in said[0] and "ctrl+n" in said[0]
        assert live.obs.status.value == "draft" and app.screen is live
        assert draft.id == live.obs_id
        footer = [line for line in screen_text(app).splitlines() if line.strip()][-1]
        assert "^l" not in footer  # still not offered in the footer before the start


def test_every_theme_has_a_name_in_the_display_language() -> None:
    from textual.app import App

    from observasi.i18n import set_language
    from observasi.tui.theme_names import theme_choices

    themes = App().available_themes
    set_language("id")
    choices = theme_choices(themes)
    assert choices[:2] == [("Gelap", "textual-dark"), ("Terang", "textual-light")]
    assert {name for _, name in choices} == set(themes)
    assert all(label != name for label, name in choices)  # never the internal name
    assert ("Nord (gelap)", "nord") in choices
    set_language("en")
    assert theme_choices(themes)[:2] == [("Dark", "textual-dark"), ("Light", "textual-light")]
    set_language("id")


async def test_a_profile_from_a_colleague_does_not_make_this_laptop_its_principal(tmp_path: Path) -> None:
    """A laptop that joined the school gets the profile (the principal included) from the
    shared folder; its welcome form must not take the principal as this laptop's observer
    unless the person types it (walk of 3 Dec: B's observer came pre-filled with A's)."""
    from observasi.store.models import School

    data_dir = tmp_path / "laptop-b"
    context = make_context(data_dir)
    context.store.save_school(
        School(
            name="SMP Negeri 3 Sukamaju",
            principal_name="Dra. Sri Wahyuningsih",
            principal_id_number="196805121994032007",
        )
    )
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        await wait_until(
            pilot, lambda: settings.query_one("#school-principal_name", Input).value != "", "the profile shown"
        )
        assert settings.query_one("#observer-name", Input).value == ""
        assert settings.query_one("#observer-id_number", Input).value == ""
