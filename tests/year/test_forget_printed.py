"""Forgetting a teacher erases the programme and report PDFs observasi printed (the
programme names every teacher of its schedule, the report every teacher on the list), and
the confirmation says so before anything goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi import paths, privacy
from observasi.context import AppContext
from tests.cli.helpers import observasi
from tests.sheet.conftest import pdf_pages

DEWI = "Dewi Kartika Sari, S.Pd."


def test_forgetting_a_teacher_erases_the_printed_programme_and_report(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path
) -> None:
    args = ["--data-dir", str(demo_dir)]
    planned = observasi(
        capsys, *args, "programme", "plan", "--semester", "2026-1", "--first-week", "30/11/2026", "--weeks", "3"
    )
    assert planned.code == 0, planned.err
    assert observasi(capsys, *args, "programme", "pdf", "--semester", "2026-1").code == 0
    assert observasi(capsys, *args, "programme", "report", "--semester", "2026-1").code == 0
    programme = paths.programme_file(demo.settings.files_dir, "2026-1")
    report = paths.report_file(demo.settings.files_dir, "2026-1")
    assert "Dewi Kartika" in " ".join(pdf_pages(programme.read_bytes()))
    assert report.is_file()
    mine = programme.parent / "catatan rapat.pdf"  # not printed by observasi: left alone
    mine.write_bytes(b"%PDF-1.4")

    teacher = next(t for t in demo.store.list_teachers() if t.name == DEWI)
    asked = privacy.plan_lines(privacy.forget_plan(demo.store, teacher), demo.settings.data_dir)
    said = f"2 PDF program dan laporan supervisi di {programme.parent} dapat memuat nama guru ini dan juga dihapus"
    assert any(said in line for line in asked)
    assert programme.is_file() and report.is_file()  # said before: nothing went yet

    forgotten = observasi(capsys, *args, "teachers", "forget", "Dewi Kartika", "--yes")
    assert forgotten.code == 0, forgotten.err
    assert f"2 PDF program dan laporan dihapus dari {programme.parent}" in forgotten.out
    assert not programme.exists() and not report.exists() and mine.exists()

    # Printed again, the programme no longer names her.
    assert observasi(capsys, *args, "programme", "pdf", "--semester", "2026-1").code == 0
    assert "Dewi Kartika" not in " ".join(pdf_pages(programme.read_bytes()))


def test_the_programmes_history_forgets_the_teachers_name(demo: AppContext) -> None:
    """Every version of the programme is kept to merge two laptops' changes; they name the
    teacher, so forgetting the teacher erases their text (the database and its WAL)."""
    import datetime as dt

    from observasi.year import programme as programmes
    from tests.privacy.test_local_hardening import _traces

    planned = programmes.plan(demo, programmes.programme_for(demo, "2026-1"), dt.date(2026, 11, 30), 3)
    row = next(r for r in planned.schedule if r.teacher_name == DEWI)
    programmes.move(demo, planned, row.id, dt.date(2026, 12, 9), exact_day=True)  # a second version
    programmes.save(demo, demo.store.programme_by_id(planned.id).model_copy(update={"purpose": "x"}))  # type: ignore[union-attr]
    history = demo.store.programme_history(planned.id)
    assert len(history) >= 2
    needle = "Dewi Kartika Sari"
    teacher = next(t for t in demo.store.list_teachers() if t.name == DEWI)
    assert _traces(demo.settings.data_dir, [needle])
    privacy.forget_teacher(demo.store, teacher)
    assert _traces(demo.settings.data_dir, [needle]) == {}
    assert set(demo.store.programme_history(planned.id)) >= set(history)  # which came from which: kept
