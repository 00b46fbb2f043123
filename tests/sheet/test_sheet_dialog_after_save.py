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
        assert "-amandemen-1.pdf" in said(sheet, "#sheet-amendment"), said(sheet, "#sheet-amendment")
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


async def test_whether_it_is_signed_and_the_amendments_file_both_show_at_80x24(demo: AppContext) -> None:
    """Round 10's walk: at 80x24 the amendment's line pushed "Akan ditandatangani" below the
    dialog's fold; the principal saved without seeing whether the sheet would be signed.
    Both show without scrolling, before the save and after it (with the saved file's path)."""
    from tests.waiting import screen_text

    def shown() -> str:
        return "".join(screen_text(app).replace("│", " ").split())  # a folded path reads whole

    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    edit(demo.store, item.id, ch.Amend("skor IN5 salah ketik", "Kepala Sekolah"), ch.Finalise())
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        before = ("Akanditandatanganisecaradigital", "-amandemen-1.pdf;lembaryangsudahadatidakditimpa")
        await wait_until(pilot, lambda: all(text in shown() for text in before), lambda: shown()[-900:])
        await pilot.press("s")
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
        assert sheet.last_path is not None
        after = ("Ditandatanganisecaradigitaldengankunci", "".join(sheet.last_path.name.split()), "-amandemen-1.pdf;")
        await wait_until(pilot, lambda: all(text in shown() for text in after), lambda: shown()[-900:])
