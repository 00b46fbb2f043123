"""The sheet's Paragraph: reportlab's own, parsed and its lines broken no more than needed.

reportlab asks a table cell's paragraph for its size several times at the same width: when
a heading is kept with the table below it (once for the pair, once for the table alone),
when a table is split at a page end, when a row is measured again for drawing. Each time
the whole paragraph's lines are broken afresh, about a fifth of a sheet's drawing time.
The answer depends only on the width (the text and style do not change), so it is kept;
the lines drawn are the same, and so are the PDF's bytes. A text without markup skips
reportlab's parser (see _plain_frags).

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
        def __init__(
            self,
            text: str,
            style: Any = None,
            bulletText: str | None = None,
            frags: list[Any] | None = None,
            caseSensitive: int = 1,
            encoding: str = "utf8",
        ) -> None:
            if style is not None and style.shaping and not _right_to_left(text):
                style = _unshaped(style)
            if frags is None and bulletText is None and style is not None:
                plain = _plain_frags(text, style)
                if plain is not None:
                    text, frags = plain
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            laid = self.__dict__.get("_laid_out")
            # Splitting a paragraph drops its broken lines (blPara); then it is laid out again.
            if laid is not None and laid[0] == availWidth and "blPara" in self.__dict__:
                return laid[1]
            size = super().wrap(availWidth, availHeight)
            self._laid_out = (availWidth, size)
            return size

    return SheetParagraph


def _right_to_left(text: str) -> bool:
    from observasi.sheet.kit import right_to_left

    return right_to_left(text)


_UNSHAPED: dict[int, tuple[Any, Any]] = {}  # id(style) -> (style, the same without shaping)


def _unshaped(style: Any) -> Any:
    """*style* without HarfBuzz shaping, for a paragraph with no right-to-left letters on a
    sheet that has some: reportlab shapes with discretionary ligatures on, and every Latin
    "st" printed as the ligature "ﬆ" ("Inﬆrumen", the walk of 4 Dec); only Arabic and
    Hebrew need the shaping."""
    from reportlab.lib.styles import ParagraphStyle

    if id(style) not in _UNSHAPED:
        if len(_UNSHAPED) > 512:  # a style per sheet and kind: kept for a batch, not for ever
            _UNSHAPED.clear()
        _UNSHAPED[id(style)] = (style, ParagraphStyle(f"{style.name}-ltr", parent=style, shaping=0))
    return _UNSHAPED[id(style)][1]


_TEMPLATES: dict[int, tuple[Any, Any]] = {}  # id(style) -> (style, its plain text's fragment)


def _plain_frags(text: str, style: Any) -> tuple[str, list[Any]] | None:
    """What reportlab's parser makes of a text without markup (no tag, no entity): one
    fragment in the style's font, holding the text with its whitespace cleaned. The
    style's fragment is parsed once and copied with each text; most cells of a sheet are
    such texts, and the parser (Python's html.parser) was a tenth of a sheet's time."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText
    from reportlab.platypus.paraparser import ParaParser

    if not isinstance(text, str) or "<" in text or "&" in text or getattr(style, "bulletText", None) is not None:
        return None
    clean = cleanBlockQuotedText(text)
    if not clean:
        return None
    if id(style) not in _TEMPLATES:
        if len(_TEMPLATES) > 512:  # a style per sheet and kind: kept for a batch, not for ever
            _TEMPLATES.clear()
        parsed_style, frags, bullet = ParaParser().parse("x", style)
        single = parsed_style is style and frags is not None and len(frags) == 1 and not bullet
        _TEMPLATES[id(style)] = (style, frags[0] if single else None)
    template = _TEMPLATES[id(style)][1]
    if template is None or style.textTransform:
        return None  # anything unusual: reportlab's own parse
    return clean, [template.clone(text=clean)]


def __getattr__(name: str) -> Any:
    if name == "Paragraph":
        return paragraph_class()
    raise AttributeError(name)
