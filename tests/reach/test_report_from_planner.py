"""The laporan supervisi akademik from the planner (j, then r): made into the files folder,
signed when the user ticks the box and gives the passphrase, said where it went, printable."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Checkbox, Input

from observasi import paths
from observasi.context import AppContext
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.make_file import MakeFileDialog
from observasi.tui.dialogs.passphrase import PassphrasePrompt
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.programme_screen import ProgrammeScreen
from tests.sheet.conftest import PASSPHRASE, pdf_pages
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until


async def test_the_report_is_made_signed_from_the_planner(demo_app_context: AppContext, files_dir: Path) -> None:
    from observasi.signing.keys import create_key

    context = demo_app_context
    create_key(context, PASSPHRASE)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("j")
        await wait_for_screen(pilot, ProgrammeScreen)
        semester = semester_of_programme(app)
        await pilot.press("r")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        shown = screen_text(app)
        assert "Laporan supervisi akademik" in shown and "12 dari 12 guru sudah disupervisi" in shown
        sign = dialog.query_one("#make-sign", Checkbox)
        assert sign.display and not sign.value  # signed only when asked
        assert dialog.query_one("#make-print", Button).disabled  # nothing to print yet
        sign.value = True
        said = notifications(app)
        dialog.query_one("#make-report", Button).press()
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        await wait_for_screen(pilot, MakeFileDialog)
        target = paths.report_file(files_dir, semester)
        await wait_until(pilot, lambda: any(str(target) in s for s in said), "the report written")
        assert "ditandatangani secara digital" in said[-1]
        assert not dialog.query_one("#make-print", Button).disabled
        await pilot.press("escape")
        await wait_for_screen(pilot, ProgrammeScreen)
    text = " ".join(pdf_pages(target.read_bytes()))
    assert "LAPORAN PELAKSANAAN SUPERVISI AKADEMIK" in text and "12 dari 12 guru (100%) telah disupervisi" in text
    assert not (context.settings.data_dir / "program" / target.name).exists()  # not hidden in the data folder
    assert signed_fields(target) == 1


def signed_fields(pdf: Path) -> int:
    """How many signature fields of the PDF carry a signature (verify itself runs its own
    event loop, which a pilot test cannot host; the CLI test verifies the same writer)."""
    from pypdf import PdfReader

    fields = PdfReader(pdf).get_fields() or {}
    return sum(1 for f in fields.values() if f.get("/FT") == "/Sig" and f.get("/V") is not None)


async def test_without_a_key_the_report_is_made_unsigned(demo_app_context: AppContext, files_dir: Path) -> None:
    app = ObservasiApp(demo_app_context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("j")
        await wait_for_screen(pilot, ProgrammeScreen)
        semester = semester_of_programme(app)
        await pilot.press("r")
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        assert not dialog.query_one("#make-sign", Checkbox).display  # no key: no box to tick
        assert dialog.query_one("#make-key", Button).display  # but one key away
        assert "belum ada kunci tanda tangan" in screen_text(app)
        said = notifications(app)
        await pilot.press("enter")  # the focused button: Simpan PDF
        target = paths.report_file(files_dir, semester)
        await wait_until(pilot, target.is_file, "the report written")
        await wait_until(pilot, lambda: any(f"Laporan ditulis ke {target}" == s for s in said), "where it went")
    assert "LAPORAN PELAKSANAAN SUPERVISI AKADEMIK" in " ".join(pdf_pages(target.read_bytes()))


def semester_of_programme(app: ObservasiApp) -> str:
    screen = app.screen
    assert isinstance(screen, ProgrammeScreen) and screen.programme is not None
    return screen.programme.semester


async def test_the_programme_pdf_goes_to_the_files_folder(demo_app_context: AppContext, files_dir: Path) -> None:
    from observasi.signing.keys import create_key

    create_key(demo_app_context, PASSPHRASE)
    app = ObservasiApp(demo_app_context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("j")
        await wait_for_screen(pilot, ProgrammeScreen)
        semester = semester_of_programme(app)
        await pilot.press("t")  # the signed programme: the box comes ticked
        dialog = await wait_for_screen(pilot, MakeFileDialog)
        assert dialog.query_one("#make-sign", Checkbox).value
        assert dialog.working == "Menyiapkan PDF..."  # said while it is made: not "lembar" (a sheet)
        said = notifications(app)
        dialog.query_one("#make-programme", Button).press()
        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        prompt.query_one("#passphrase", Input).value = PASSPHRASE
        await pilot.press("enter")
        target = paths.programme_file(files_dir, semester)
        await wait_until(pilot, lambda: any(str(target) in s for s in said), "the programme written")
    assert "PROGRAM SUPERVISI AKADEMIK" in " ".join(pdf_pages(target.read_bytes())).upper()
    assert signed_fields(target) == 1
