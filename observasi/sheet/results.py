"""The sheet's identity block, the scored table by section and the totals."""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from observasi.core.dates import long_date, semester_label
from observasi.core.instrument import Indicator
from observasi.core.predikat import predikat_text
from observasi.i18n import t
from observasi.sheet.content import SheetContent, number_text
from observasi.sheet.form_text import answer_text, focus_label, identity_pairs, result_formula, section_result_text
from observasi.sheet.kit import (
    FRAME_W,
    SECTION_SHADE,
    SHADE,
    Styles,
    fitted,
    fitted_text,
    grid_table,
    header_row,
    markup,
)


def identity_table(content: SheetContent, styles: Styles) -> Any:
    from reportlab.platypus import Table, TableStyle

    from observasi.sheet.paragraph import Paragraph

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
    pairs.extend(identity_pairs(content.inst, obs, lang))
    widths = [92, 150, 94, FRAME_W - 336]
    cell_styles = (styles.cell_bold, styles.cell, styles.cell_bold, styles.cell)  # label, value, label, value
    rows = [
        [fitted(text, style, width) for text, style, width in zip(pair, cell_styles, widths, strict=False)]
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
    # The focus agreed with the teacher, and the pre-observation notes (only when written:
    # the walk found them on no sheet), each on a row of its own across the table.
    for label, text in (
        (focus_label(content.inst, lang), obs.focus),
        (t("ux6.sheet.pre_notes", lang=lang), obs.pre_notes.strip()),
    ):
        if text:
            rows.append([Paragraph(markup(label), styles.cell_bold), Paragraph(markup(text), styles.cell), "", ""])
            style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def score_tables(content: SheetContent, styles: Styles, split_rows: bool) -> list[Any]:
    from reportlab.platypus import Spacer

    from observasi.sheet.paragraph import Paragraph

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
    numbers: dict[str, list[int]] = {}  # element id -> [its number, behaviours numbered so far]
    for section in inst.sections:
        section_score = by_id.get(section.id)
        if section_score is None:  # a section this observation did not cover (PMM: not chosen)
            continue
        rows: list[list[Any]] = [header_row(header, widths, styles)]
        rows.append([Paragraph(markup(section.title), styles.cell_bold), "", "", ""])
        for ind in section.indicators:
            number, label = item_number(ind, number, numbers)
            rating = obs.ratings.get(ind.id)
            written = rating.note.strip() if rating else ""
            note: Any = fitted_text(written, styles.cell, widths[3]) if written else ""
            if rating and rating.recommendation.strip():
                # Its own name: *label* is the row's number, printed in the first column.
                heading = escape(t("sheet.recommendation", lang=lang))
                recommendation = f"<b>{heading}:</b> {markup(rating.recommendation.strip())}"
                note = Paragraph((markup(written) + "<br/>" if written else "") + recommendation, styles.cell)
            indicator = (
                Paragraph("&nbsp;" * 4 + markup(ind.text), styles.cell)  # a behaviour, indented under its element
                if ind.element
                else fitted_text(ind.text, styles.cell, widths[1])
            )
            rows.append(
                [
                    label,
                    indicator,
                    fitted(answer_text(inst.scale_of(section, ind), rating, lang, ind), styles.cell, widths[2]),
                    note,
                ]
            )
        if numeric:
            subtotal = t(
                "sheet.subtotal_value", lang=lang, obtained=section_score.obtained, maximum=section_score.maximum
            )
            rows.append(
                [
                    "",
                    fitted(t("sheet.subtotal", lang=lang), styles.cell_right, widths[1]),
                    fitted(subtotal, styles.cell_bold, widths[2]),
                    fitted(section_result_text(section_score, lang), styles.cell, widths[3]),
                ]
            )
        else:
            counts = " \u00b7 ".join(
                f"{level.label}: {section_score.level_counts.get(level.key, 0)}" for level in inst.scale.levels
            )
            rows.append(["", Paragraph(markup(counts), styles.cell), "", ""])
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
        tables.append(grid_table(rows, widths, style, repeat=2, split_rows=split_rows))
        tables.append(Spacer(1, 6))
    return tables


def totals(content: SheetContent, styles: Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether

    from observasi.sheet.paragraph import Paragraph

    result, inst, lang = content.result, content.inst, content.lang
    flow: list[Any] = []
    if result.numeric:
        header = [
            t("sheet.total.obtained", lang=lang),
            t("sheet.total.maximum", lang=lang),
            t("sheet.total.nilai", lang=lang),
            t("sheet.total.predikat", lang=lang),
        ]
        values = [
            str(result.obtained),
            str(result.maximum),
            number_text(result.nilai, lang, result.decimals),
            predikat_text(result.predikat, lang) or "-",
        ]
        if not inst.scoring.predikat:  # an instrument without predikat prints no such column
            header, values = header[:3], values[:3]
        widths = [FRAME_W / len(header)] * len(header)
        rows = [
            header_row(header, widths, styles),
            [fitted(v, styles.total_value, w) for v, w in zip(values, widths, strict=False)],
        ]
        flow.append(
            grid_table(
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
        notes = [result_formula(result, lang)]
        if inst.bands:
            bands = "; ".join(
                f"{predikat_text(b.label, lang)} {number_text(b.min, lang).removesuffix(',00').removesuffix('.00')}"
                f"\u2013{number_text(b.max, lang).removesuffix(',00').removesuffix('.00')}"
                for b in sorted(inst.bands, key=lambda b: b.min, reverse=True)
            )
            notes.append(t("sheet.total.bands", lang=lang, bands=bands))
        if result.na:
            notes.append(t("sheet.total.na", lang=lang, count=result.na))
        if result.provisional:
            notes.append(t("sheet.total.provisional", lang=lang, count=len(result.unscored)))
        flow.append(Paragraph(markup(" ".join(notes)), styles.small))
    else:
        header = [t("sheet.col.level", lang=lang), t("sheet.total.count", lang=lang)]
        rows = [header_row(header, [220, 80], styles)]
        for level in inst.scale.levels:
            rows.append(
                [
                    Paragraph(markup(level.label), styles.cell),
                    Paragraph(f"<b>{result.level_counts.get(level.key, 0)}</b>", styles.cell_center),
                ]
            )
        flow.append(grid_table(rows, [220, 80], [("BACKGROUND", (0, 0), (-1, 0), SHADE)], repeat=0, split_rows=False))
        if result.provisional:
            flow.append(
                Paragraph(markup(t("sheet.total.unrated", lang=lang, count=len(result.unscored))), styles.small)
            )
    return [KeepTogether(flow)]


def item_number(ind: Indicator, number: int, numbers: dict[str, list[int]]) -> tuple[int, str]:
    """The running item number and the label printed for *ind*: a behaviour of a two-tier
    element is numbered under it (3.1, 3.2) and does not advance the count."""
    element = numbers.get(ind.element or "")
    if element is not None:
        element[1] += 1
        return number, f"{element[0]}.{element[1]}"
    numbers[ind.id] = [number + 1, 0]
    return number + 1, str(number + 1)
