"""The sheet dialog after a save says what was done, not what will be: the walk read
"Akan ditandatangani secara digital" (future tense) over the saved file's line; and for
an amended record it says, before the save, that the sheet goes to a new file
(-amandemen-N), the one handed out before staying as it was."""

from __future__ import annotations

from textual.widgets import Input, Static

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.signing.keys import create_key
from observasi.tui.screens.sheet_screen import PassphrasePrompt, SheetScreen
from tests.conftest import edit
from tests.sheet.conftest import PASSPHRASE, SheetHost, pick
from tests.waiting import wait_for_screen, wait_until


def said(sheet: SheetScreen, selector: str) -> str:
    return " ".join(str(sheet.query_one(selector, Static).render()).split())


async def test_the_dialog_says_what_the_save_did_and_names_the_amendments_file(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    edit(demo.store, item.id, ch.Amend("skor IN5 salah ketik", "Kepala Sekolah"), ch.Finalise())
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        assert "-amandemen-1.pdf" in said(sheet, "#sheet-summary"), said(sheet, "#sheet-summary")
        assert said(sheet, "#sheet-sign").startswith("Akan ditandatangani")  # before: what a save will do
        for typed, signed in (("", False), (PASSPHRASE, True)):
            sheet.last_path = None
            await pilot.press("s")
            prompt = await wait_for_screen(pilot, PassphrasePrompt)
            prompt.query_one("#passphrase", Input).value = typed
            await pilot.press("enter")
            await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
            assert sheet.last_path is not None and "-amandemen-1" in sheet.last_path.name
            line = said(sheet, "#sheet-sign")
            assert "Akan" not in line, line
            if signed:
                assert line.startswith("Ditandatangani secara digital"), line
            else:
                assert line.startswith("Tidak ditandatangani"), line
