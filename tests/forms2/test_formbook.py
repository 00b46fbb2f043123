"""Forms made in a spreadsheet: export -> import is the identity, a template filled with
openpyxl scores as its paper would, and every problem names FILE:SHEET!CELL."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from observasi.core.form_loader import parse_form_text
from observasi.core.forms import load_catalog
from observasi.core.instrument import Instrument
from observasi.core.record import Rating
from observasi.core.scoring import score
from observasi.formbook.install import form_toml
from observasi.formbook.read import read_workbook_file
from observasi.formbook.template import write_template
from observasi.formbook.write import write_workbook
from tests.cli.helpers import observasi
from tests.conftest import FIXTURES


def _forms() -> list[Instrument]:
    bundled = [k.instrument for k in load_catalog().forms.values()]
    v2, _ = parse_form_text((FIXTURES / "v2.toml").read_text(encoding="utf-8"), "v2.toml")
    assert v2 is not None
    return [*bundled, v2]


@pytest.mark.parametrize("inst", _forms(), ids=lambda i: i.id)
def test_export_then_import_is_the_identity(inst: Instrument, tmp_path: Path) -> None:
    path = tmp_path / f"{inst.id}.xlsx"
    write_workbook(inst, path)
    read = read_workbook_file(path)
    assert read.instrument is not None, [str(p) for p in read.problems]
    assert read.instrument == inst
    assert read.instrument.content_hash() == inst.content_hash()
    # ... and the TOML file an import installs loads to the same form.
    again, problems = parse_form_text(form_toml(inst), "x.toml")
    assert again is not None, problems
    assert again.content_hash() == inst.content_hash()


def _sheet_rows(ws) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_a_template_filled_with_openpyxl_scores_as_its_paper(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "instrumen.xlsx"
    write_template(path)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Petunjuk"
    settings = book["Pengaturan"]
    for row in settings.iter_rows(min_row=2):
        if row[0].value == "id":
            row[1].value = "sd-maju"
        if row[0].value == "title":
            row[1].value = "Supervisi SD Maju"
    # A third execution item, typed as a principal would: the level keys as numbers.
    book["Indikator"].append(["inti", "I3", "Guru menutup dengan refleksi bersama siswa"])
    book.save(path)

    read = read_workbook_file(path)
    assert read.instrument is not None, [str(p) for p in read.problems]
    inst = read.instrument
    assert (inst.id, inst.title, len(inst.indicators())) == ("sd-maju", "Supervisi SD Maju", 5)
    # On paper: M1 Ada 3, M2 Tidak ada (not counted in the maximum), I1 4, I2 3 (x2), I3 tidak teramati (= 1).
    ratings = {
        "M1": Rating(indicator_id="M1", level="3"),
        "M2": Rating(indicator_id="M2", level="0"),
        "I1": Rating(indicator_id="I1", level="4"),
        "I2": Rating(indicator_id="I2", level="3"),
        "I3": Rating(indicator_id="I3", na=True, level="t"),
    }
    result = score(inst, ratings)
    # (3 + 4 + 6 + 1) / (4 + 4 + 8 + 4) = 14 / 20 = 70.00 -> Baik (70-85)
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (14, 20, Decimal("70.00"), "Baik")


def test_every_problem_names_file_sheet_and_cell(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "rusak.xlsx"
    write_template(path)
    book = load_workbook(path)
    indicators = book["Indikator"]
    indicators["A3"] = "tidak-ada"  # M2 in a section that does not exist
    indicators["F4"] = "berat"  # a weight that is not a number
    indicators["C5"] = None  # I1 without its text
    book["Identitas"]["D2"] = "mungkin"  # neither ya nor tidak
    book.save(path)
    read = read_workbook_file(path)
    assert read.instrument is None
    rendered = [str(p) for p in read.problems]
    assert any(p.startswith(f"{path}:Indikator!A3: ") and "'tidak-ada'" in p for p in rendered), rendered
    assert any(p.startswith(f"{path}:Indikator!F4: ") and "bobot" in p for p in rendered), rendered
    assert any(p.startswith(f"{path}:Identitas!D2: ") and "wajib" in p for p in rendered), rendered
    # I1 without its text: named at its row (pydantic names the field by its form name).
    assert any(p.startswith(f"{path}:Indikator!C5: ") and "wajib diisi" in p for p in rendered), rendered


def test_cli_template_import_and_export(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    book = tmp_path / "instrumen.xlsx"
    assert observasi(capsys, "--data-dir", str(data), "forms", "template", str(book)).code == 0
    first = observasi(capsys, "--data-dir", str(data), "forms", "import", str(book))
    assert first.code == 0, first.err
    assert "contoh-supervisi" in first.out and (data / "forms").is_dir()
    listed = observasi(capsys, "--data-dir", str(data), "forms", "list")
    assert "contoh-supervisi" in listed.out and "sekolah" in listed.out
    again = observasi(capsys, "--data-dir", str(data), "forms", "import", str(book))
    assert again.code == 0 and "sudah" in again.out
    out = tmp_path / "pkg.xlsx"
    exported = observasi(capsys, "--data-dir", str(data), "forms", "export", "pkg", str(out))
    assert exported.code == 0 and out.is_file()
    missing = observasi(capsys, "--data-dir", str(data), "forms", "export", "tidak-ada", str(out))
    assert missing.code != 0 and "Traceback" not in missing.err
