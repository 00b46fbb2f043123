"""The sheet's drawing kit: page geometry, paragraph styles, and the cell and table helpers
every part of the sheet uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from observasi.fonts import register_fonts

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_X = 18 * MM
MARGIN_TOP = 14 * MM
MARGIN_BOTTOM = 26 * MM
QR_SIZE = 19 * MM
FRAME_W = PAGE_W - 2 * MARGIN_X
SPOT_W, SPOT_H = 150.0, 62.0  # a signature's space: scanned image above, digital stamp strip below
STAMP_H = 20.0
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


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph; line breaks kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


# Left plus right padding of a table cell (see grid_table), and the cells' font size.
CELL_PADDING = 8
CELL_FONT_SIZE, CELL_LEADING = 8.5, 10.6


def fitted(text: str, style: Any, width: float) -> Any:
    """*text* as a plain string when it fits on one line of a cell *width* wide, else as
    a wrapping Paragraph. A plain string is drawn directly, without paragraph layout (a
    sheet has hundreds of cells); it takes its font from the table's style, which must
    name *style*'s font for that cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING:
        return text
    return Paragraph(markup(text), style)


def header_row(texts: list[str], widths: list[float], styles: Styles) -> list[Any]:
    """A table's header row (bold: see grid_table)."""
    return [fitted(text, styles.cell_bold, width) for text, width in zip(texts, widths, strict=False)]


class Styles:
    def __init__(self) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell_bold, alignment=TA_RIGHT)
        self.total_value = ParagraphStyle(
            "total", parent=self.cell_bold, fontSize=11, leading=13.5, alignment=TA_CENTER
        )
        self.small = ParagraphStyle("small", parent=self.cell, fontSize=7.5, leading=9.2, textColor=(0.3, 0.3, 0.35))
        self.title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER, spaceBefore=4)
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=regular, fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=8
        )
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=10, leading=13, spaceBefore=9, spaceAfter=4, keepWithNext=1
        )
        self.sign = ParagraphStyle("sign", fontName=regular, fontSize=9, leading=12, alignment=TA_CENTER)
        self.sign_name = ParagraphStyle("signname", parent=self.sign, fontName=bold)


def grid_table(rows: list[list[Any]], widths: list[float], style: list[tuple], repeat: int, split_rows: bool) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=repeat, splitInRow=1 if split_rows else 0, hAlign="LEFT")
    regular, bold = register_fonts()
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                # The fonts of cells left as plain strings (fitted): every table here has a header row.
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
                ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *style,
            ]
        )
    )
    return table
