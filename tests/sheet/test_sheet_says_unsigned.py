"""The sheet dialog says whether the PDF it saved is signed. The walk left the passphrase
empty ("Kosongkan untuk menyimpan tanpa tanda tangan digital") and read "Akan
ditandatangani secara digital dengan kunci Anda." over "Tersimpan: …-amandemen-1.pdf":
the file, written over the signed one of the same name, had no signature (`observasi
verify`: "berkas tidak bertanda tangan digital")."""

from __future__ import annotations

from textual.widgets import Input, Static

from observasi.context import AppContext
from observasi.signing.keys import create_key
from observasi.tui.screens.sheet_screen import PassphrasePrompt, SheetScreen
from tests.sheet.conftest import PASSPHRASE, SheetHost, pick
from tests.waiting import wait_for_screen, wait_until


async def test_an_empty_passphrase_saves_a_sheet_the_dialog_calls_unsigned(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        result = sheet.query_one("#sheet-result", Static)
        for typed, signed in (("", False), (PASSPHRASE, True)):
            sheet.last_path = None
            await pilot.press("s")
            prompt = await wait_for_screen(pilot, PassphrasePrompt)
            prompt.query_one("#passphrase", Input).value = typed
            await pilot.press("enter")
            await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
            assert sheet.last_path is not None
            assert (b"/ByteRange" in sheet.last_path.read_bytes()) is signed
            said = " ".join(str(result.render()).split())
            assert str(sheet.last_path) in said
            if signed:
                assert "ditandatangani secara digital" in said and "TIDAK" not in said, said
            else:
                assert "TIDAK ditandatangani secara digital" in said, said


def test_an_unsigned_save_never_replaces_the_signed_sheet(demo: AppContext) -> None:
    """The walk's unsigned save wrote over the signed PDF of the same name: the sheet the
    teacher may already hold, signed, was gone. The unsigned one now goes beside it."""
    from observasi.sheet.service import write_sheet

    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    signed = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    signed_bytes = signed.read_bytes()
    unsigned = write_sheet(demo, item.id)
    assert unsigned != signed and unsigned.name.endswith("-tanpa-ttd.pdf")
    assert signed.read_bytes() == signed_bytes
    assert b"/ByteRange" not in unsigned.read_bytes()
    # Saved unsigned again: it replaces only its own unsigned copy; signed again: the signed file.
    assert write_sheet(demo, item.id) == unsigned
    assert write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE) == signed
