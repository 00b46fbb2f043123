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

import io
from typing import Any

from observasi.i18n import t
from observasi.sheet import amendments
from observasi.sheet.attachments import attachments_appendix
from observasi.sheet.closing import appendix, followups_table, reflection_answers, signatures
from observasi.sheet.content import SheetContent
from observasi.sheet.form_parts import counts_and_snapshots
from observasi.sheet.form_text import block_heading
from observasi.sheet.kit import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    BuiltSheet,
    SignatureSpot,
    Styles,
    markup,
    right_to_left,
    sheet_styles,
)
from observasi.sheet.letterhead import letterhead_flowable
from observasi.sheet.page import canvas_class
from observasi.sheet.results import identity_table, score_tables, totals

__all__ = ["BuiltSheet", "build_sheet"]


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

    styles = sheet_styles(right_to_left(repr(content)))  # an Arabic name anywhere on the sheet
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
        keywords=content.keywords,
        invariant=1,
        lang=lang,
    )
    canvas = canvas_class(content, styles)
    doc.build(story, canvasmaker=canvas)
    return BuiltSheet(buffer.getvalue(), canvas.pages, spots)


def _story(content: SheetContent, styles: Styles, spots: dict[str, SignatureSpot], split_rows: bool) -> list[Any]:
    from reportlab.platypus import Spacer

    from observasi.sheet.paragraph import Paragraph

    lang = content.lang
    story: list[Any] = [letterhead_flowable(content.school, lang=lang), Spacer(1, 6)]
    story.append(Paragraph(markup(t("sheet.title", lang=lang)), styles.title))
    inst = content.inst
    story.append(
        Paragraph(markup(t("sheet.subtitle", lang=lang, form=inst.title, version=inst.version)), styles.subtitle)
    )
    story.extend(amendments.notice(content.obs, styles, lang))
    story.append(identity_table(content, styles))
    letters = iter("ABCDEFGHIJ")
    story.append(Paragraph(markup(f"{next(letters)}. {t('sheet.h.results', lang=lang)}"), styles.heading))
    story.extend(score_tables(content, styles, split_rows))
    story.extend(totals(content, styles))
    story.extend(counts_and_snapshots(content, styles, letters))
    for block, text in (("strengths", content.obs.strengths), ("improvements", content.obs.improvements)):
        story.append(Paragraph(markup(f"{next(letters)}. {block_heading(inst, block, lang)}"), styles.heading))
        story.append(Paragraph(markup(text.strip() or "-"), styles.body))
    story.append(Paragraph(markup(f"{next(letters)}. {block_heading(inst, 'followups', lang)}"), styles.heading))
    story.append(followups_table(content, styles, split_rows))
    if inst.reflection or content.obs.reflection:
        story.append(Paragraph(markup(f"{next(letters)}. {block_heading(inst, 'reflection', lang)}"), styles.heading))
        story.extend(reflection_answers(content, styles))
    story.append(Spacer(1, 10))
    story.append(signatures(content, styles, spots))
    story.extend(amendments.acknowledgement_lines(content.obs, content.previous_acknowledgement, styles, lang))
    if content.evidence and content.obs.evidence:
        story.extend(appendix(content, styles, split_rows))
    story.extend(attachments_appendix(content, styles, split_rows))
    return story
