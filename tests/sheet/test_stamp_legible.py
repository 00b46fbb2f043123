"""The digital signature's stamp on a signed sheet is legible: the walk's PNG of a signed
sheet showed "Ditandatangani secara digital / 2026-12-03 16:32 UTC" at about 5 points,
shrunk to half into a 150x20 strip (pyHanko's text box keeps 10 points of margin around
the text). It is drawn at 8 points or more now, in the sheet's signature block, and
covers none of the sheet's own text."""

from __future__ import annotations

import io
import re
from typing import Any

from observasi.context import AppContext
from observasi.sheet.service import write_sheet
from observasi.signing.keys import create_key
from tests.sheet.conftest import PASSPHRASE, pick

Box = tuple[float, float, float, float]


def signature_widget(data: bytes) -> tuple[Any, Box, float]:
    """(page, rectangle, the text's size as printed in points) of the visible signature."""
    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/FT") != "/Sig":
                continue
            x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
            stream = widget["/AP"]["/N"].get_object().get_data().decode("latin-1")
            scale = 1.0
            for a, d in re.findall(r"([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm", stream.split("BT")[0]):
                scale *= min(float(a), float(d))
            size = float(re.search(r"/F\d+ ([\d.]+) Tf", stream).group(1)) * scale  # type: ignore[union-attr]
            return page, (x1, y1, x2, y2), size
    raise AssertionError("no visible signature")


def texts_in(page: Any, box: Box) -> list[str]:
    """The page's own texts that start inside *box*."""
    x1, y1, x2, y2 = box
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        if text.strip() and x1 <= x <= x2 and y1 <= y <= y2:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return found


def test_the_signature_stamp_is_printed_legibly_and_covers_no_text(demo: AppContext) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    path = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    page, (x1, y1, x2, y2), size = signature_widget(path.read_bytes())
    assert size >= 8, f"the stamp's text is printed at {size:.1f} points"
    assert x2 - x1 <= 246  # within the signature's half of the page
    assert texts_in(page, (x1, y1, x2, y2)) == []
    observer = demo.store.get_observation(item.id).observer.name
    assert any(observer in text for text in texts_in(page, (x1, y1 - 16, x2, y2)))  # the name just below
