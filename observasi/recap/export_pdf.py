"""The recap as a PDF (reportlab, imported only when a PDF is written): the school's
letterhead, the heading lines, every table of the recap, and the principal's signature
block, on landscape A4 with "Halaman X dari Y". The file can then be signed digitally like
the feedback sheets (see :mod:`observasi.recap.export`).

The fonts are the embedded DejaVu every PDF of observasi uses, so any name prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from observasi.core.dates import long_date
from observasi.core.text import paragraph_markup
from observasi.files import write_bytes
from observasi.fonts import register_fonts
from observasi.i18n import t
from observasi.recap.school import SchoolRecap
from observasi.recap.tables import Table, cell_text, heading_lines, recap_tables

# Left plus right padding of a table cell (reportlab's default 6 + 6), and a point to spare.
CELL_PADDING = 13.0
# Rows handed to reportlab at a time: more than a landscape page holds (a row is at least
# 14 points high; a chunk that fits whole grows), so a long table is laid out a page at a time instead of re-measuring
# every remaining row at each page break (quadratic: a semester's follow-ups at 100,000
# observations, 800 pages, spent most of a minute there).
CHUNK_ROWS = 40


class TextWidths:
    """reportlab's stringWidth, remembered for one PDF: a recap's cells repeat (dates,
    forms, names, statuses), and each is measured for the column widths and again when
    it is wrapped."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, float], float] = {}

    def __call__(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self._known.get(key)
        if width is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            width = self._known[key] = stringWidth(text, font, size)
        return width


def column_widths(
    table: Table,
    regular: str,
    bold: str,
    size: float,
    usable: float,
    padding: float = 13.0,
    cap: float = 230.0,
    measure: Callable[[str, str, float], float] | None = None,
) -> list[float]:
    """Column widths in points that fill *usable*: each column gets its content's width
    (up to *cap*); when that is too wide, only the text beyond a column's longest word
    is squeezed, so numbers, dates and codes never break in the middle."""
    width_of = measure or TextWidths()

    natural, minimum = [], []
    for col, title in enumerate(table.header):
        cells = [cell_text(row[col]) for row in table.rows]
        words = [(w, bold) for w in title.split()] + [(w, regular) for text in cells for w in text.split()]
        longest_word = max((width_of(w, font, size) for w, font in words), default=0.0) + padding
        widest = max([width_of(title, bold, size)] + [width_of(c, regular, size) for c in cells]) + padding
        minimum.append(longest_word)
        natural.append(max(longest_word, min(widest, cap)))
    if sum(natural) <= usable:
        extra = usable - sum(natural)
        return [w + extra * w / sum(natural) for w in natural]
    if sum(minimum) >= usable:
        return [w * usable / sum(minimum) for w in minimum]
    squeeze = (usable - sum(minimum)) / (sum(natural) - sum(minimum))
    return [low + (high - low) * squeeze for low, high in zip(minimum, natural, strict=False)]


def write_recap_pdf(recap: SchoolRecap, path: Path, *, today: dt.date | None = None) -> Path:
    """The recap PDF written (atomically) to *path*."""
    return write_bytes(path, recap_pdf(recap, today=today))


def recap_pdf(recap: SchoolRecap, *, today: dt.date | None = None) -> bytes:
    """The recap drawn as a PDF in memory (so it can be signed before it reaches the disk)."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas as pdf_canvas
    from reportlab.platypus import (
        CondPageBreak,
        Flowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus import Table as PdfTable

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=body, fontName=bold)
    number_style = ParagraphStyle("number", parent=body, alignment=TA_RIGHT)
    title_style = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER)
    school_style = ParagraphStyle("school", fontName=bold, fontSize=15, leading=18, alignment=TA_CENTER)
    centered = ParagraphStyle("centered", parent=body, fontSize=9, leading=11, alignment=TA_CENTER)
    section_style = ParagraphStyle("section", fontName=bold, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3)
    page_size = landscape(A4)
    margin = 14 * mm
    usable = page_size[0] - 2 * margin
    width_of = TextWidths()

    class NumberedCanvas(pdf_canvas.Canvas):
        """Draws "Halaman X dari Y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(regular, 7)
                self.drawRightString(page_size[0] - margin, 8 * mm, t("recap.pdf.page", page=number, pages=total))
                self.drawString(margin, 8 * mm, t("recap.title"))
                super().showPage()
            super().save()

    def para(value: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(paragraph_markup(cell_text(value)), style)

    def cell(value: Any, width: float, style: ParagraphStyle) -> str:
        """A cell's text as plain lines, wrapped at the column's width by words as a
        paragraph would wrap it, drawn by the table in the style's font: a paragraph per
        cell made a semester's PDF at 100,000 observations take a minute."""
        text = cell_text(value)
        if "\n" not in text and width_of(text, style.fontName, style.fontSize) <= width - CELL_PADDING:
            return text
        return "\n".join(simpleSplit(text, style.fontName, style.fontSize, width - CELL_PADDING))

    def titled_table(table: Table) -> list[Any]:
        """The table under its title, the title kept on the page of the table's first rows:
        a new page first where the title, the header and the first rows do not fit."""
        title = Paragraph(paragraph_markup(table.title), section_style)
        flowable, lead = pdf_table(table)
        _, title_height = title.wrap(usable, page_size[1])
        needed = title_height + section_style.spaceBefore + section_style.spaceAfter + lead
        return [CondPageBreak(needed), title, flowable]

    def pdf_table(table: Table) -> tuple[Flowable, float]:
        """The table as a flowable, and the height of its header with its first rows (up
        to two): what must follow its title on a page."""
        widths = column_widths(table, regular, bold, body.fontSize, usable, measure=width_of)
        header: list[Any] = [cell(h, w, head) for h, w in zip(table.header, widths, strict=False)]
        rows: list[list[Any]] = [
            [cell(c, widths[i], number_style if i in table.nilai_columns else body) for i, c in enumerate(row)]
            for row in table.rows
        ] or [[para(t("recap.empty"))] + [""] * (len(table.header) - 1)]
        style = [
            # Plain-string cells: the paragraph styles' font, size and leading.
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
            ("LEADING", (0, 0), (-1, -1), body.leading),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in table.nilai_columns],
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if not table.rows:
            style.append(("SPAN", (0, 1), (-1, 1)))
        table_style = TableStyle(style)
        _, lead = PdfTable([header, *rows[:2]], colWidths=widths, style=table_style).wrap(usable, page_size[1])
        chunks = RowChunks(
            lambda part: PdfTable([header, *part], colWidths=widths, repeatRows=1, style=table_style), rows
        )
        return chunks, lead

    class RowChunks(Flowable):
        """A table's rows laid out CHUNK_ROWS at a time under its header: what a page
        takes is drawn, the rest waits as a RowChunks of its own, and the header repeats
        on each page as one long table's would."""

        def __init__(
            self, make: Callable[[list[list[Any]]], PdfTable], rows: list[list[Any]], size: int = CHUNK_ROWS
        ) -> None:
            super().__init__()
            self._make, self._rows = make, rows
            self._size = size
            self._table: PdfTable | None = None

        def _fitted(self, width: float, height: float) -> tuple[float, float]:
            """The chunk's size; grown while it fits whole and rows wait behind it, so the
            page breaks where it would for all the rows at once."""
            if self._table is None:
                self._table = self._make(self._rows[: self._size])
            w, h = self._table.wrap(width, height)
            while h <= height and self._size < len(self._rows):
                self._size *= 2
                self._table = self._make(self._rows[: self._size])
                w, h = self._table.wrap(width, height)
            return w, h

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.width, self.height = self._fitted(availWidth, availHeight)
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            self._fitted(availWidth, availHeight)
            assert self._table is not None
            if len(self._rows) <= self._size:
                return self._table.split(availWidth, availHeight)
            # Where reportlab would break this table (no spans in a table of rows): after
            # the last row that fits; the rows above it are made a table of their own.
            fit, used = 0, 0.0
            for height in self._table._rowHeights:
                if used + height > availHeight:
                    break
                used += height
                fit += 1
            if fit <= 1:  # not even the header and a row: the next page
                return []
            shown = fit - 1  # the rows under the header
            # The next page holds about as many: half as many again is rarely too few.
            rest = RowChunks(self._make, self._rows[shown:], max(shown + shown // 2, CHUNK_ROWS // 2))
            return [self._make(self._rows[:shown]), rest]

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            assert self._table is not None  # wrapped before it is drawn
            self._table.drawOn(canvas, x, y, _sW)

    school = recap.school
    story: list[Any] = []
    if school and school.name:
        story.append(Paragraph(paragraph_markup(school.name.upper()), school_style))
        details = ", ".join(part for part in (school.address, school.city) if part)
        if school.npsn:
            details = f"{details} · NPSN {school.npsn}" if details else f"NPSN {school.npsn}"
        if details:
            story.append(Paragraph(paragraph_markup(details), centered))
    story.append(
        PdfTable(
            [[""]],
            colWidths=[usable],
            rowHeights=[3],
            style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.black)]),
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(paragraph_markup(t("recap.title").upper()), title_style))
    story.append(Paragraph(paragraph_markup(recap.period.label()), centered))
    story.append(Spacer(1, 4 * mm))
    lines = [[para(label, head), para(value)] for label, value in heading_lines(recap)]
    story.append(
        PdfTable(
            lines,
            colWidths=[45 * mm, usable - 45 * mm],
            hAlign="LEFT",
            style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
        )
    )
    for table in recap_tables(recap):
        story.extend(titled_table(table))
    place = (school.city if school else "") or "...................."
    day = long_date(today or dt.date.today(), weekday=False)
    principal = school.principal_name if school and school.principal_name else "...................................."
    number = (
        f"{school.principal_id_label} {school.principal_id_number}" if school and school.principal_id_number else ""
    )
    signature = [
        [para(f"{place}, {day}")],
        [para(t("recap.pdf.principal"))],
        [Spacer(1, 18 * mm)],
        [para(principal, head)],
        [para(number)],
    ]
    story.append(Spacer(1, 8 * mm))
    story.append(KeepTogether(PdfTable(signature, colWidths=[80 * mm], hAlign="RIGHT")))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=16 * mm,
        title=t("recap.title"),
        author=(school.principal_name if school else "") or "observasi",
        subject=recap.period.label(),
        creator="observasi",
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
