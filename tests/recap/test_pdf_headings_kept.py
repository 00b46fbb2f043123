"""A table's title in the recap PDF is never the last thing on a page with its table on the
next. The walk's demo recap ended page 2 with "Rata-rata per indikator (terlemah lebih
dulu)" and nothing under it; the table began on page 3 under no title."""

from __future__ import annotations

import io

from observasi.recap.export_pdf import recap_pdf
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.recap.tables import recap_tables
from observasi.store.models import Teacher
from tests.recap.conftest import MiniSchool, add_observation


def _pages(data: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in PdfReader(io.BytesIO(data)).pages
    ]


def test_no_table_title_ends_a_page(school: MiniSchool) -> None:
    """Teachers are added one by one, so the titles below the per-teacher table fall at
    every height of the page in turn, the page's foot among them."""
    orphans: list[tuple[int, str]] = []
    for n in range(26):
        teacher = school.store.save_teacher(Teacher(name=f"Guru Tambahan {n + 1:02d}, S.Pd.", subject="IPA"))
        add_observation(
            school.store,
            school.form,
            teacher,
            school.rina,
            "2026-09-15",
            {"R1": "3", "R2": "3", "I1": "3", "I2": "2", "I3": "3"},
        )
        recap = build_recap(school.store, Period.of_semester("2026-1"))
        titles = {table.title for table in recap_tables(recap)}
        for page in _pages(recap_pdf(recap))[:-1]:
            body = [line for line in page if not line.startswith(("Halaman ", "Rekap Hasil Supervisi Akademik"))]
            if body and body[-1] in titles:
                orphans.append((n + 1, body[-1]))
    assert not orphans, orphans
