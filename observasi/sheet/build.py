"""The feedback sheet (lembar umpan balik) drawn with reportlab.

A4 portrait: letterhead, title, identity, the scored table by section (a row never splits
across pages, the column header and the section's title repeat on the next page), totals,
strengths, areas to improve, follow-up plan, the teacher's reflection, place and date with
the signature blocks kept together, and optionally the evidence timeline. Every page
carries "Halaman X dari Y", the observation id and a QR code with the id and content hash.
A record that is not final carries a diagonal DRAF watermark.

The output is deterministic: reportlab's invariant mode, the record's own time as the
creation date, no random ids -- the same record gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from observasi.core.dates import long_date, semester_label
from observasi.core.instrument import Instrument
from observasi.core.record import Person, Rating
from observasi.core.text import paragraph_markup
from observasi.fonts import register_fonts
from observasi.i18n import t
from observasi.sheet.content import SheetContent, number_text
from observasi.sheet.letterhead import letterhead_flowable

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


def _p(text: str) -> str:
    """Plain text made safe for a Paragraph; line breaks kept."""
    return paragraph_markup(text)


# Left plus right padding of a table cell (see _table), and the cells' font size.
CELL_PADDING = 8
CELL_FONT_SIZE, CELL_LEADING = 8.5, 10.6


def _fitted(text: str, style: Any, width: float) -> Any:
    """*text* as a plain string when it fits on one line of a cell *width* wide, else as
    a wrapping Paragraph. A plain string is drawn directly, without paragraph layout (a
    sheet has hundreds of cells); it takes its font from the table's style, which must
    name *style*'s font for that cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING:
        return text
    return Paragraph(_p(text), style)


def _header(texts: list[str], widths: list[float], styles: _Styles) -> list[Any]:
    """A table's header row (bold: see _table)."""
    return [_fitted(text, styles.cell_bold, width) for text, width in zip(texts, widths, strict=False)]


class _Styles:
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


def build_sheet(content: SheetContent) -> BuiltSheet:
    """The sheet as PDF bytes, with where each signature block's space is."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _build(content, split_rows=False)
    except LayoutError:
        # A single row taller than a page (a note of several thousand characters) cannot
        # stay whole; only then may rows split, rather than refuse to print the record.
        return _build(content, split_rows=True)


def _build(content: SheetContent, split_rows: bool) -> BuiltSheet:
    from reportlab.platypus import SimpleDocTemplate

    styles = _Styles()
    spots: dict[str, SignatureSpot] = {}
    story = _story(content, styles, spots, split_rows)
    buffer = io.BytesIO()
    lang = content.lang
    obs = content.obs
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=t("sheet.title", lang=lang),
        author=obs.observer.name,
        subject=f"{obs.teacher.name} - {obs.date}",
        creator="observasi",
        keywords=content.qr_payload,
        invariant=1,
        lang=lang,
    )
    canvas_class = _canvas_class(content, styles)
    doc.build(story, canvasmaker=canvas_class)
    return BuiltSheet(buffer.getvalue(), canvas_class.pages, spots)


# -- the canvas: fixed date, QR form, "Halaman X dari Y" ------------------------------------


def _canvas_class(content: SheetContent, styles: _Styles) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    moment = content.moment.astimezone(dt.UTC)

    class SheetCanvas(Canvas):
        """Keeps each page until the end, so the footer can say how many pages there are."""

        pages = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            # Without this every page would name Helvetica (not embedded) in its preamble.
            kwargs["initialFontName"] = styles.regular
            super().__init__(*args, **kwargs)
            stamp = self._doc._timeStamp
            # The creation date is the record's, not the clock's: same record, same bytes.
            stamp.t = moment.timestamp()
            stamp.lt = moment.timetuple()
            stamp.YMDhms = tuple(moment.timetuple())[:6]
            stamp.dhh = stamp.dmm = 0
            self._kept_pages: list[dict[str, Any]] = []
            _make_qr_form(self, content.qr_payload)

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            type(self).pages = total
            for state in self._kept_pages:
                self.__dict__.update(state)
                _footer(self, content, styles, self._pageNumber, total)
                if not content.final:
                    _watermark(self, content, styles)
                Canvas.showPage(self)
            Canvas.save(self)

    return SheetCanvas


def _make_qr_form(canvas: Any, payload: str) -> None:
    """The QR code drawn once as a form XObject and reused on every page. Its modules are
    painted as plain rectangles (reportlab's renderer would name a standard font that is
    not embedded)."""
    from observasi.sheet.qr import qr_modules

    # Upper case: the id and hash are hex, so the whole text fits QR's alphanumeric mode
    # (5.5 bits a character instead of 8). Fewer, larger modules: easier for a phone to
    # read off paper, and quicker to make.
    modules = qr_modules(payload.upper(), "M")
    count = len(modules)
    border = 1
    module = QR_SIZE / (count + 2 * border)
    canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            length = len(list(run))
            if dark:
                # A hair taller than a module, so no white line shows between rows.
                canvas.rect(
                    (c + border) * module,
                    QR_SIZE - (r + border + 1) * module,
                    length * module,
                    module * 1.04,
                    stroke=0,
                    fill=1,
                )
            c += length
    canvas.endForm()


def _footer(canvas: Any, content: SheetContent, styles: _Styles, page: int, total: int) -> None:
    lang = content.lang
    canvas.saveState()
    top = MARGIN_BOTTOM - 4 * MM
    canvas.setStrokeColorRGB(*GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top, PAGE_W - MARGIN_X, top)
    qr_x = PAGE_W - MARGIN_X - QR_SIZE
    canvas.saveState()
    canvas.translate(qr_x, top - QR_SIZE - 1)
    canvas.doForm(QR_FORM)
    canvas.restoreState()
    canvas.setFont(styles.bold, 8.5)
    canvas.drawString(MARGIN_X, top - 11, t("sheet.footer.page", lang=lang, page=page, total=total))
    canvas.setFont(styles.regular, 7)
    canvas.setFillColorRGB(0.3, 0.3, 0.35)
    canvas.drawString(MARGIN_X, top - 22, t("sheet.footer.id", lang=lang, id=content.obs.id))
    canvas.drawString(MARGIN_X, top - 31, t("sheet.footer.hash", lang=lang, hash=content.digest))
    status = t(f"status.{content.obs.status.value}", lang=lang)
    canvas.drawRightString(qr_x - 6, top - 11, t("sheet.footer.status", lang=lang, status=status))
    canvas.restoreState()


def _watermark(canvas: Any, content: SheetContent, styles: _Styles) -> None:
    """DRAF across the page, over everything but translucent: shaded table rows cannot
    hide it and the text stays readable."""
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0.1, 0.1)
    canvas.setFillAlpha(0.13)
    canvas.setFont(styles.bold, 130)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -45, t("sheet.draft", lang=content.lang))
    canvas.restoreState()


# -- the story ---------------------------------------------------------------------------------


def _story(content: SheetContent, styles: _Styles, spots: dict[str, SignatureSpot], split_rows: bool) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = content.lang
    story: list[Any] = [letterhead_flowable(content.school, lang=lang), Spacer(1, 6)]
    story.append(Paragraph(_p(t("sheet.title", lang=lang)), styles.title))
    inst = content.inst
    story.append(Paragraph(_p(t("sheet.subtitle", lang=lang, form=inst.title, version=inst.version)), styles.subtitle))
    story.append(_identity(content, styles))
    letters = iter("ABCDEFGHIJ")
    story.append(Paragraph(_p(f"{next(letters)}. {t('sheet.h.results', lang=lang)}"), styles.heading))
    story.extend(_score_tables(content, styles, split_rows))
    story.extend(_totals(content, styles))
    for key, text in (("sheet.h.strengths", content.obs.strengths), ("sheet.h.improvements", content.obs.improvements)):
        story.append(Paragraph(_p(f"{next(letters)}. {t(key, lang=lang)}"), styles.heading))
        story.append(Paragraph(_p(text.strip() or "-"), styles.body))
    story.append(Paragraph(_p(f"{next(letters)}. {t('sheet.h.followups', lang=lang)}"), styles.heading))
    story.append(_followups(content, styles, split_rows))
    if inst.reflection or content.obs.reflection:
        story.append(Paragraph(_p(f"{next(letters)}. {t('sheet.h.reflection', lang=lang)}"), styles.heading))
        story.extend(_reflection(content, styles))
    story.append(Spacer(1, 10))
    story.append(_signatures(content, styles, spots))
    if content.evidence and content.obs.evidence:
        story.extend(_appendix(content, styles, split_rows))
    return story


def _table(rows: list[list[Any]], widths: list[float], style: list[tuple], repeat: int, split_rows: bool) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=repeat, splitInRow=1 if split_rows else 0, hAlign="LEFT")
    regular, bold = register_fonts()
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                # The fonts of cells left as plain strings (_fitted): every table here has a header row.
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


def _identity(content: SheetContent, styles: _Styles) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    obs, lang = content.obs, content.lang
    observer = obs.observer.name + (f" ({t(f'role.{obs.observer.role}', lang=lang)})" if obs.observer.role else "")
    students = ""
    if obs.students_present is not None:
        students = t(
            "sheet.id.students_value", lang=lang, present=obs.students_present, absent=obs.students_absent or 0
        )
    day = dt.date.fromisoformat(obs.date)
    pairs = [
        (t("sheet.id.teacher", lang=lang), obs.teacher.name, t("sheet.id.date", lang=lang), long_date(day, lang)),
        (
            obs.teacher.id_label or "NIP",
            obs.teacher.id_number.strip() or "-",
            t("sheet.id.period", lang=lang),
            obs.period or "-",
        ),
        (
            t("sheet.id.subject", lang=lang),
            obs.subject or "-",
            t("sheet.id.semester", lang=lang),
            semester_label(obs.semester, lang) if obs.semester else "-",
        ),
        (t("sheet.id.class", lang=lang), obs.class_name or "-", t("sheet.id.students", lang=lang), students or "-"),
        (t("sheet.id.topic", lang=lang), obs.topic or "-", t("sheet.id.observer", lang=lang), observer),
    ]
    if obs.co_observer:
        pairs.append((t("sheet.id.co_observer", lang=lang), obs.co_observer, "", ""))
    widths = [92, 150, 94, FRAME_W - 336]
    cell_styles = (styles.cell_bold, styles.cell, styles.cell_bold, styles.cell)  # label, value, label, value
    rows = [
        [_fitted(text, style, width) for text, style, width in zip(pair, cell_styles, widths, strict=False)]
        for pair in pairs
    ]
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("FONTNAME", (0, 0), (-1, -1), styles.regular),
        ("FONTNAME", (0, 0), (0, -1), styles.bold),
        ("FONTNAME", (2, 0), (2, -1), styles.bold),
        ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if obs.focus:
        rows.append(
            [
                Paragraph(_p(t("sheet.id.focus", lang=lang)), styles.cell_bold),
                Paragraph(_p(obs.focus), styles.cell),
                "",
                "",
            ]
        )
        style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _level_text(inst: Instrument, rating: Rating | None, lang: str) -> str:
    if rating is None or not rating.scored:
        return "-"
    if rating.na:
        return t("score.na", lang=lang)
    level = inst.scale.level(rating.level or "")
    if level is None:
        return rating.level or "-"
    if level.value is None or level.label == str(level.value):
        return level.label
    return f"{level.value} ({level.label})"


def _score_tables(content: SheetContent, styles: _Styles, split_rows: bool) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    inst, obs, lang = content.inst, content.obs, content.lang
    numeric = content.result.numeric
    by_id = {s.section_id: s for s in content.result.sections}
    if numeric:
        header = [
            t("sheet.col.no", lang=lang),
            t("sheet.col.indicator", lang=lang),
            t("sheet.col.score", lang=lang),
            t("sheet.col.note", lang=lang),
        ]
        widths = [22, 228, 74, FRAME_W - 324]
    else:
        header = [
            t("sheet.col.no", lang=lang),
            t("sheet.col.focus", lang=lang),
            t("sheet.col.level", lang=lang),
            t("sheet.col.evidence", lang=lang),
        ]
        widths = [22, 178, 92, FRAME_W - 292]
    tables: list[Any] = []
    number = 0
    for section in inst.sections:
        section_score = by_id.get(section.id)
        if section_score is None:  # a section this observation did not cover (PMM: not chosen)
            continue
        rows: list[list[Any]] = [_header(header, widths, styles)]
        rows.append([Paragraph(_p(section.title), styles.cell_bold), "", "", ""])
        for ind in section.indicators:
            number += 1
            rating = obs.ratings.get(ind.id)
            note = _p(rating.note.strip()) if rating and rating.note.strip() else ""
            if rating and rating.recommendation.strip():
                label = escape(t("sheet.recommendation", lang=lang))
                note += ("<br/>" if note else "") + f"<b>{label}:</b> {_p(rating.recommendation.strip())}"
            rows.append(
                [
                    str(number),
                    Paragraph(_p(ind.text), styles.cell),
                    _fitted(_level_text(inst, rating, lang), styles.cell, widths[2]),
                    Paragraph(note, styles.cell) if note else "",
                ]
            )
        if numeric:
            subtotal = t(
                "sheet.subtotal_value", lang=lang, obtained=section_score.obtained, maximum=section_score.maximum
            )
            nilai = number_text(section_score.nilai, lang) if section_score.maximum else "-"
            rows.append(
                [
                    "",
                    _fitted(t("sheet.subtotal", lang=lang), styles.cell_right, widths[1]),
                    _fitted(subtotal, styles.cell_bold, widths[2]),
                    _fitted(t("sheet.section_nilai", lang=lang, nilai=nilai), styles.cell, widths[3]),
                ]
            )
        else:
            counts = " \u00b7 ".join(
                f"{level.label}: {section_score.level_counts.get(level.key, 0)}" for level in inst.scale.levels
            )
            rows.append(["", Paragraph(_p(counts), styles.cell), "", ""])
        style: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("SPAN", (0, 1), (-1, 1)),
            ("BACKGROUND", (0, 1), (-1, 1), SECTION_SHADE),
            ("BACKGROUND", (0, -1), (-1, -1), SECTION_SHADE),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("TOPPADDING", (0, 2), (-1, -1), 4),
            # The section's total stays with its last indicator, not alone under repeated headings.
            ("NOSPLIT", (0, -2), (-1, -1)),
        ]
        if numeric:
            style += [("FONTNAME", (1, -1), (2, -1), styles.bold), ("ALIGN", (1, -1), (1, -1), "RIGHT")]
        else:
            style.append(("SPAN", (1, -1), (-1, -1)))
        tables.append(_table(rows, widths, style, repeat=2, split_rows=split_rows))
        tables.append(Spacer(1, 6))
    return tables


def _totals(content: SheetContent, styles: _Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    result, inst, lang = content.result, content.inst, content.lang
    flow: list[Any] = []
    if result.numeric:
        header = [
            t("sheet.total.obtained", lang=lang),
            t("sheet.total.maximum", lang=lang),
            t("sheet.total.nilai", lang=lang),
            t("sheet.total.predikat", lang=lang),
        ]
        values = [str(result.obtained), str(result.maximum), number_text(result.nilai, lang), result.predikat or "-"]
        widths = [FRAME_W / 4] * 4
        rows = [
            _header(header, widths, styles),
            [_fitted(v, styles.total_value, w) for v, w in zip(values, widths, strict=False)],
        ]
        flow.append(
            _table(
                rows,
                widths,
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 1), (-1, 1), styles.bold),
                    ("FONTSIZE", (0, 1), (-1, 1), styles.total_value.fontSize),
                    ("LEADING", (0, 1), (-1, 1), styles.total_value.leading),
                ],
                repeat=0,
                split_rows=False,
            )
        )
        notes = [t("sheet.total.formula", lang=lang)]
        if inst.bands:
            bands = "; ".join(
                f"{b.label} {number_text(b.min, lang).removesuffix(',00').removesuffix('.00')}"
                f"\u2013{number_text(b.max, lang).removesuffix(',00').removesuffix('.00')}"
                for b in sorted(inst.bands, key=lambda b: b.min, reverse=True)
            )
            notes.append(t("sheet.total.bands", lang=lang, bands=bands))
        if result.na:
            notes.append(t("sheet.total.na", lang=lang, count=result.na))
        if result.provisional:
            notes.append(t("sheet.total.provisional", lang=lang, count=len(result.unscored)))
        flow.append(Paragraph(_p(" ".join(notes)), styles.small))
    else:
        header = [t("sheet.col.level", lang=lang), t("sheet.total.count", lang=lang)]
        rows = [_header(header, [220, 80], styles)]
        for level in inst.scale.levels:
            rows.append(
                [
                    Paragraph(_p(level.label), styles.cell),
                    Paragraph(f"<b>{result.level_counts.get(level.key, 0)}</b>", styles.cell_center),
                ]
            )
        flow.append(_table(rows, [220, 80], [("BACKGROUND", (0, 0), (-1, 0), SHADE)], repeat=0, split_rows=False))
        if result.provisional:
            flow.append(Paragraph(_p(t("sheet.total.unrated", lang=lang, count=len(result.unscored))), styles.small))
    return [KeepTogether(flow)]


def _followups(content: SheetContent, styles: _Styles, split_rows: bool) -> Any:
    from reportlab.platypus import Paragraph

    lang = content.lang
    header = [
        t("sheet.col.no", lang=lang),
        t("sheet.fu.action", lang=lang),
        t("sheet.fu.measure", lang=lang),
        t("sheet.fu.support", lang=lang),
        t("sheet.fu.due", lang=lang),
    ]
    widths = [22, 170, 120, 110, FRAME_W - 422]
    rows: list[list[Any]] = [_header(header, widths, styles)]
    for n, item in enumerate(content.obs.followups, 1):
        due = "-"
        if item.due:
            try:
                due = long_date(dt.date.fromisoformat(item.due), lang, weekday=False)
            except ValueError:
                due = item.due
        rows.append(
            [
                str(n),
                Paragraph(_p(item.action), styles.cell),
                Paragraph(_p(item.measure or "-"), styles.cell),
                Paragraph(_p(item.support or "-"), styles.cell),
                _fitted(due, styles.cell, widths[4]),
            ]
        )
    if len(rows) == 1:
        rows.append(["", Paragraph(_p(t("sheet.fu.none", lang=lang)), styles.cell), "", "", ""])
    return _table(
        rows,
        widths,
        [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
        repeat=1,
        split_rows=split_rows,
    )


def _reflection(content: SheetContent, styles: _Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    answers = content.obs.reflection
    flow: list[Any] = []
    questions = [(q.id, q.text) for q in content.inst.reflection]
    known = {qid for qid, _ in questions}
    questions += [(qid, qid) for qid in answers if qid not in known]
    for n, (qid, text) in enumerate(questions, 1):
        answer = answers.get(qid, "").strip() or "-"
        flow.append(
            KeepTogether(
                [
                    Paragraph(f"<b>{n}. {_p(text)}</b>", styles.body),
                    Paragraph(_p(answer), styles.body.clone("answer", leftIndent=12, spaceAfter=4)),
                ]
            )
        )
    return flow


def _spot_flowable(name: str, image: Any | None, spots: dict[str, SignatureSpot]) -> Any:
    """The space of one signature: records where it lands so the digital signature can be
    placed on it, and holds the scanned signature when there is one."""
    from reportlab.platypus import Flowable

    class Spot(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = SPOT_W, SPOT_H
            self.hAlign = "CENTER"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            spots[name] = SignatureSpot(
                self.canv.getPageNumber() - 1, (round(x), round(y), round(x + SPOT_W), round(y + STAMP_H))
            )
            if image is not None:
                self.canv.drawImage(
                    image, 0, STAMP_H, SPOT_W, SPOT_H - STAMP_H, preserveAspectRatio=True, anchor="c", mask="auto"
                )

    return Spot()


def _person_lines(person: Person, styles: _Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    number = person.id_number.strip() or "-"
    name = person.name.strip() or "(" + "." * 40 + ")"
    return [
        Paragraph(f"<u>{_p(name)}</u>", styles.sign_name),
        Paragraph(_p(f"{person.id_label or 'NIP'}. {number}"), styles.sign),
    ]


def _signatures(content: SheetContent, styles: _Styles, spots: dict[str, SignatureSpot]) -> Any:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    obs, lang = content.obs, content.lang
    image = ImageReader(str(content.signature_image)) if content.signature_image else None
    city = content.school.city.strip()
    place_date = long_date(content.place_date, lang, weekday=False)
    place_date = f"{city}, {place_date}" if city else place_date

    def block(heading: list[str], slot: str, person: Person) -> list[Any]:
        lines = [Paragraph(_p(line), styles.sign) for line in heading]
        picture = image if content.signer_slot == slot else None
        return [*lines, _spot_flowable(slot, picture, spots), *_person_lines(person, styles)]

    observer_role = obs.observer.role
    if observer_role == "kepala_sekolah":
        observer_heading = [t("sheet.sign.observer", lang=lang), t("role.kepala_sekolah", lang=lang) + ","]
    else:
        role = t(f"role.{observer_role}", lang=lang) if observer_role else ""
        observer_heading = [t("sheet.sign.observer", lang=lang), (role + ",") if role else ""]
    teacher_heading = [t("sheet.sign.received", lang=lang), t("sheet.sign.teacher", lang=lang)]
    half = FRAME_W / 2
    rows = [
        ["", Paragraph(_p(place_date), styles.sign)],
        [block(teacher_heading, "teacher", obs.teacher), block(observer_heading, "observer", obs.observer)],
    ]
    table = Table(rows, colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),
            ]
        )
    )
    parts: list[Any] = [table]
    if content.principal is not None:
        principal_heading = [t("sheet.sign.acknowledged", lang=lang), t("role.kepala_sekolah", lang=lang) + ","]
        lower = Table([[block(principal_heading, "principal", content.principal)]], colWidths=[half])
        lower.setStyle(
            TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, 0), (-1, -1), styles.regular)])
        )
        parts += [Spacer(1, 8), lower]
    if obs.acknowledgement:
        when = obs.acknowledgement.at
        try:
            from observasi.core.record import parse_utc

            when = long_date(parse_utc(when).astimezone().date(), lang, weekday=False)
        except ValueError:
            pass
        parts.append(
            Paragraph(_p(t("sheet.sign.ack", lang=lang, name=obs.acknowledgement.name, date=when)), styles.small)
        )
    return KeepTogether(parts)


def _appendix(content: SheetContent, styles: _Styles, split_rows: bool) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Paragraph

    lang, inst = content.lang, content.inst
    header = [
        t("sheet.ev.minute", lang=lang),
        t("sheet.ev.stage", lang=lang),
        t("sheet.ev.text", lang=lang),
        t("sheet.ev.indicator", lang=lang),
    ]
    numbers = {
        ind.id: n
        for n, (_, ind) in enumerate(
            [pair for pair in inst.indicators() if pair[0].id in {s.section_id for s in content.result.sections}], 1
        )
    }
    widths = [46, 80, FRAME_W - 206, 80]
    rows: list[list[Any]] = [_header(header, widths, styles)]
    timeline = sorted(content.obs.evidence, key=lambda ev: (ev.minute is None, ev.minute or 0, ev.at))
    for ev in timeline:
        minute = f"{ev.minute}'" if ev.minute is not None else "-"
        stage = t(f"stage.{ev.stage}", lang=lang) if ev.stage else "-"
        tag = "-"
        if ev.indicator_id:
            tag = f"{numbers[ev.indicator_id]} ({ev.indicator_id})" if ev.indicator_id in numbers else ev.indicator_id
        rows.append(
            [
                minute,
                _fitted(stage, styles.cell, widths[1]),
                Paragraph(_p(ev.text), styles.cell),
                _fitted(tag, styles.cell, widths[3]),
            ]
        )
    return [
        CondPageBreak(80),
        Paragraph(_p(t("sheet.h.appendix", lang=lang)), styles.heading),
        _table(
            rows,
            widths,
            [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
            repeat=1,
            split_rows=split_rows,
        ),
    ]
