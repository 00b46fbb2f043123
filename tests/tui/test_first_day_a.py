"""A principal's first day in Settings and the dialogs (issue 14, newcomer walk of 3 Dec):
a filled field reached by Tab keeps its text, the kop keeps its lines, the follow-up
dialog fits 80x24, the shared folder is set where the sync screen asks for it."""

from __future__ import annotations

import io
from pathlib import Path

from textual.widgets import Button, Input, Select, TextArea

from observasi.core.record import FollowUp
from observasi.sheet.build import build_sheet
from observasi.sheet.content import gather
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import FollowUpDialog
from observasi.tui.dialogs.roster_confirm import RenameDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_still_screen, wait_until

from .conftest import draft_of, fresh_store, make_context


async def _open_settings(pilot) -> SettingsScreen:  # type: ignore[no-untyped-def]
    await wait_for_screen(pilot, HomeScreen)
    await pilot.press("f2")
    return await wait_for_screen(pilot, SettingsScreen)


async def test_tab_into_a_filled_field_adds_to_its_text(school_dir: Path) -> None:
    """The walk: Tab to Kota ("Sukamaju"), type " Raya" to add to it -> the field became
    " Raya". Tab puts the cursor at the end and selects nothing: the typing is added."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await _open_settings(pilot)
        address = settings.query_one("#school-address", Input)
        city = settings.query_one("#school-city", Input)
        assert city.value == "Contoh"
        address.focus()
        await wait_until(pilot, lambda: app.focused is address, "focus on the address")
        await pilot.press("tab", "space", "R", "a", "y", "a")
        await wait_until(pilot, lambda: city.value != "Contoh", "the typing in Kota")
        assert app.focused is city
        assert city.value == "Contoh Raya"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, HomeScreen)
    store = fresh_store(school_dir)
    assert store.get_school().city == "Contoh Raya"


async def test_kop_lines_typed_on_two_lines_stay_two_lines(school_dir: Path) -> None:
    """The walk: the hint says one line per kop line; two lines typed with Enter were kept
    (and printed) as one. They are kept, shown again and printed as two lines."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await _open_settings(pilot)
        kop = settings.query_one("#school-kop_lines", TextArea)
        kop.focus()
        await wait_until(pilot, lambda: app.focused is kop, "focus on the kop")
        await pilot.press(*"PEMERINTAH KABUPATEN SUKAMAJU", "enter", *"DINAS PENDIDIKAN")
        await wait_until(pilot, lambda: kop.text.endswith("PENDIDIKAN"), "the kop typed")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        assert settings.query_one("#school-kop_lines", TextArea).text == (
            "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENDIDIKAN"
        )
    context = make_context(school_dir)
    assert context.store.get_school().kop_lines == "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENDIDIKAN"
    obs = draft_of(context)
    from pypdf import PdfReader

    first_page = PdfReader(io.BytesIO(build_sheet(gather(context, obs.id)).data)).pages[0].extract_text()
    lines = [line.strip() for line in first_page.splitlines()]
    assert lines[:3] == ["PEMERINTAH KABUPATEN SUKAMAJU", "DINAS PENDIDIKAN", "SMP NEGERI 1 CONTOH"]


async def test_the_follow_up_dialog_shows_every_field_and_its_buttons(school_dir: Path) -> None:
    """The walk: at 80x24 Simpan/Batal were below the screen's edge (saved blind with Tab,
    Enter); at 100x30 "Batas waktu" was scrolled out of sight."""
    item = FollowUp(action="Menyusun asesmen formatif", measure="Ada exit ticket", support="Wakasek", due="2026-12-15")
    for size in ((80, 24), (100, 30)):
        app = ObservasiApp(make_context(school_dir))
        async with app.run_test(size=size) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            app.push_screen(FollowUpDialog(item))
            await wait_for_screen(pilot, FollowUpDialog)
            shown = await wait_for_still_screen(pilot)
            for text in (
                "Kegiatan",
                "Ukuran keberhasilan",
                "Dukungan",
                "Batas waktu (hh/bb/tttt",
                "15/12/2026",
                "Simpan",
                "Batal",
            ):
                assert text in shown, f"{text!r} not in sight at {size}:\n{screen_text(app)}"


async def test_letters_typed_on_a_list_of_choices_are_said_not_swallowed(school_dir: Path) -> None:
    """The walk: a folder's path typed while the cursor was on a Select in Settings
    vanished without a word. The screen says it is a list of choices, once, by name."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await _open_settings(pilot)
        said = notifications(app)
        language = settings.query_one("#lang", Select)
        language.focus()
        await wait_until(pilot, lambda: app.focused is language, "focus on Bahasa")
        await pilot.press(*"/tmp/bersama")
        await wait_until(pilot, lambda: said, "a word about the typing")
        await pilot.pause()
        assert len(said) == 1, said  # once, not a toast per letter
        assert "«Bahasa» adalah daftar pilihan" in said[0] and "Enter" in said[0]
        assert language.value == "id" and not language.expanded
        # Another visit of the field is told again.
        await pilot.press("tab", "shift+tab", "x")
        await wait_until(pilot, lambda: len(said) == 2, "the second word")


async def test_shift_tab_in_a_question_moves_between_its_buttons(school_dir: Path) -> None:
    """The walk: Shift+Tab from "Finalkan" in "Finalkan observasi?" moved the focus to the
    text, where Enter did nothing. Tab and Shift+Tab go between the two buttons."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        answers: list[bool | None] = []
        app.push_screen(ConfirmDialog("Finalkan observasi?", ["Periksa dulu:"], "Finalkan"), answers.append)
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        confirm, cancel = dialog.query_one("#confirm", Button), dialog.query_one("#cancel", Button)
        assert app.focused is confirm
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is not confirm, "the focus moved")
        assert app.focused is cancel
        await pilot.press("shift+tab")
        await wait_until(pilot, lambda: app.focused is confirm, "back on Finalkan")
        await pilot.press("enter")
        await wait_until(pilot, lambda: answers, "the answer")
        assert answers == [True]
        # The roster's rename question too: Shift+Tab only ever lands on its buttons.
        app.push_screen(RenameDialog(1, ["Budi -> Budi Santoso"]))
        renames = await wait_for_screen(pilot, RenameDialog)
        visited = []
        for _ in range(4):
            before = app.focused
            await pilot.press("shift+tab")
            await wait_until(pilot, lambda before=before: app.focused is not before, "the focus moved")
            visited.append(app.focused)
        assert all(isinstance(widget, Button) for widget in visited), visited
        assert {w.id for w in visited} == {"all", "keep", "cancel"}
        assert renames is app.screen


async def test_the_shared_folder_is_one_key_away_in_settings(school_dir: Path) -> None:
    """The walk: "Folder bersama" is the 18th field of Settings (17 Tabs, typed blind)."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await _open_settings(pilot)
        folder = settings.query_one("#shared_folder", Input)
        await pilot.press("ctrl+f")
        await wait_until(pilot, lambda: app.focused is folder, "focus on Folder bersama")
        assert "Folder bersama" in screen_text(app)  # scrolled into sight
