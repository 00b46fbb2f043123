"""The end of the sheet: the follow-up plan, the teacher's reflection, place and date with
the signature blocks, and the evidence appendix."""

from __future__ import annotations

import datetime as dt
from typing import Any

from observasi.core.dates import long_date
from observasi.core.record import Person
from observasi.i18n import t
from observasi.sheet.content import SheetContent
from observasi.sheet.kit import (
    FRAME_W,
    SHADE,
    SPOT_H,
    SPOT_W,
    STAMP_H,
    STAMP_W,
    SignatureSpot,
    Styles,
    fitted,
    fitted_text,
    grid_table,
    header_row,
    image_reader,
    markup,
)


def followups_table(content: SheetContent, styles: Styles, split_rows: bool) -> Any:
    from observasi.sheet.paragraph import Paragraph

    lang = content.lang
    header = [
        t("sheet.col.no", lang=lang),
        t("sheet.fu.action", lang=lang),
        t("sheet.fu.measure", lang=lang),
        t("sheet.fu.support", lang=lang),
        t("sheet.fu.due", lang=lang),
    ]
    widths = [22, 170, 120, 110, FRAME_W - 422]
    rows: list[list[Any]] = [header_row(header, widths, styles)]
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
                fitted_text(item.action, styles.cell, widths[1]),
                fitted_text(item.measure or "-", styles.cell, widths[2]),
                fitted_text(item.support or "-", styles.cell, widths[3]),
                fitted(due, styles.cell, widths[4]),
            ]
        )
    if len(rows) == 1:
        rows.append(["", Paragraph(markup(t("sheet.fu.none", lang=lang)), styles.cell), "", "", ""])
    return grid_table(
        rows,
        widths,
        [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
        repeat=1,
        split_rows=split_rows,
    )


def reflection_answers(content: SheetContent, styles: Styles) -> list[Any]:
    from reportlab.platypus import KeepTogether

    from observasi.sheet.paragraph import Paragraph

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
                    Paragraph(f"<b>{n}. {markup(text)}</b>", styles.body),
                    Paragraph(markup(answer), styles.answer),
                ]
            )
        )
    return flow


def signature_spot(
    name: str, image: Any | None, spots: dict[str, SignatureSpot], note: tuple[str, str] = ("", "")
) -> Any:
    """The space of one signature: records where it lands so the digital signature can be
    placed on it, and holds the scanned signature when there is one -- or *note* (a font and
    a text of a few lines), where the picture set in Settings could not be printed."""
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
            left = x + (SPOT_W - STAMP_W) / 2
            spots[name] = SignatureSpot(
                self.canv.getPageNumber() - 1, (round(left), round(y), round(left + STAMP_W), round(y + STAMP_H))
            )
            if image is not None:
                self.canv.drawImage(
                    image, 0, STAMP_H, SPOT_W, SPOT_H - STAMP_H, preserveAspectRatio=True, anchor="c", mask="auto"
                )
            elif note[1]:
                font, lines = note[0], note[1].split("\n")
                self.canv.saveState()
                self.canv.setFont(font, NOTE_SIZE)
                self.canv.setFillGray(0.35)
                top = (SPOT_H + STAMP_H) / 2 + NOTE_SIZE * len(lines) / 2
                for n, line in enumerate(lines, 1):
                    self.canv.drawCentredString(SPOT_W / 2, top - n * (NOTE_SIZE + 1), line)
                self.canv.restoreState()

    return Spot()


NOTE_SIZE = 7  # points: the note in place of a signature image, small beside the name


def _person_lines(person: Person, styles: Styles) -> list[Any]:
    from observasi.sheet.paragraph import Paragraph

    number = person.id_number.strip() or "-"
    name = person.name.strip() or "(" + "." * 40 + ")"
    return [
        Paragraph(f"<u>{markup(name)}</u>", styles.sign_name),
        Paragraph(markup(f"{person.id_label or 'NIP'}. {number}"), styles.sign),
    ]


def signatures(content: SheetContent, styles: Styles, spots: dict[str, SignatureSpot]) -> Any:
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from observasi.sheet.paragraph import Paragraph

    obs, lang = content.obs, content.lang
    image = image_reader(content.signature_image) if content.signature_image else None
    city = content.school.city.strip()
    place_date = long_date(content.place_date, lang, weekday=False)
    place_date = f"{city}, {place_date}" if city else place_date

    trouble = content.image_trouble
    note = ""
    if trouble is not None:  # the name and the digital stamp are printed; the picture is said missing
        why = "fx9s.pdf.missing" if trouble.detail is None else "fx9s.pdf.broken"
        note = t("fx9s.pdf.no_image", lang=lang) + "\n" + t(why, lang=lang)

    def block(heading: list[str], slot: str, person: Person) -> list[Any]:
        lines = [Paragraph(markup(line), styles.sign) for line in heading]
        mine = content.signer_slot == slot
        spot = signature_spot(slot, image if mine else None, spots, (styles.regular, note if mine else ""))
        return [*lines, spot, *_person_lines(person, styles)]

    observer_role = obs.observer.role
    if observer_role == "kepala_sekolah":
        observer_heading = [t("sheet.sign.observer", lang=lang), t("role.kepala_sekolah", lang=lang) + ","]
    else:
        role = t(f"role.{observer_role}", lang=lang) if observer_role else ""
        observer_heading = [t("sheet.sign.observer", lang=lang), (role + ",") if role else ""]
    teacher_heading = [t("sheet.sign.received", lang=lang), t("sheet.sign.teacher", lang=lang)]
    half = FRAME_W / 2
    rows = [
        ["", Paragraph(markup(place_date), styles.sign)],
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
            Paragraph(markup(t("sheet.sign.ack", lang=lang, name=obs.acknowledgement.name, date=when)), styles.small)
        )
    return KeepTogether(parts)


def appendix(content: SheetContent, styles: Styles, split_rows: bool) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    from observasi.sheet.paragraph import Paragraph

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
    rows: list[list[Any]] = [header_row(header, widths, styles)]
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
                fitted(stage, styles.cell, widths[1]),
                fitted_text(ev.text, styles.cell, widths[2]),
                fitted(tag, styles.cell, widths[3]),
            ]
        )
    return [
        CondPageBreak(80),
        Paragraph(markup(t("sheet.h.appendix", lang=lang)), styles.heading),
        grid_table(
            rows,
            widths,
            [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
            repeat=1,
            split_rows=split_rows,
        ),
    ]
