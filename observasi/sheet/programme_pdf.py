"""The Program Supervisi Akademik as a PDF in the familiar format: the school's kop, title
and semester, A. purpose, B. targets, C. the team, D. the instruments, E. the schedule,
then place and date with "Mengetahui, Pengawas Sekolah" and the principal's signature
(where the digital signature goes). Drawn with the feedback sheet's kit and letterhead."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import files
from observasi.core.dates import long_date, semester_label, short_date
from observasi.core.programme import Programme, ScheduleRow, programme_hash
from observasi.core.record import Person
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sheet.closing import signature_spot
from observasi.sheet.kit import (
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MM,
    PAGE_H,
    PAGE_W,
    SHADE,
    BuiltSheet,
    SignatureSpot,
    Styles,
    fitted,
    grid_table,
    header_row,
    markup,
)
from observasi.sheet.letterhead import letterhead_flowable
from observasi.signing import keys

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.store.models import School

PRINCIPAL_SLOT = "principal"


@dataclass(frozen=True)
class ProgrammeContent:
    programme: Programme
    school: School
    form_titles: dict[str, str]  # form id -> "title (versi x)"
    principal: Person
    place_date: dt.date
    lang: str | None = None


def gather_programme(context: AppContext, programme: Programme, lang: str | None = None) -> ProgrammeContent:
    from observasi.store.models import School

    store = context.store
    school = store.get_school() or School()
    titles: dict[str, str] = {}
    for form_id in {*programme.forms, *(r.form_id for r in programme.schedule if r.form_id)}:
        known = context.catalog.get(form_id)
        titles[form_id] = f"{known.instrument.title} ({known.instrument.version})" if known else form_id
    principal = Person(
        name=school.principal_name, id_label=school.principal_id_label or "NIP", id_number=school.principal_id_number
    )
    if not principal.name.strip():
        me = store.self_observer()
        if me is not None and me.role == "kepala_sekolah":
            principal = me.as_person()
    return ProgrammeContent(programme, school, titles, principal, dt.date.today(), lang)


def _when(row: ScheduleRow, lang: str | None) -> str:
    if row.planned_date:
        return long_date(dt.date.fromisoformat(row.planned_date), lang)
    if row.week:
        start = dt.date.fromisoformat(row.week)
        end = start + dt.timedelta(days=5)  # Monday to Saturday: the school week
        first = short_date(start, lang)
        if start.year == end.year:
            first = first.rsplit(" ", 1)[0]
        return t("year.pdf.week", lang=lang, start=first, end=short_date(end, lang))
    return "-"


def _story(content: ProgrammeContent, styles: Styles) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    lang, prog = content.lang, content.programme
    story: list[Any] = [letterhead_flowable(content.school, lang=lang), Spacer(1, 6)]
    story.append(Paragraph(markup(t("year.pdf.title", lang=lang)), styles.title))
    year = prog.semester.partition("-")[0]
    story.append(
        Paragraph(
            markup(t("year.pdf.subtitle", lang=lang, semester=semester_label(prog.semester, lang), year=year)),
            styles.subtitle,
        )
    )
    letters = iter("ABCDEFGH")

    def heading(key: str) -> None:
        story.append(Paragraph(markup(f"{next(letters)}. {t(key, lang=lang)}"), styles.heading))

    heading("year.pdf.h.purpose")
    story.append(Paragraph(markup(prog.purpose.strip() or "-"), styles.body))
    heading("year.pdf.h.targets")
    story.append(Paragraph(markup(prog.targets.strip() or "-"), styles.body))

    heading("year.pdf.h.team")
    widths = [22, 190, 130, FRAME_W - 342]
    rows: list[list[Any]] = [
        header_row(
            [
                t("sheet.col.no", lang=lang),
                t("year.pdf.col.name", lang=lang),
                t("year.pdf.col.id", lang=lang),
                t("year.pdf.col.role", lang=lang),
            ],
            widths,
            styles,
        )
    ]
    for n, member in enumerate(prog.team, 1):
        number = f"{member.id_label} {member.id_number}".strip() if member.id_number else "-"
        rows.append(
            [
                str(n),
                Paragraph(markup(member.name), styles.cell),
                fitted(number, styles.cell, widths[2]),
                Paragraph(markup(member.role or "-"), styles.cell),
            ]
        )
    if len(rows) == 1:
        rows.append(["", "-", "", ""])
    story.append(
        grid_table(
            rows,
            widths,
            [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
            repeat=1,
            split_rows=False,
        )
    )

    heading("year.pdf.h.forms")
    forms = [content.form_titles.get(f, f) for f in prog.forms] or ["-"]
    for n, title in enumerate(forms, 1):
        story.append(Paragraph(markup(f"{n}. {title}"), styles.body))

    # The schedule may start low on a page and go on over the next: its heading is kept
    # with the first rows only (the header row repeats), not with the whole table.
    story.append(CondPageBreak(90))
    story.append(
        Paragraph(
            markup(f"{next(letters)}. {t('year.pdf.h.schedule', lang=lang)}"),
            styles.heading.clone("schedule-heading", keepWithNext=0),
        )
    )
    widths = [22, 108, 65, 78, 82, 60, FRAME_W - 415]
    numbers = {form_id: str(n) for n, form_id in enumerate(prog.forms, 1)}
    header = [
        t("sheet.col.no", lang=lang),
        t("year.pdf.col.teacher", lang=lang),
        t("year.pdf.col.subject", lang=lang),
        t("year.pdf.col.when", lang=lang),
        t("year.pdf.col.observer", lang=lang),
        t("year.pdf.col.form", lang=lang),
        t("year.pdf.col.focus", lang=lang),
    ]
    rows = [header_row(header, widths, styles)]
    for n, row in enumerate(prog.schedule, 1):
        rows.append(
            [
                str(n),
                Paragraph(markup(row.teacher_name), styles.cell),
                Paragraph(markup(row.subject or "-"), styles.cell),
                Paragraph(markup(_when(row, lang)), styles.cell),
                Paragraph(markup(row.observer or "-"), styles.cell),
                Paragraph(markup(numbers.get(row.form_id, row.form_id) or "-"), styles.cell),
                Paragraph(markup(row.focus or "-"), styles.cell),
            ]
        )
    if len(rows) == 1:
        rows.append(["", Paragraph(markup(t("year.pdf.no_schedule", lang=lang)), styles.cell), "", "", "", "", ""])
    story.append(
        grid_table(
            rows,
            widths,
            [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("ALIGN", (0, 1), (0, -1), "CENTER")],
            repeat=1,
            split_rows=False,
        )
    )
    story.append(Spacer(1, 12))
    return story


def _signatures(content: ProgrammeContent, styles: Styles, spots: dict[str, SignatureSpot]) -> Any:
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    lang, prog = content.lang, content.programme
    city = content.school.city.strip()
    day = long_date(content.place_date, lang, weekday=False)

    def person(name: str, label: str, number: str) -> list[Any]:
        shown = name.strip() or "(" + "." * 40 + ")"
        return [
            Paragraph(f"<u>{markup(shown)}</u>", styles.sign_name),
            Paragraph(markup(f"{label or 'NIP'}. {number.strip() or '-'}"), styles.sign),
        ]

    left = [
        Paragraph(markup(t("year.pdf.acknowledged", lang=lang)), styles.sign),
        Paragraph(markup(t("year.pdf.supervisor", lang=lang)), styles.sign),
        signature_spot("supervisor", None, spots),
        *person(prog.supervisor_name, "NIP", prog.supervisor_id_number),
    ]
    principal = content.principal
    right = [
        Paragraph(markup(f"{city}, {day}" if city else day), styles.sign),
        Paragraph(markup(t("role.kepala_sekolah", lang=lang) + ","), styles.sign),
        signature_spot(PRINCIPAL_SLOT, None, spots),
        *person(principal.name, principal.id_label, principal.id_number),
    ]
    half = FRAME_W / 2
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return KeepTogether([table])


def _canvas(content: ProgrammeContent, styles: Styles, footer: str) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    lang = content.lang

    class ProgrammeCanvas(Canvas):
        """Keeps the pages until the end, so the footer can say how many there are."""

        pages = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = styles.regular
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            type(self).pages = total
            for state in self._kept:
                self.__dict__.update(state)
                top = MARGIN_BOTTOM - 4 * MM
                self.setLineWidth(0.5)
                self.line(MARGIN_X, top, PAGE_W - MARGIN_X, top)
                self.setFont(styles.bold, 8.5)
                self.drawString(
                    MARGIN_X, top - 11, t("sheet.footer.page", lang=lang, page=self._pageNumber, total=total)
                )
                self.setFont(styles.regular, 7)
                self.drawString(MARGIN_X, top - 22, footer)
                Canvas.showPage(self)
            Canvas.save(self)

    return ProgrammeCanvas


def build_programme(content: ProgrammeContent) -> BuiltSheet:
    digest = programme_hash(content.programme)
    return build_document(
        content,
        _story(content, Styles()),
        title=t("year.pdf.title", lang=content.lang),
        footer=t("year.pdf.footer", lang=content.lang, id=content.programme.id[:8], hash=digest[:16]),
        keywords=f"OBSERVASI-PROGRAM:{content.programme.id}:{digest}",
    )


def build_document(
    content: ProgrammeContent, story: list[Any], *, title: str, footer: str, keywords: str
) -> BuiltSheet:
    """A document of the programme's kind (the programme, the semester's report): the story
    drawn on A4 with the footer on every page; where its signature spaces landed."""
    from reportlab.platypus import SimpleDocTemplate

    styles = Styles()
    spots: dict[str, SignatureSpot] = {}
    story = [*story, _signatures(content, styles, spots)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=content.principal.name,
        subject=semester_label(content.programme.semester, content.lang),
        creator="observasi",
        keywords=keywords,
        lang=content.lang,
    )
    canvas = _canvas(content, styles, footer)
    doc.build(story, canvasmaker=canvas)
    return BuiltSheet(buffer.getvalue(), canvas.pages, spots)


def write_programme(
    context: AppContext,
    programme: Programme,
    out: Path,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write the programme's PDF, signed in the principal's block on request (with this
    laptop's key: the principal's, or the observer's who prepares it)."""
    reason = t("year.pdf.sign_reason", lang=lang, semester=semester_label(programme.semester, lang))
    return _write(context, programme, out, build_programme, reason, sign=sign, passphrase=passphrase, lang=lang)


def write_report(
    context: AppContext,
    programme: Programme,
    out: Path,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write the semester's laporan supervisi akademik, signed like the programme."""
    from observasi.sheet.semester_report import build_report

    reason = t("year.report.sign_reason", lang=lang, semester=semester_label(programme.semester, lang))

    def build(content: ProgrammeContent) -> BuiltSheet:
        return build_report(context, content)

    return _write(context, programme, out, build, reason, sign=sign, passphrase=passphrase, lang=lang)


def _write(
    context: AppContext,
    programme: Programme,
    out: Path,
    build: Callable[[ProgrammeContent], BuiltSheet],
    reason: str,
    *,
    sign: bool,
    passphrase: str | None,
    lang: str | None,
) -> Path:
    from observasi.signing.pades import resolve_passphrase, sign_bytes

    if sign:
        if not keys.has_key(context):
            from observasi import paths

            raise UserError(t("signing.err.no_key", path=paths.observer_key(context.settings.data_dir)))
        passphrase = resolve_passphrase(passphrase)
        keys.load_key(context, passphrase)  # a wrong passphrase is said before any work
    content = gather_programme(context, programme, lang)
    built = build(content)
    data = built.data
    if sign:
        me = context.store.self_observer()
        spot = built.spots.get(PRINCIPAL_SLOT)
        data = sign_bytes(
            context,
            data,
            passphrase,
            reason=reason,
            field_box=spot.box if spot else None,
            page=spot.page if spot else -1,
            location=content.school.city,
            name=me.name if me else content.principal.name,
            lang=lang,
        )
    return files.write_bytes(out, data)
