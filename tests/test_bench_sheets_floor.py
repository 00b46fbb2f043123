"""The sheets batch's floor draws what the sheet draws (issue 18: a floor does the same
necessary work the plainest way; one that draws less flatters the batch)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sheet.service import render_sheet

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _probe():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_scale_probe", BENCH / "scale_probe.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_the_sheets_floor_prints_each_records_texts_footer_and_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = tmp_path / "demo"
    context = AppContext(Settings(data_dir=data))
    fill_demo(context.store, context.catalog)
    items = context.store.list_observations(order="date_asc")
    out = tmp_path / "floor"
    _probe().sheets_floor(str(data), items[0].date, str(out))
    assert sorted(p.stem for p in out.glob("*.pdf")) == sorted(item.id for item in items)
    assert not list(out.glob(".~*"))
    for item in items[:: max(1, len(items) // 6)]:
        content, sheet = render_sheet(context, item.id)
        floor = PdfReader(io.BytesIO((out / f"{item.id}.pdf").read_bytes()))
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in floor.pages)
        fonts = {
            str(font["/BaseFont"])
            for page in floor.pages
            for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
        }
        assert len(fonts) >= 2  # regular and bold subsets, as the sheet embeds
        assert content.obs.teacher.name in text and f"Halaman 1 dari {len(floor.pages)}" in text
        indicator = next(ind for section in content.inst.sections for ind in section.indicators)
        assert indicator.text.split()[0] in text  # the form's own texts, not the indicator ids
        assert ("DRAF" in text) is (not content.final)
        assert abs(len(floor.pages) - sheet.pages) <= 1, item.id
    context.store.close()
