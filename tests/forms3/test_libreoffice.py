"""The spreadsheet forms tried in LibreOffice: a template saved by LibreOffice Calc, filled,
saved by it again, imports to a form that scores a test observation as its paper would; a
bundled form exported and saved by LibreOffice imports to the same form."""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from observasi.core.forms import load_catalog
from observasi.core.instrument import Instrument
from observasi.core.record import Rating
from observasi.core.scoring import score
from observasi.formbook.read import read_workbook_file
from observasi.formbook.template import write_template
from observasi.formbook.write import write_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc"
)


def saved_by_calc(book: Path, work: Path) -> Path:
    """*book* opened and saved again as .xlsx by LibreOffice Calc (headless, its own profile)."""
    assert SOFFICE is not None
    out = work / "calc"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(work)},
    )
    saved = out / book.name
    assert done.returncode == 0 and saved.is_file(), done.stdout + done.stderr
    return saved


def test_a_template_saved_and_filled_through_calc_scores_as_its_paper(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "instrumen.xlsx"
    write_template(template)
    book = saved_by_calc(template, tmp_path)
    workbook = load_workbook(book)
    for row in workbook["Pengaturan"].iter_rows(min_row=2):
        if row[0].value == "id":
            row[1].value = "smp-harapan"
        if row[0].value == "title":
            row[1].value = "Supervisi SMP Harapan"
    # A third execution item as a principal types it; a decimal comma in a weight.
    workbook["Indikator"].append(["inti", "I3", "Guru menutup dengan refleksi bersama siswa", None, None, "1,5"])
    filled = tmp_path / "terisi" / "instrumen.xlsx"
    filled.parent.mkdir()
    workbook.save(filled)
    final = saved_by_calc(filled, tmp_path / "terisi")

    read = read_workbook_file(final)
    assert read.instrument is not None, [str(p) for p in read.problems]
    inst = read.instrument
    assert (inst.id, inst.title, len(inst.indicators())) == ("smp-harapan", "Supervisi SMP Harapan", 5)
    # The paper: M1 Ada 3, M2 Tidak ada (out of the maximum), I1 4, I2 3 (weight 2), I3 2 (weight 1.5).
    answers = {"M1": "3", "M2": "0", "I1": "4", "I2": "3", "I3": "2"}
    result = score(inst, {k: Rating(indicator_id=k, level=v) for k, v in answers.items()})
    # (3 + 4 + 6 + 3) / (4 + 4 + 8 + 6) = 16 / 22 = 72.73 -> Baik (70-85)
    assert (result.obtained, result.maximum, result.nilai, result.predikat) == (16, 22, Decimal("72.73"), "Baik")


def _bundled() -> list[Instrument]:
    return [k.instrument for k in load_catalog().forms.values()]


def test_every_bundled_form_exported_and_saved_by_calc_imports_to_the_same_form(tmp_path: Path) -> None:
    for inst in _bundled():
        book = tmp_path / f"{inst.id}.xlsx"
        write_workbook(inst, book)
        read = read_workbook_file(saved_by_calc(book, tmp_path))
        assert read.instrument is not None, (inst.id, [str(p) for p in read.problems])
        assert read.instrument.content_hash() == inst.content_hash(), inst.id
