"""A signature image that no longer exists does not cost the principal the sheet (walk 9).

The dialog says so when it opens, before the passphrase; the sheet is still made and signed
digitally, its block saying no image was found; the CLI does the same with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, Static

from observasi.context import AppContext
from observasi.core.record import Status
from observasi.signing.keys import create_key
from observasi.tui.screens.sheet_screen import PassphrasePrompt, SheetScreen
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, SheetHost, pdf_pages, pick
from tests.waiting import wait_for_screen, wait_until


def _dialog_text(app: App[None]) -> str:
    return " ".join(str(text.render()) for text in app.screen.query("#sheet-body Static").results(Static))


def _one_line(text: str) -> str:
    return " ".join(text.split())


async def test_the_dialog_says_the_image_is_missing_before_the_passphrase_and_signs_without_it(
    demo: AppContext, tmp_path: Path
) -> None:
    gone = tmp_path / "ttd-lama.png"
    demo.update_settings(signature_image=gone)
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(110, 40)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        opened = _one_line(_dialog_text(app))
        # Said when the dialog opens, with the path, and what will be done about it.
        assert str(gone) in opened and "tanpa gambar tanda tangan" in opened
        assert not sheet.query_one("#save").disabled
        await pilot.press("s")
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet made without the image")
        assert sheet.last_path is not None
        data = sheet.last_path.read_bytes()
        assert b"/ByteRange" in data  # signed digitally
        result = _one_line(str(app.screen.query_one("#sheet-result", Static).render()))
        assert str(gone) in result


def test_the_sheet_block_says_no_image_was_found(demo: AppContext, tmp_path: Path) -> None:
    from observasi.sheet.service import render_sheet

    demo.update_settings(signature_image=tmp_path / "hilang.png")
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    content, built = render_sheet(demo, item.id)
    text = " ".join(pdf_pages(built.data))
    assert "tanpa gambar tanda tangan" in text
    assert content.obs.observer.name in text


def test_cli_sign_with_a_missing_image_writes_the_signed_sheet_and_warns(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path, passphrase_file: Path
) -> None:
    create_key(demo, PASSPHRASE)
    gone = tmp_path / "ttd-pindah.png"
    demo.update_settings(signature_image=gone)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    out = tmp_path / "lembar.pdf"
    result = observasi(
        capsys,
        "--data-dir",
        str(demo.settings.data_dir),
        "sheet",
        item.id,
        "--sign",
        "--passphrase-file",
        str(passphrase_file),
        "-o",
        str(out),
    )
    assert result.code == 0, result.err
    assert "Traceback" not in result.err and str(gone) in _one_line(result.err)
    assert result.err.count(str(gone)) == 1  # said once, not before and after
    assert b"/ByteRange" in out.read_bytes()
    assert "tanpa gambar tanda tangan" in " ".join(pdf_pages(out.read_bytes()))


def test_cli_unsigned_sheet_with_a_broken_image_is_made_with_a_warning(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path
) -> None:
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"\x89PNG not really")
    demo.update_settings(signature_image=broken)
    item = pick(demo, form="supervisi-akademik", status=Status.reflecting.value)
    out = tmp_path / "draf.pdf"
    result = observasi(capsys, "--data-dir", str(demo.settings.data_dir), "sheet", item.id, "-o", str(out))
    assert result.code == 0, result.err
    assert str(broken) in _one_line(result.err) and out.is_file()
