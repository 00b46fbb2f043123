"""One meaning of "observed" (core.status.OBSERVED_STATUSES: a lesson held, reflecting or
final) in every shape of the school recap. Budi Hartono has a final lesson, one in its
reflection and a draft: the coverage table counts 2 lessons held, the per-teacher table 1
final. The walk read the two as a contradiction, with the heading calling the reflection
"not counted": every export, the CLI and the screen now say which count is which."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.recap.export import export_recap
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.recap.tables import heading_lines, recap_tables, summary_lines
from observasi.settings import Settings
from tests.cli.helpers import observasi
from tests.recap.conftest import MiniSchool

OBSERVED_LINE = "Guru diobservasi: 2 dari 3 guru (pelajaran terlaksana: refleksi atau final)"


def test_the_recap_says_what_observed_counts_and_the_tables_agree(school: MiniSchool) -> None:
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    tables = {table.key: table for table in recap_tables(recap)}
    coverage = {row[1]: row[2] for row in tables["coverage"].rows}
    assert coverage["Budi Hartono, S.Pd."] == 2  # the final and the reflection; not the draft
    assert coverage["Citra Dewi, S.Pd."] == 0  # her lesson is in another semester
    teachers = tables["teachers"]
    final_column = teachers.header.index("Jumlah final")
    assert {row[1]: row[final_column] for row in teachers.rows}["Budi Hartono, S.Pd."] == 1
    lines = [f"{label}: {value}" for label, value in heading_lines(recap)]
    assert OBSERVED_LINE in lines
    pending = next(line for line in lines if line.startswith("Belum dihitung"))
    assert "refleksi 1" in pending and "tidak dihitung" not in pending  # the reflection is observed
    assert OBSERVED_LINE in [f"{label}: {value}" for label, value in summary_lines(recap)]  # the screen's


def test_the_csv_and_the_cli_carry_the_same_line(
    school: MiniSchool, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    context = AppContext(Settings(data_dir=data_dir))
    recap = build_recap(school.store, Period.of_semester("2026-1"))
    path = export_recap(context, recap, tmp_path / "rekap.csv").path
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert ["Guru diobservasi", OBSERVED_LINE.split(": ", 1)[1]] in rows
    school.store.close()
    shown = observasi(capsys, "--data-dir", str(data_dir), "recap", "--semester", "2026-1")
    assert shown.code == 0, shown.err
    assert OBSERVED_LINE in shown.out and "Jumlah final" in shown.out
