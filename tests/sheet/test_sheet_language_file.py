"""A sheet saved in another language than its form's is its own file (walk11 N2: after the
screens were switched to English, "Save PDF" replaced the signed Indonesian sheet the teacher
had been handed with an English one of the same name, and said nothing of it)."""

from __future__ import annotations

import asyncio

from textual.widgets import Input, Static

from observasi.context import AppContext
from observasi.i18n import set_language
from observasi.sheet.service import write_sheet
from observasi.signing.keys import create_key
from observasi.tui.screens.sheet_screen import PassphrasePrompt, SheetScreen
from tests.sheet.conftest import PASSPHRASE, SheetHost, pdf_pages, pick
from tests.waiting import screen_text, wait_for_screen, wait_until


def test_the_english_sheet_goes_beside_the_signed_indonesian_one(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    indonesian = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    handed_out = indonesian.read_bytes()
    demo.update_settings(lang="en")  # the screens switched to English
    english = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    assert english != indonesian and english.name == indonesian.stem + "-en.pdf"
    assert indonesian.read_bytes() == handed_out  # the sheet handed out is as it was
    assert "LEMBAR UMPAN BALIK" in pdf_pages(handed_out)[0]
    assert "FEEDBACK SHEET" in pdf_pages(english.read_bytes())[0]
    demo.update_settings(lang="id")  # back: the form's language, the plain name, signed again
    assert write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE) == indonesian


async def test_the_dialog_says_the_english_sheet_is_a_new_file_at_80x24(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    # Signed off the event loop, as the dialog signs (pyHanko runs its own loop).
    indonesian = await asyncio.to_thread(write_sheet, demo, item.id, sign=True, passphrase=PASSPHRASE)
    demo.update_settings(lang="en")
    set_language("en")
    app = SheetHost(demo, item.id)

    def shown() -> str:
        return "".join(screen_text(app).replace("│", " ").split())

    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        line = " ".join(str(sheet.query_one("#sheet-amendment", Static).render()).split())
        assert "-en.pdf" in line and "Indonesian sheet is not overwritten" in line, line
        before = ("Willbesigneddigitally", "-en.pdf;theIndonesiansheetisnotoverwritten")
        await wait_until(pilot, lambda: all(text in shown() for text in before), lambda: shown()[-900:])
        await pilot.press("s")
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
        assert sheet.last_path is not None and sheet.last_path.name == indonesian.stem + "-en.pdf"


def test_an_english_batch_goes_beside_the_indonesian_one(demo: AppContext, demo_dir, capsys) -> None:
    """Review11: `observasi sheets -o DIR --lang en` into the folder of an Indonesian batch
    replaced every sheet there, signed ones too, with English ones of the same names."""
    from tests.cli.helpers import observasi

    out = demo_dir.parent / "lembar"
    assert observasi(capsys, "--data-dir", str(demo_dir), "sheets", "--status", "final", "-o", str(out)).code == 0
    indonesian = {path.name: path.read_bytes() for path in out.glob("*.pdf")}
    args = ("--data-dir", str(demo_dir), "sheets", "--status", "final", "--lang", "en", "-o", str(out))
    assert observasi(capsys, *args).code == 0
    assert {path.name: path.read_bytes() for path in out.glob("*.pdf") if path.name in indonesian} == indonesian
    english = {path.name for path in out.glob("*-en.pdf")}
    assert english and all(name.removesuffix("-en.pdf") + ".pdf" in indonesian for name in english)
    item = pick(demo, form="supervisi-akademik")  # an Indonesian form: its English sheet is its own file
    (plain,) = [name for name in indonesian if name.endswith(f"-{item.id[:8]}.pdf")]
    assert plain.removesuffix(".pdf") + "-en.pdf" in english


def test_an_unsigned_batch_goes_beside_a_signed_sheet(demo: AppContext, demo_dir, capsys) -> None:
    """Review11b: an unsigned `observasi sheets -o DIR` into a folder holding a signed sheet
    of that name replaced it; a sheet saved alone went beside it (-tanpa-ttd)."""
    from tests.cli.helpers import observasi

    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    out = demo_dir.parent / "lembar"
    signed = write_sheet(demo, item.id, out / "x.pdf", sign=True, passphrase=PASSPHRASE)
    handed_out = signed.read_bytes()
    observasi(capsys, "--data-dir", str(demo_dir), "sheets", "--status", "final", "-o", str(out))
    (batch,) = list(out.glob(f"*-{item.id[:8]}.pdf"))
    signed.replace(batch)  # the signed sheet under the batch's name, as a signed batch leaves it
    batch_signed = batch.read_bytes()
    assert observasi(capsys, "--data-dir", str(demo_dir), "sheets", "--status", "final", "-o", str(out)).code == 0
    assert batch.read_bytes() == batch_signed == handed_out  # the signed sheet as it was
    assert batch.with_name(batch.stem + "-tanpa-ttd.pdf").is_file()  # the unsigned one beside it
