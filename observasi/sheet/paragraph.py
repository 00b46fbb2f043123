"""The sheet's Paragraph: reportlab's own, its lines broken once per width.

reportlab asks a table cell's paragraph for its size several times at the same width: when
a heading is kept with the table below it (once for the pair, once for the table alone),
when a table is split at a page end, when a row is measured again for drawing. Each time
the whole paragraph's lines are broken afresh, about a fifth of a sheet's drawing time.
The answer depends only on the width (the text and style do not change), so it is kept;
the lines drawn are the same, and so are the PDF's bytes.

    from observasi.sheet.paragraph import Paragraph   # inside the function that draws
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["paragraph_class"]  # and Paragraph, made on first use (__getattr__)


@functools.cache
def paragraph_class() -> Any:
    # Built on first use: reportlab is imported only by the functions that draw.
    from reportlab.platypus import Paragraph as Base

    class SheetParagraph(Base):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            laid = self.__dict__.get("_laid_out")
            # Splitting a paragraph drops its broken lines (blPara); then it is laid out again.
            if laid is not None and laid[0] == availWidth and "blPara" in self.__dict__:
                return laid[1]
            size = super().wrap(availWidth, availHeight)
            self._laid_out = (availWidth, size)
            return size

    return SheetParagraph


def __getattr__(name: str) -> Any:
    if name == "Paragraph":
        return paragraph_class()
    raise AttributeError(name)
