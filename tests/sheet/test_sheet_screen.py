"""The sheet screen in the app: preview, save, sign with a passphrase asked once."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Input, Static

from observasi.context import AppContext
from observasi.core.record import Status
from observasi.signing.keys import create_key
from observasi.tui.screens.sheet_screen import PASSPHRASE_ATTR, PassphrasePrompt, SheetScreen
from tests.sheet.conftest import PASSPHRASE, SheetHost, pick
from tests.waiting import notifications, wait_for_screen, wait_until


def _text(app: App[None], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_preview_and_save_a_draft(demo: AppContext) -> None:
    item = pick(demo, form="supervisi-akademik", status=Status.reflecting.value)
    app = SheetHost(demo, item.id[:8])
    async with app.run_test(size=(110, 40)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        summary = _text(app, "#sheet-summary")
        assert item.teacher_name in summary and "Nilai" in summary
        assert "DRAF" in _text(app, "#sheet-sign")
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
        saved = list((demo.settings.data_dir / "lembar").glob("*.pdf"))
        assert saved == [sheet.last_path]
        assert str(saved[0]) in _text(app, "#sheet-result")
        await pilot.press("escape")
        await wait_until(pilot, lambda: not sheet.is_active, "the sheet screen to close")


async def test_passphrase_is_asked_once_per_session(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(110, 40)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        said = notifications(app)
        assert "ditandatangani secara digital" in _text(app, "#sheet-sign")
        await pilot.press("s")
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        assert prompt.query_one("#passphrase", Input).password
        prompt.query_one("#passphrase", Input).value = "salah-sekali"
        await pilot.press("enter")
        await wait_until(pilot, lambda: said, "the answer to a wrong passphrase")
        assert getattr(app, PASSPHRASE_ATTR, None) is None  # a wrong one is not kept
        assert not list(demo.settings.data_dir.glob("lembar/*.pdf"))
        await wait_for_screen(pilot, SheetScreen)
        await pilot.press("s")
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the signed sheet")
        saved = list(demo.settings.data_dir.glob("lembar/*.pdf"))
        assert len(saved) == 1 and b"/ByteRange" in saved[0].read_bytes()
        # Second time: no question, signed again.
        saved[0].unlink()
        sheet.last_path = None
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet signed again")
        assert app.screen is sheet  # nothing was asked
        assert b"/ByteRange" in next(demo.settings.data_dir.glob("lembar/*.pdf")).read_bytes()


async def test_a_missing_signature_image_is_said_and_the_sheet_made_without_it(
    demo: AppContext, tmp_path: Path
) -> None:
    demo.update_settings(signature_image=tmp_path / "hilang.png")
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(110, 40)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        assert "hilang.png" in _text(app, "#sheet-warn")  # said when the dialog opens
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet made without the image")
        assert list(demo.settings.data_dir.glob("lembar/*.pdf")) == [sheet.last_path]
        assert "hilang.png" in _text(app, "#sheet-result")


def test_print_uses_lp_and_falls_back_to_opening(tmp_path: Path, monkeypatch) -> None:
    import os
    import sys

    import pytest

    from observasi.errors import UserError
    from observasi.sheet.service import print_pdf

    if sys.platform == "win32":
        pytest.skip("uses the print verb of Windows")
    pdf = tmp_path / "lembar.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {log}\nexit 0\n')
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert "pencetak" in print_pdf(pdf)
    assert str(pdf) in log.read_text()
    lp.write_text("#!/bin/sh\nexit 1\n")  # no printer configured
    with pytest.raises(UserError, match="lembar.pdf"):
        print_pdf(pdf)  # and no opener either: one clear line
    opener = bin_dir / ("open" if sys.platform == "darwin" else "xdg-open")
    opener.write_text("#!/bin/sh\nexit 0\n")
    opener.chmod(0o755)
    assert "dibuka" in print_pdf(pdf)
    assert os.environ["PATH"] == str(bin_dir)


async def test_a_wrong_passphrase_or_an_expired_key_is_said_naming_the_key_file(demo: AppContext) -> None:
    """In the app as on the command line: a wrong passphrase names the key it does not
    open; a key whose certificate has expired names the file and says to make a new one."""
    import shutil

    from observasi import paths

    create_key(demo, PASSPHRASE)
    key = paths.observer_key(demo.settings.data_dir)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(110, 40)) as pilot:
        await wait_for_screen(pilot, SheetScreen)
        said = notifications(app)
        for typed, expected in (
            ("salah-sekali", f"kata sandi salah untuk kunci {key}"),
            ("kata sandi yang benar", f"sertifikat kunci {key} habis masa berlakunya pada 2024-01-01; buat kunci baru"),
        ):
            if typed == "kata sandi yang benar":  # the corpus' expired key, sealed under this passphrase
                shutil.copy(Path(__file__).parents[1] / "corpus" / "keys" / "expired.p12", key)
            said.clear()
            await pilot.press("s")
            prompt = await wait_for_screen(pilot, PassphrasePrompt)
            prompt.query_one("#passphrase", Input).value = typed
            await pilot.press("enter")
            await wait_until(pilot, lambda: said, "the answer")
            assert any(expected in text for text in said), said
        assert not list(demo.settings.data_dir.glob("lembar/*.pdf"))


async def test_cetak_without_a_printer_says_so_in_the_dialog_not_over_its_buttons(
    demo: AppContext, tmp_path: Path, monkeypatch
) -> None:
    """No printer and no PDF viewer (the newcomer's laptop in the walk): the dialog itself
    says which way it went and where the PDF is; no toast covers the Tutup button."""
    import sys

    import pytest

    if sys.platform == "win32":
        pytest.skip("uses the print verb of Windows")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no lp, no xdg-open
    item = pick(demo, form="supervisi-akademik", status=Status.final.value)
    app = SheetHost(demo, item.id[:8])
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        said = notifications(app)
        await pilot.press("c")
        await wait_until(
            pilot, lambda: sheet.last_path is not None and "pencetak" in _text(app, "#sheet-result"), "the answer"
        )
        result = " ".join(_text(app, "#sheet-result").split())
        assert "Belum ada pencetak yang terpasang" in result and sheet.last_path.name in result
        assert said == []  # nothing over the buttons
        assert sheet.query_one("#close").region.bottom <= 24


async def test_after_simpan_the_focus_is_back_on_the_buttons(demo: AppContext) -> None:
    """Enter on Simpan PDF, then Tab and Enter: Cetak (walk of 3 Dec: the focus was lost
    while the buttons were disabled, so Tab and Enter did nothing)."""
    from textual.widgets import Button

    item = pick(demo, form="supervisi-akademik", status=Status.reflecting.value)
    app = SheetHost(demo, item.id[:8])
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        assert app.focused is sheet.query_one("#save", Button)
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
        await wait_until(pilot, lambda: app.focused is sheet.query_one("#save", Button), "the focus back on Simpan")
        await pilot.press("tab")
        assert app.focused is sheet.query_one("#print", Button)
