"""The sheet's drawing kit: page geometry, paragraph styles, and the cell and table helpers
every part of the sheet uses."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi.core.text import paragraph_markup
from observasi.fonts import register_fonts

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_X = 18 * MM
MARGIN_TOP = 14 * MM
MARGIN_BOTTOM = 26 * MM
QR_SIZE = 19 * MM
FRAME_W = PAGE_W - 2 * MARGIN_X
SPOT_W, SPOT_H = 150.0, 62.0  # a signature's space: scanned image above, digital stamp strip below
# The digital stamp's strip, centred under the image and wider than it: two lines of
# 10-point Courier ("Ditandatangani secara digital", 180 points, and the time) at their
# size; the 150x20 strip shrank them to 5 points (walk 8). Within the signature's half of
# the page (246 points), inside the space the sheet leaves, so it covers no text.
STAMP_W, STAMP_H = 200.0, 24.0
QR_FORM = "observasiQR"
GRID = (0.55, 0.55, 0.6)
SHADE = (0.91, 0.92, 0.95)
SECTION_SHADE = (0.96, 0.96, 0.98)


@dataclass
class SignatureSpot:
    """Where a signature block's space landed: page (0-based) and box in points."""

    page: int
    box: tuple[float, float, float, float]


@dataclass
class BuiltSheet:
    data: bytes
    pages: int
    spots: dict[str, SignatureSpot] = field(default_factory=dict)


def image_reader(path: Path) -> Any:
    """The picture in *path* as a reportlab ImageReader, read as the file is now: kept
    while its time and size stay the same, so a batch of sheets decodes a logo or a
    scanned signature once instead of once a sheet. A reader is not changed by drawing
    it (its pixels are decoded once, then only read), and holds no open file."""
    stat = path.stat()
    return _image_reader(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _image_reader(path: str, mtime_ns: int, size: int) -> Any:
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(path)
    reader.getSize()
    return reader


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph: shown as written (no markup, control
    characters or bidi overrides); line breaks kept; right-to-left words in the order
    they are seen (see :func:`visual_word_order`)."""
    if right_to_left(text):
        text = "\n".join(visual_word_order(line) for line in text.replace("\r\n", "\n").split("\n"))
    return paragraph_markup(text)


def _strong(word: str) -> str | None:
    """ "R" for a word of right-to-left letters only, "L" for one with a left-to-right
    letter, None for digits and punctuation."""
    import unicodedata

    kinds = {unicodedata.bidirectional(ch) for ch in word}
    if "L" in kinds:
        return "L"
    return "R" if kinds & {"R", "AL"} else None


TRAILING = ",.;:!?)"


def visual_word_order(line: str) -> str:
    """Each run of right-to-left words in a line, its words in reverse: reportlab shapes
    every word (letters joined, right to left) but lays the words out left to right, so
    "محمد عبد الله" printed with محمد on the left. A full bidi pass (reportlab's rlbidi)
    is not on the package index; a name or a line of Arabic inside Indonesian text is
    what the sheet holds."""
    out: list[str] = []
    run: list[str] = []
    for word in line.split(" "):
        core = word.rstrip(TRAILING)
        if _strong(core) == "R" or (run and _strong(word) is None):
            run.append(core)
            if core != word:  # "الله," ends the run; its comma follows the run, as read
                out += reversed(run)
                out[-1] += word[len(core) :]
                run = []
            continue
        out += reversed(run)
        run = []
        out.append(word)
    out += reversed(run)
    return " ".join(out)


# Left plus right padding of a table cell (see grid_table), and the cells' font size.
CELL_PADDING = 8


def right_to_left(text: str) -> bool:
    """Whether *text* holds Arabic or Hebrew letters: such a name goes through a Paragraph,
    whose style shapes it (joined letters, right-to-left order) where uharfbuzz is installed;
    a plain table string would print its letters unjoined, left to right."""
    if text.isascii():  # nearly every text on a sheet; a C-speed check spares the per-letter loop
        return False
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in set(_NOT_ASCII.findall(text)))


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


CELL_FONT_SIZE, CELL_LEADING = 8.5, 10.6


def fitted(text: str, style: Any, width: float) -> Any:
    """*text* as a plain string when it fits on one line of a cell *width* wide, else as
    a wrapping Paragraph. A plain string is drawn directly, without paragraph layout (a
    sheet has hundreds of cells); it takes its font from the table's style, which must
    name *style*'s font for that cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from observasi.sheet.paragraph import Paragraph

    if (
        "\n" not in text
        and not right_to_left(text)
        and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    ):
        return text
    return Paragraph(markup(text), style)


def fitted_text(text: str, style: Any, width: float) -> Any:
    """:func:`fitted` for what a person wrote or a form says (an indicator, a note, a
    follow-up, an evidence line): plain only when a Paragraph would print the very same
    line. A Paragraph drops spaces at the ends and prints a run of spaces as one, and
    prints nothing for an empty text; a plain string would keep them."""
    if not text or text != " ".join(text.split()):
        from observasi.sheet.paragraph import Paragraph

        return Paragraph(markup(text), style)
    return fitted(text, style, width)


def header_row(texts: list[str], widths: list[float], styles: Styles) -> list[Any]:
    """A table's header row (bold: see grid_table)."""
    return [fitted(text, styles.cell_bold, width) for text, width in zip(texts, widths, strict=False)]


class Styles:
    def __init__(self, shaping: bool = False) -> None:
        """*shaping*: the sheet holds right-to-left text (see :func:`right_to_left`); HarfBuzz
        shaping costs about 60 ms of CPU a sheet, so a sheet without it goes without."""
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        # shaping: Arabic letters joined and set right to left (reportlab with uharfbuzz);
        # the other styles inherit it or set it below.
        shape = 1 if shaping else 0
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12, shaping=shape)
        self.cell = ParagraphStyle(
            "cell", fontName=regular, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING, shaping=shape
        )
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell_bold, alignment=TA_RIGHT)
        self.total_value = ParagraphStyle(
            "total", parent=self.cell_bold, fontSize=11, leading=13.5, alignment=TA_CENTER
        )
        self.small = ParagraphStyle("small", parent=self.cell, fontSize=7.5, leading=9.2, textColor=(0.3, 0.3, 0.35))
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER, spaceBefore=4, shaping=shape
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=regular, fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=8, shaping=shape
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
            shaping=shape,
        )
        self.sign = ParagraphStyle("sign", fontName=regular, fontSize=9, leading=12, alignment=TA_CENTER, shaping=shape)
        self.sign_name = ParagraphStyle("signname", parent=self.sign, fontName=bold)
        self.answer = self.body.clone("answer", leftIndent=12, spaceAfter=4)  # a reflection's answer


@functools.cache
def sheet_styles(shaping: bool) -> Styles:
    """The feedback sheet's styles, made once per process for each *shaping*. The styles
    are never changed once made, and a batch's sheets sharing them parse each style's
    fragment once (see paragraph._plain_frags), not once a sheet."""
    return Styles(shaping=shaping)


def grid_table(rows: list[list[Any]], widths: list[float], style: list[tuple], repeat: int, split_rows: bool) -> Any:
    from reportlab.platypus import Table, TableStyle

    regular, bold = register_fonts()
    # Every cell starts with the sheet's font, size, alignment and padding (_cell_style):
    # the same as a style command over the whole table, which reportlab applies cell by
    # cell, once per command and table.
    cell = _cell_style(regular)
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=repeat,
        splitInRow=1 if split_rows else 0,
        hAlign="LEFT",
        cellStyles=[[cell(repr((i, j))) for j in range(len(widths))] for i in range(len(rows))],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                # Cells left as plain strings (fitted) take the table's font: every table
                # here has a header row, in bold.
                ("FONTNAME", (0, 0), (-1, 0), bold),
                *style,
            ]
        )
    )
    return table


@functools.cache
def _cell_style(regular: str) -> Any:
    """reportlab's cell style with the sheet's defaults for every cell of a grid table."""
    from reportlab.platypus.tables import CellStyle

    class SheetCellStyle(CellStyle):
        fontname = regular
        fontsize = CELL_FONT_SIZE
        leading = CELL_LEADING
        valign = "TOP"
        leftPadding = rightPadding = 4
        topPadding = bottomPadding = 3

    return SheetCellStyle
