"""A form's own logo (kop.logo, a path beside the form): printed on its sheet; a missing
file is named with the form and the path and the sheet still prints; a workbook's logo is
installed with its form."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.form_loader import load_form
from observasi.paths import user_forms_dir
from observasi.record import create_draft
from observasi.settings import Settings
from observasi.sheet.build import build_sheet
from observasi.sheet.content import gather
from observasi.sheet.service import sheet_notes
from observasi.store.models import Observer, School, Teacher
from tests.cli.helpers import observasi
from tests.conftest import FIXTURES

LOGO = "logo/cadisdik.png"


def _png(path: Path) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 40), (200, 30, 30)).save(path)


def _form_text(logo: str = LOGO) -> str:
    text = (FIXTURES / "v2.toml").read_text(encoding="utf-8")
    return text.replace("[kop]\n", f'[kop]\nlogo = "{logo}"\n', 1)


def _images(data: bytes) -> int:
    from pypdf import PdfReader

    return sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    data_dir = tmp_path / "d"
    forms = user_forms_dir(data_dir)
    forms.mkdir(parents=True)
    (forms / "v2.toml").write_text(_form_text(), encoding="utf-8")
    context = AppContext(Settings(data_dir=data_dir))
    context.store.save_school(School(name="SMA Negeri 1 Contoh", city="Contoh"))
    context.store.save_observer(Observer(id="0" * 32, name="Budi Santoso"))
    context.store.save_teacher(Teacher(id="1" * 32, name="Siti Aminah", subject="Fisika"))
    yield context
    context.store.close()


def _record(context: AppContext) -> str:
    store = context.store
    known = context.catalog.get("v2-mini")
    assert known is not None, [str(p) for p in context.catalog.problems]
    teacher, observer = store.get_teacher("1" * 32), store.get_observer("0" * 32)
    assert teacher is not None and observer is not None
    return create_draft(store, teacher, observer, known.instrument, date="2026-11-26", semester="2026-1").id


def test_the_forms_logo_prints_on_its_sheet(context: AppContext) -> None:
    _png(user_forms_dir(context.settings.data_dir) / LOGO)
    obs_id = _record(context)
    content = gather(context, obs_id)
    assert content.school.logo_path.endswith("cadisdik.png")
    assert _images(build_sheet(content).data) == 1
    assert sheet_notes(context, obs_id) == []


def test_a_missing_logo_is_named_and_the_sheet_still_prints(context: AppContext, capsys) -> None:
    obs_id = _record(context)
    data = build_sheet(gather(context, obs_id)).data
    assert data.startswith(b"%PDF") and _images(data) == 0
    notes = sheet_notes(context, obs_id)
    assert len(notes) == 1 and "v2-mini" in notes[0] and str(Path("logo") / "cadisdik.png") in notes[0]
    assert "tanpa logo" in notes[0]
    # The command line writes the sheet and says the same on stderr.
    out = context.settings.data_dir.parent / "lembar.pdf"
    done = observasi(capsys, "--data-dir", str(context.settings.data_dir), "sheet", obs_id, "-o", str(out))
    assert done.code == 0 and out.is_file()
    assert "peringatan:" in done.err and "cadisdik.png" in done.err and "v2-mini" in done.err


def test_forms_check_warns_of_a_missing_logo_and_refuses_a_path_outside(tmp_path: Path, capsys) -> None:
    form = tmp_path / "v2.toml"
    form.write_text(_form_text(), encoding="utf-8")
    checked = observasi(capsys, "forms", "check", str(form))
    assert checked.code == 0
    assert "peringatan:" in checked.err and "kop.logo" in checked.err and "cadisdik.png" in checked.err
    _png(tmp_path / LOGO)
    assert [w for w in load_form(form).warnings if w.field == "kop.logo"] == []
    for bad in ("../logo.png", "/etc/logo.png", "C:/logo.png", "logo.gif"):
        form.write_text(_form_text(bad), encoding="utf-8")
        loaded = load_form(form)
        assert not loaded.ok and any(p.field == "kop.logo" for p in loaded.problems), bad


def test_a_workbooks_logo_is_installed_with_its_form(tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    from observasi.formbook.template import write_template

    book = tmp_path / "kirim" / "instrumen.xlsx"
    book.parent.mkdir()
    write_template(book)
    workbook = load_workbook(book)
    workbook["Pengaturan"].append(["kop.logo", "logo-kop.png"])
    workbook.save(book)
    data = tmp_path / "d"
    # Without the image beside the workbook: installed, with a warning naming it.
    first = observasi(capsys, "--data-dir", str(data), "forms", "import", str(book))
    assert first.code == 0 and "logo-kop.png" in first.err and "peringatan" in first.err
    # With it: the image is copied beside the installed form.
    _png(book.parent / "logo-kop.png")
    for row in workbook["Pengaturan"].iter_rows(min_row=2):
        if row[0].value == "version":
            row[1].value = "2"  # another version: the first one is installed already
    workbook.save(book)
    second = observasi(capsys, "--data-dir", str(data), "forms", "import", str(book))
    assert second.code == 0, second.err
    assert (user_forms_dir(data) / "logo-kop.png").read_bytes() == (book.parent / "logo-kop.png").read_bytes()
    assert "logo-kop.png" not in second.err


async def test_the_sheet_screen_says_the_logo_is_missing(context: AppContext) -> None:
    from textual.app import App

    from observasi.tui.screens.sheet_screen import SheetScreen
    from tests.waiting import wait_for_screen, wait_until

    obs_id = _record(context)

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(SheetScreen(context, obs_id))

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.widgets import Static

        sheet = await wait_for_screen(pilot, SheetScreen)
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet saved")
        result = sheet.query_one("#sheet-result", Static)  # what happened stays in the dialog
        await wait_until(pilot, lambda: "tanpa logo" in str(result.render()), "the missing logo said")
        assert sheet.last_path is not None and sheet.last_path.is_file()


def test_a_batch_of_sheets_names_the_missing_logo_once(context: AppContext, capsys) -> None:
    _record(context)
    _record(context)
    out = context.settings.data_dir.parent / "lembar"
    done = observasi(capsys, "--data-dir", str(context.settings.data_dir), "sheets", "-o", str(out))
    assert done.code == 0 and len(list(out.glob("*.pdf"))) == 2
    assert done.err.count("cadisdik.png") == 1 and "tanpa logo" in done.err
