"""Click's own texts (usage line, help option, errors) speak the display language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import observasi


def test_an_unknown_option_is_said_in_indonesian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "--lang", "id", "list", "--nope")
    assert result.code == 2
    assert result.err.splitlines() == [
        "Penggunaan: observasi list [OPTIONS]",
        "Coba 'observasi list --help' untuk bantuan.",
        "",
        "Galat: Tidak ada opsi '--nope'.",
    ]


def test_a_missing_argument_is_said_in_indonesian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "sheet")
    assert result.code == 2
    assert "Galat: Argumen 'OBSERVATION_ID' belum diberikan." in result.err
    assert "Penggunaan: observasi sheet" in result.err
    assert "Usage" not in result.err and "Error" not in result.err and "Missing" not in result.err


def test_an_unknown_command_offers_the_near_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "lis")
    assert result.code == 2
    assert "Galat: Tidak ada perintah 'lis'. Mungkin maksud Anda: list?" in result.err


def test_help_pages_are_in_indonesian_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    page = observasi(capsys, "--lang", "id", "sheet", "--help").out
    assert page.startswith("Penggunaan: observasi sheet")
    assert "Opsi:" in page and "Tampilkan bantuan ini lalu keluar." in page and "[bawaan:" in page
    assert "Show this message" not in page and "default:" not in page
    group = observasi(capsys, "--lang", "id", "teachers", "--help").out
    assert "Perintah:" in group and "Commands" not in group
    assert "Tampilkan versi lalu keluar." in observasi(capsys, "--lang", "id", "--help").out
    english = observasi(capsys, "--lang", "en", "sheet", "--help").out
    assert english.startswith("Usage: observasi sheet") and "Show this message and exit." in english


def test_english_errors_stay_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "--lang", "en", "list", "--nope")
    assert "Error: No such option '--nope'." in result.err and "Usage: observasi list" in result.err


def test_a_value_not_among_the_choices_is_said_in_indonesian(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "list", "--status", "selesai")
    assert result.code == 2
    assert (
        "Galat: Nilai tidak sah untuk '--status': 'selesai' bukan salah satu dari "
        "'draft', 'observing', 'reflecting', 'final'." in result.err
    )
