"""Bands as printed on a mean-on-the-scale result (1-5, one decimal): a gap between 1.9 and
2.5 is a warning naming the reading used, and forms check still exits 0; bands that touch
at the printed precision (..2.9, 3.0..) are no gap."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import observasi
from tests.conftest import FIXTURES

BANDS = """
[[bands]]
min = 1.0
max = 1.9
label = "Perlu bimbingan"

[[bands]]
min = {second}
max = 3.9
label = "Cakap"

[[bands]]
min = 4.0
max = 5.0
label = "Mahir"
"""


def _form(tmp_path: Path, second: str) -> Path:
    text = (FIXTURES / "two_tier.toml").read_text(encoding="utf-8").replace("predikat = false\n", "")
    path = tmp_path / "dua.toml"
    path.write_text(text.replace("[scale]\n", BANDS.format(second=second) + "\n[scale]\n", 1), encoding="utf-8")
    return path


def test_a_gap_in_decimal_bands_is_a_warning_naming_the_reading(tmp_path: Path, capsys) -> None:
    checked = observasi(capsys, "forms", "check", str(_form(tmp_path, "2.5")))
    assert checked.code == 0 and "sah" in checked.out
    assert "peringatan:" in checked.err
    assert "ada celah antara 'Perlu bimbingan' (sampai 1.9) dan 'Cakap' (mulai 2.5)" in checked.err
    assert "nilai di atas 1.9 dan di bawah 2.5 mendapat 'Perlu bimbingan'" in checked.err


def test_bands_touching_at_their_printed_precision_are_no_gap(tmp_path: Path, capsys) -> None:
    checked = observasi(capsys, "forms", "check", str(_form(tmp_path, "2.0")))
    assert checked.code == 0 and "peringatan" not in checked.err, checked.err
