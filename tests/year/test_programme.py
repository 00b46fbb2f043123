"""The supervision programme: defaults, teachers spread over chosen weeks, rows moved and
started, the printed and signed PDF, and the schedule in what needs attention."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.programme import Programme, ScheduleRow, new_programme, spread, weeks_from
from observasi.errors import UserError
from observasi.year import programme as service
from observasi.year.coverage import SCHEDULED, attention_counts, coverage
from tests.cli.helpers import observasi
from tests.sheet.conftest import PASSPHRASE, pdf_pages

MONDAY = dt.date(2026, 8, 3)


def test_weeks_leave_out_the_skipped_ones() -> None:
    weeks = weeks_from(dt.date(2026, 8, 5), 4, skip=[dt.date(2026, 8, 19)])  # a Wednesday; skip the 17th's week
    assert weeks == [dt.date(2026, 8, 3), dt.date(2026, 8, 10), dt.date(2026, 8, 24), dt.date(2026, 8, 31)]
    with pytest.raises(UserError, match="paling sedikit 1"):
        weeks_from(MONDAY, 0)


def test_teachers_are_spread_evenly_and_started_rows_stay() -> None:
    teachers = [(f"t{i}", f"Guru {i:02d}", "IPA") for i in range(10)]
    prog = spread(new_programme("2026-1"), teachers, weeks_from(MONDAY, 4), observer="Budi", form_id="mini")
    per_week: dict[str | None, int] = {}
    for row in prog.schedule:
        per_week[row.week] = per_week.get(row.week, 0) + 1
    assert sorted(per_week.values()) == [2, 2, 3, 3]  # 10 over 4 weeks, none empty
    assert {r.observer for r in prog.schedule} == {"Budi"}
    started = prog.schedule[0].model_copy(update={"observation_id": "x" * 32, "focus": "Diferensiasi"})
    prog = prog.model_copy(update={"schedule": [started, *prog.schedule[1:]]})
    again = spread(prog, teachers, [dt.date(2026, 9, 7)])
    kept = next(r for r in again.schedule if r.teacher_id == started.teacher_id)
    assert (kept.week, kept.focus) == (started.week, "Diferensiasi")
    assert {r.week for r in again.schedule if r.teacher_id != started.teacher_id} == {"2026-09-07"}
    with pytest.raises(UserError, match="di luar semester Ganjil 2026/2027"):
        spread(prog, teachers, [dt.date(2027, 2, 1)])


def test_defaults_speak_indonesian() -> None:
    prog = new_programme("2026-1")
    assert prog.purpose.startswith("1. Membantu guru meningkatkan kualitas perencanaan")
    assert "semester Ganjil 2026/2027" in prog.targets


def test_plan_move_and_start_a_row(demo: AppContext) -> None:
    prog = service.programme_for(demo, "2026-1")
    assert [m.role for m in prog.team] == ["Ketua (Kepala Sekolah)"]
    prog = service.plan(demo, prog, dt.date(2026, 11, 30), 3, skip=[dt.date(2026, 12, 14)])
    assert len(prog.schedule) == 12
    assert {r.week for r in prog.schedule} == {"2026-11-30", "2026-12-07", "2026-12-21"}
    moved = service.move(demo, prog, "1", dt.date(2026, 12, 9), exact_day=True)
    row = next(r for r in moved.schedule if r.teacher_id == prog.schedule[0].teacher_id)
    assert (row.week, row.planned_date) == ("2026-12-07", "2026-12-09")
    with pytest.raises(UserError, match="di luar semester"):
        service.move(demo, moved, row.id, dt.date(2027, 1, 4), exact_day=True)
    stored = demo.store.programme_of("2026-1")
    assert stored is not None and stored.row(row.id).planned_date == "2026-12-09"

    obs = service.start(demo, stored, row.id, today=dt.date(2026, 12, 2))
    assert (obs.teacher_id, obs.date, obs.status.value, obs.semester) == (
        row.teacher_id,
        "2026-12-09",
        "draft",
        "2026-1",
    )
    again = demo.store.programme_of("2026-1")
    assert again is not None and again.row(row.id).observation_id == obs.id
    assert service.start(demo, again, row.id).id == obs.id  # started once only


def test_the_schedule_shows_in_what_needs_attention(demo: AppContext) -> None:
    prog = service.plan(demo, service.programme_for(demo, "2026-1"), dt.date(2026, 12, 7), 1)
    found = coverage(demo.store, dt.date(2026, 12, 9))
    scheduled = [r for r in found.planned if r.status == SCHEDULED]
    assert len(scheduled) == 12 and {r.date for r in scheduled} == {"2026-12-07"}
    assert attention_counts(demo.store, dt.date(2026, 12, 9)) == found.counts  # the home screen's numbers
    first = prog.schedule[0]
    service.start(demo, prog, first.id, today=dt.date(2026, 12, 9))
    after = coverage(demo.store, dt.date(2026, 12, 9))
    mine = [r for r in after.planned if r.teacher_id == first.teacher_id]
    assert [(r.status, r.date) for r in mine] == [("draft", "2026-12-09")]  # the draft, not the row too
    assert attention_counts(demo.store, dt.date(2026, 12, 9)) == after.counts


def test_programme_pdf_in_the_familiar_format_and_signed(
    capsys: pytest.CaptureFixture[str],
    demo: AppContext,
    demo_dir: Path,
    passphrase_file: Path,
    tmp_path: Path,
) -> None:
    from observasi.signing.keys import create_key

    create_key(demo, PASSPHRASE)
    args = ["--data-dir", str(demo_dir), "programme"]
    assert (
        observasi(capsys, *args, "plan", "--semester", "2026-1", "--first-week", "30/11/2026", "--weeks", "3").code == 0
    )
    edited = observasi(
        capsys,
        *args,
        "edit",
        "--semester",
        "2026-1",
        "--supervisor",
        "Dr. Hj. Nurjanah, M.Pd.",
        "--member",
        "Drs. Bambang:Anggota (Wakasek Kurikulum)",
    )
    assert edited.code == 0, edited.err
    out = tmp_path / "program.pdf"
    result = observasi(
        capsys,
        *args,
        "pdf",
        "--semester",
        "2026-1",
        "-o",
        str(out),
        "--sign",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.code == 0, result.err
    assert "ditandatangani" in result.out
    text = " ".join(pdf_pages(out.read_bytes()))
    for expected in (
        "SMP NEGERI 3 SUKAMAJU",
        "PROGRAM SUPERVISI AKADEMIK",
        "Semester Ganjil 2026/2027",
        "A. Tujuan",
        "B. Sasaran dan Target",
        "C. Tim Supervisi",
        "Drs. Bambang",
        "D. Instrumen",
        "E. Jadwal Pelaksanaan",
        "Mengetahui, Pengawas Sekolah",
        "Dr. Hj. Nurjanah, M.Pd.",
        "Kepala Sekolah",
        "Halaman 1 dari",
    ):
        assert expected in text, expected
    verified = observasi(capsys, "--data-dir", str(demo_dir), "verify", str(out))
    assert verified.code == 0, verified.out + verified.err
    assert "SAH" in verified.out


def test_a_row_is_named_by_its_number(demo: AppContext) -> None:
    prog = Programme(semester="2026-1", schedule=[ScheduleRow(teacher_id="a", teacher_name="Ani")])
    assert prog.row("1").teacher_name == "Ani"
    with pytest.raises(UserError, match="tidak ada baris jadwal '5'"):
        prog.row("5")


def test_the_semester_report_is_printed_and_signed(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    from observasi.signing.keys import create_key

    create_key(demo, PASSPHRASE)
    out = tmp_path / "laporan.pdf"
    args = ["--data-dir", str(demo_dir), "programme", "report", "--semester", "2026-1", "-o", str(out)]
    result = observasi(capsys, *args, "--sign", "--passphrase-file", str(passphrase_file))
    assert result.code == 0, result.err
    text = " ".join(pdf_pages(out.read_bytes()))
    for expected in (
        "LAPORAN PELAKSANAAN SUPERVISI AKADEMIK",
        "Semester Ganjil 2026/2027",
        "A. Pendahuluan",
        "B. Pelaksanaan",
        "12 dari 12 guru (100%) telah disupervisi",
        "C. Hasil",
        "D. Tindak lanjut",
        "E. Penutup",
        "Mengetahui, Pengawas Sekolah",
    ):
        assert expected in text, expected
    verified = observasi(capsys, "--data-dir", str(demo_dir), "verify", str(out))
    assert verified.code == 0 and "SAH" in verified.out
