"""A district reads several schools (a folder and a bucket), read-only, and recaps them."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.district.reader import read_all, school_context
from observasi.district.recap import build_district_recap
from observasi.district.schools import add_school, schools
from observasi.errors import UserError
from observasi.recap.export import export_recap
from observasi.settings import Settings
from observasi.sync import devices, service
from tests.cli.helpers import observasi
from tests.district.conftest import SEMESTER, _school
from tests.sync.conftest import assert_only_added, folder_snapshot


def test_a_district_reads_schools_without_writing_and_recaps_them(district) -> None:
    context, drive, drive_two = district
    before = folder_snapshot(drive), folder_snapshot(drive_two)
    reads = read_all(context)
    assert [(r.school.name, r.report.received if r.report else r.error) for r in reads] == [
        ("SMP Negeri 1", 3),
        ("SMP Negeri 2", 1),
    ]
    assert (folder_snapshot(drive), folder_snapshot(drive_two)) == before  # nothing written there
    again = read_all(context)
    assert [r.report.received for r in again if r.report] == [0, 0]

    recap = build_district_recap(context, SEMESTER, name="Kabupaten Contoh")
    one, two = recap.lines
    assert (one.name, one.teachers_observed, one.teachers_known, one.final_count) == ("SMP Negeri 1", 2, 3, 2)
    assert one.coverage_pct == Decimal("66.67")
    assert one.predikat == {"Sangat Baik": 1, "Cukup": 1}
    assert (two.teachers_observed, two.teachers_known, two.predikat) == (1, 1, {"Kurang": 1})
    across = recap.across
    assert across.final_count == 3
    assert {c.label: c.count for c in across.predikat[0].counts} == {
        "Sangat Baik": 1,
        "Baik": 0,
        "Cukup": 1,
        "Kurang": 1,
    }
    # Weakest indicator across the schools: R2 (2 + 4 + 1 = 7 of 12 = 58.33 %).
    weakest = across.indicators[0].rows[0]
    assert (weakest.indicator_id, weakest.rated, weakest.percent) == ("R2", 3, Decimal("58.33"))
    # Drilling down: one school's recap is the school recap of its copy.
    assert recap.recaps["smp-negeri-1"].final_count == 2
    copy = school_context(context, schools(context)[0])
    assert {t.name for t in copy.store.list_teachers()} >= {"Ani", "Budi"}
    copy.store.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".pdf"])
def test_the_district_recap_exports_like_a_school_recap(district, tmp_path: Path, suffix: str) -> None:
    context, _, _ = district
    read_all(context)
    recap = build_district_recap(context, SEMESTER, name="Kabupaten Contoh")
    path = export_recap(context, recap.across, tmp_path / f"rekap-dinas{suffix}").path
    assert path.is_file() and path.stat().st_size > 0
    if suffix == ".csv":
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        names = [row[0] for row in rows if row and row[0].startswith("SMP Negeri")]
        assert names == ["SMP Negeri 1", "SMP Negeri 2"]


def test_adding_schools_says_what_is_wrong(tmp_path: Path) -> None:
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    with pytest.raises(UserError, match="tidak ada"):
        add_school(context, "SMPN 9", str(tmp_path / "missing"))
    with pytest.raises(UserError, match="s3://"):
        add_school(context, "SMPN 9", "s3://Bad_Name")
    (tmp_path / "d").mkdir()
    add_school(context, "SMPN 9", str(tmp_path / "d"))
    with pytest.raises(UserError, match="sudah ada"):
        add_school(context, "smpn 9", str(tmp_path / "d"))
    context.store.close()


def test_a_school_in_a_bucket_is_read_only_too(tmp_path: Path, s3_server, bucket: str, mini_form: Instrument) -> None:
    school = _school(
        tmp_path, "smpn3", mini_form, [("Eka", "2026-08-01", {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"})]
    )
    service.sync(school, bucket=bucket, endpoint=s3_server.endpoint)
    prefix = bucket.split("/", 3)[3] + "/"

    def objects() -> set[str]:
        return {m["path"] for page in s3_server.store().list(prefix) for m in page}

    before = objects()
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 3", bucket, s3_server.endpoint)
    # A bucket is sealed like a folder: the district asks to join, a school laptop approves.
    (asked,) = read_all(context)
    assert asked.error is not None and "setujui kode" in asked.error, asked.error
    devices.approve(school, asked.error.split("setujui kode ", 1)[1].split(";", 1)[0])
    asking = objects() - before
    assert {path.rsplit("/", 1)[1] for path in asking} >= {"join.json"}
    before = objects()
    (read,) = read_all(context)
    assert read.report is not None and read.report.received == 1
    assert objects() == before  # reading writes nothing there
    recap = build_district_recap(context, SEMESTER)
    assert recap.lines[0].predikat == {"Sangat Baik": 1}
    school.store.close()
    context.store.close()


def test_district_commands(district, capsys, tmp_path: Path) -> None:
    context, drive, _ = district
    data = str(context.settings.data_dir)
    context.store.close()
    result = observasi(capsys, "--data-dir", data, "district", "list")
    assert result.code == 0 and "SMP Negeri 1" in result.out and "SMP Negeri 2" in result.out
    result = observasi(capsys, "--data-dir", data, "district", "sync")
    assert result.code == 0 and "SMP Negeri 1: diterima 3" in result.out
    result = observasi(capsys, "--data-dir", data, "district", "recap", "--semester", "2026-1")
    assert result.code == 0 and "Sangat Baik" in result.out
    out = tmp_path / "rekap.xlsx"
    result = observasi(capsys, "--data-dir", data, "district", "recap", "--semester", "2026-1", "-o", str(out))
    assert result.code == 0 and out.is_file()
    result = observasi(
        capsys, "--data-dir", data, "district", "school", "SMP Negeri 1", "recap", "--semester", "2026-1"
    )
    assert result.code == 0 and "Ani" in result.out and "Budi" in result.out and "Dewi" not in result.out
    # One observation's sheet, drawn from the district's copy of the school.
    copy = school_context(
        AppContext(Settings(data_dir=Path(data))), schools(AppContext(Settings(data_dir=Path(data))))[0]
    )
    obs_id = copy.store.list_observations(order="date_asc")[-1].id
    copy.store.close()
    result = observasi(capsys, "--data-dir", data, "district", "school", "SMP Negeri 1", "sheet", obs_id[:8])
    assert result.code == 0, result.err
    assert list((Path(data) / "sekolah" / "smp-negeri-1" / "lembar").glob("*.pdf"))
    result = observasi(capsys, "--data-dir", data, "district", "school", "SMP Negeri 1", "delete", "x")
    assert result.code == 2 and "recap" in result.err
    result = observasi(capsys, "--data-dir", data, "district", "add", "SMPN 7")
    assert result.code == 2 and "--folder" in result.err


def test_a_district_asks_a_school_to_approve_it_and_writes_nothing_else(tmp_path: Path, mini_form: Instrument) -> None:
    school = _school(
        tmp_path, "smpn4", mini_form, [("Fajar", "2026-08-03", {"R1": "3", "R2": "3", "I1": "3", "I2": "3", "I3": "3"})]
    )
    drive = tmp_path / "Drive SMPN 4"
    drive.mkdir()
    service.sync(school, drive)
    before = folder_snapshot(drive)
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 4", str(drive))
    (read,) = read_all(context)
    assert read.report is None and read.error is not None and "setujui kode" in read.error
    added = sorted(set(folder_snapshot(drive)) - set(before))
    assert len(added) == 1 and added[0].endswith("/join.json")  # its request to join, nothing else
    assert_only_added(before, folder_snapshot(drive))
    copy = school_context(context, schools(context)[0])
    assert copy.store.list_observations() == []  # nothing read before the school approves
    copy.store.close()
    for c in (school, context):
        c.store.close()
