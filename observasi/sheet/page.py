"""The sheet's canvas: the record's own creation date, the QR code, the footer with
"Halaman X dari Y", and the DRAF watermark on a record that is not final."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from observasi.i18n import t
from observasi.sheet.content import SheetContent
from observasi.sheet.kit import GRID, MARGIN_BOTTOM, MARGIN_X, MM, PAGE_H, PAGE_W, QR_FORM, QR_SIZE, Styles


def canvas_class(content: SheetContent, styles: Styles) -> Any:
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


_DARK_RUN = re.compile(rb"\x01+")  # a row's dark modules side by side, drawn as one rectangle


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
        for run in _DARK_RUN.finditer(bytes(row)):
            c, end = run.span()
            # A hair taller than a module, so no white line shows between rows.
            canvas.rect(
                (c + border) * module,
                QR_SIZE - (r + border + 1) * module,
                (end - c) * module,
                module * 1.04,
                stroke=0,
                fill=1,
            )
    canvas.endForm()


def _footer(canvas: Any, content: SheetContent, styles: Styles, page: int, total: int) -> None:
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


def _watermark(canvas: Any, content: SheetContent, styles: Styles) -> None:
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
