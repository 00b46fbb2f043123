"""The sheet's appendix of attached evidence files: name, size and SHA-256 of each (so the
teacher and the pengawas can check a copy), the evidence line it belongs to, and images
shown as thumbnails."""

from __future__ import annotations

from typing import Any

from observasi import paths
from observasi.i18n import t
from observasi.sheet.content import SheetContent
from observasi.sheet.kit import FRAME_W, MM, SHADE, Styles, fitted, grid_table, header_row, markup

THUMB_W, THUMB_H = 45 * MM, 32 * MM


def _size_text(size: int) -> str:
    from observasi.year.attachments import size_text

    return size_text(size)


def _thumbnail(content: SheetContent, sha256: str) -> Any | None:
    """The image as a flowable no larger than THUMB_W x THUMB_H, or None (not on this
    laptop yet, or not readable as an image)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    if content.data_dir is None:
        return None
    path = paths.attachment_file(content.data_dir, sha256)
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:
        return None
    scale = min(THUMB_W / width, THUMB_H / height, 1.0)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def attachments_appendix(content: SheetContent, styles: Styles, split_rows: bool) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    from observasi.sheet.paragraph import Paragraph

    obs, lang = content.obs, content.lang
    if not obs.attachments:
        return []
    lines = {ev.id: ev.text for ev in obs.evidence}
    header = [
        t("sheet.col.no", lang=lang),
        t("year.sheet.col.name", lang=lang),
        t("year.sheet.col.size", lang=lang),
        t("year.sheet.col.hash", lang=lang),
    ]
    widths = [22, FRAME_W - 22 - 56 - 150, 56, 150]
    rows: list[list[Any]] = [header_row(header, widths, styles)]
    for n, item in enumerate(obs.attachments, 1):
        where = (
            t("year.sheet.line", lang=lang, text=lines.get(item.evidence_id, "-"))
            if item.evidence_id
            else t("year.sheet.whole", lang=lang)
        )
        cell: list[Any] = [Paragraph(markup(item.name), styles.cell), Paragraph(markup(where), styles.small)]
        if item.kind == "image":
            thumb = _thumbnail(content, item.sha256)
            if thumb is not None:
                cell.append(thumb)
        rows.append(
            [
                str(n),
                cell,
                fitted(_size_text(item.size), styles.cell, widths[2]),
                # In groups of 16: the paragraph wraps between groups, never inside one.
                Paragraph(markup(" ".join(item.sha256[i : i + 16] for i in range(0, 64, 16))), styles.small),
            ]
        )
    return [
        CondPageBreak(80),
        Paragraph(markup(t("year.sheet.h.attachments", lang=lang)), styles.heading),
        grid_table(
            rows,
            widths,
            [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
            repeat=1,
            split_rows=split_rows,
        ),
    ]
