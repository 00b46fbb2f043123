"""The school recap sums what the final observations counted: tallies (total, mean per
observation) and the share of snapshots per answer, per form, in every export."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.recap.tables import recap_tables
from observasi.settings import Settings


def test_recap_counts_tallies_and_snapshots(tmp_path: Path) -> None:
    context = AppContext(Settings(data_dir=tmp_path / "demo"))
    try:
        fill_demo(context.store, context.catalog)
        recap = build_recap(context.store, Period.of_semester("2026-1"))
        tables = recap_tables(recap)  # (the follow-ups table reads the store)
    finally:
        context.store.close()
    rows = [r for r in recap.counts if r.form.startswith("supervisi-akademik")]
    tallies = [r for r in rows if r.what == "Hitungan"]
    assert {r.item for r in tallies} == {"Pertanyaan guru", "Pertanyaan siswa", "Pujian/penguatan positif"}
    assert all("rata-rata" in r.value for r in tallies)
    shares = [r for r in rows if r.what == "Kegiatan guru saat ini"]
    assert shares and sum(float(r.value.split("%")[0]) for r in shares) == pytest.approx(100, abs=0.3)
    assert any(r.what == "Jumlah siswa yang tidak terlibat belajar" and r.item == "rata-rata" for r in rows)
    table = next(table for table in tables if table.key == "counts")
    assert table.header[0] == "Instrumen" and len(table.rows) == len(recap.counts)
