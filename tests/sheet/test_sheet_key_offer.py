"""The sheet dialog offers to make the signing key (no shell command), and the passphrase
hint is shown whole at 80x24."""

from __future__ import annotations

from textual.widgets import Button, Static

from observasi.context import AppContext
from observasi.signing.keys import create_key
from observasi.tui.dialogs.passphrase import PassphrasePrompt
from observasi.tui.screens.sheet_screen import SheetScreen
from tests.sheet.conftest import SheetHost, pick
from tests.tui.test_first_day import PASSWORD, make_key
from tests.waiting import wait_for_screen, wait_for_text, wait_until


async def test_the_sheet_dialog_offers_the_key_instead_of_a_shell_command(demo: AppContext) -> None:
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        line = str(sheet.query_one("#sheet-sign", Static).render())
        assert "observasi keys" not in line and "Tekan k" in line
        await pilot.press("k")
        await make_key(pilot, PASSWORD, PASSWORD)
        await wait_for_screen(pilot, SheetScreen)
        await wait_until(
            pilot,
            lambda: "ditandatangani secara digital" in str(sheet.query_one("#sheet-sign", Static).render()),
            "the sheet to say it will be signed",
        )
        assert not sheet.query_one("#create-key", Button).display
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the signed sheet")
        assert app.screen is sheet  # the password typed for the key was not asked again
        assert sheet.last_path is not None and b"/ByteRange" in sheet.last_path.read_bytes()


async def test_the_passphrase_hint_is_never_cut(demo: AppContext) -> None:
    create_key(demo, PASSWORD)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SheetScreen)
        await pilot.press("s")
        await wait_for_screen(pilot, PassphrasePrompt)
        # Wrapped over two lines inside the dialog (a Label cut it after "Kosongkan untuk").
        await wait_for_text(pilot, "Ditanyakan sekali", "Kosongkan untuk", "menyimpan tanpa tanda tangan digital.")
