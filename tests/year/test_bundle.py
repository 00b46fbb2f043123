"""A teacher's evidence bundle for the calendar year: the signed sheets, the attached
files and a one-page summary, in one zip."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from observasi.context import AppContext
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pdf_pages


def test_the_bundle_of_a_calendar_year(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    from observasi.signing.keys import create_key

    create_key(demo, PASSPHRASE)
    out = tmp_path / "bukti.zip"
    result = observasi(
        capsys, "--data-dir", str(demo_dir), "bundle", "Dewi Kartika", "--year", "2026", "-o", str(out),
        "--sign", "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "2 lembar (2 bertanda tangan)" in result.out
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        summary = archive.read("ringkasan-2026.pdf")
        sheet_name = next(n for n in names if n.startswith("lembar/") and "2026-09-22" in n)
        sheet = archive.read(sheet_name)
    assert names[0] == "ringkasan-2026.pdf" and sum(n.startswith("lembar/") for n in names) == 2
    pages = pdf_pages(summary)
    assert len(pages) == 1
    assert "RINGKASAN HASIL SUPERVISI AKADEMIK" in pages[0] and "Tahun 2026" in pages[0]
    assert "Dewi Kartika Sari" in pages[0] and "Rencana tindak lanjut" in pages[0]
    extracted = tmp_path / "sheet.pdf"
    extracted.write_bytes(sheet)
    verified = observasi(capsys, "--data-dir", str(demo_dir), "verify", str(extracted))
    assert verified.code == 0 and "SAH" in verified.out
    assert zipfile.ZipFile(io.BytesIO(out.read_bytes())).testzip() is None


def test_a_period_without_final_observations_says_so(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path
) -> None:
    result = observasi(capsys, "--data-dir", str(demo_dir), "bundle", "Dewi Kartika", "--year", "2024")
    assert result.code == 2
    assert "belum punya observasi final pada Tahun 2024" in result.err
    # ... and names the periods that have some, as the options that choose them take them.
    assert "Periode dengan observasi final Dewi Kartika Sari, S.Pd.: 2026-1, 2026, 2025-2" in result.err
    assert "--semester atau --year" in result.err
    earlier = observasi(capsys, "--data-dir", str(demo_dir), "bundle", "Dewi Kartika", "--semester", "2025-2")
    assert earlier.code == 0, earlier.err
    assert (
        "Bukti dukung Dewi Kartika Sari, S.Pd., Genap 2025/2026 (1 Januari 2026 - 30 Juni 2026), ditulis" in earlier.out
    )
