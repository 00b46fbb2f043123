"""The recap PDF draws a cell that fits as a plain string and wraps only the rest (issue 18:
a paragraph per cell made a semester at 100,000 observations take a minute)."""

from __future__ import annotations

import time

import pytest

from observasi.core.instrument import Instrument
from observasi.recap.export_pdf import recap_pdf
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.store.store import Store
from tests.recap import test_performance
from tests.recap.conftest import MiniSchool


def _text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_every_cell_is_in_the_pdf_and_a_long_one_wraps(school: MiniSchool) -> None:
    from observasi.recap.tables import cell_text, recap_tables

    recap = build_recap(school.store, Period.of_semester("2026-1"))
    long_action = "Menyusun asesmen formatif " * 12
    recap.followups[0] = recap.followups[0].__class__(**{**recap.followups[0].__dict__, "action": long_action.strip()})
    text = _text(recap_pdf(recap))
    lines = text.splitlines()
    # A cell wrapped at a space (a header such as "Predikat terakhir" in a squeezed column)
    # reads back over two lines: every word kept, in order.
    flat = " ".join(text.split())
    for table in recap_tables(recap):
        for row in [table.header, *table.rows]:
            for value in row:
                cell = cell_text(value)
                if cell and cell != long_action.strip():
                    assert " ".join(cell.split()) in flat, cell
    wrapped = [line for line in lines if "Menyusun asesmen formatif" in line]
    assert len(wrapped) > 1  # the long action is drawn on several lines, every word kept
    assert " ".join(wrapped).count("Menyusun") >= 12 - len(wrapped)


@pytest.mark.parametrize("count", [2000])
def test_a_recap_pdf_of_thousands_of_rows_is_quick(
    store: Store, mini_form: Instrument, count: int, monkeypatch
) -> None:
    monkeypatch.setattr(test_performance, "N", count)
    test_performance._fill(store, mini_form)
    recap = build_recap(store, Period.of_semester("2026-1"))
    start = time.process_time()
    data = recap_pdf(recap)
    elapsed = time.process_time() - start
    print(f"recap PDF of {count} follow-ups: {elapsed:.2f} s of CPU")
    assert data.startswith(b"%PDF") and len(recap.followups) == count
    assert elapsed < 2.0  # 0.7 s on the shared build machine at a load of 17; 3.0 s with a paragraph per cell


def test_a_long_table_breaks_pages_where_one_reportlab_table_would(
    store: Store, mini_form: Instrument, monkeypatch
) -> None:
    """Rows handed to reportlab a page at a time (linear, not quadratic) give the pages,
    with the header on each, that the whole table at once gave."""
    from pypdf import PdfReader

    from observasi.recap import export_pdf

    monkeypatch.setattr(test_performance, "N", 1500)
    test_performance._fill(store, mini_form)
    recap = build_recap(store, Period.of_semester("2026-1"))
    chunked = recap_pdf(recap)
    monkeypatch.setattr(export_pdf, "CHUNK_ROWS", 10**6)  # one table of every row
    whole = recap_pdf(recap)

    def pages(data: bytes) -> list[str]:
        import io

        return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]

    assert len(pages(chunked)) > 40
    assert pages(chunked) == pages(whole)
    followup_pages = [p for p in pages(chunked) if "Asesmen formatif" in p]
    assert all("Tindak lanjut" in p.split("Asesmen formatif")[0] for p in followup_pages)  # header first
    assert sum(p.count("Asesmen formatif") for p in followup_pages) == 1500
