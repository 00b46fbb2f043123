"""A teacher's evidence bundle for a period (bukti dukung): one zip with the feedback sheet
of each final observation in the period (signed where this laptop's key belongs on it),
the files attached to them, and a one-page summary PDF, ready to upload to the national
performance system."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import files, paths
from observasi.core.dates import long_date
from observasi.core.numbers import number_text
from observasi.core.period import Period
from observasi.core.predikat import predikat_text
from observasi.core.record import Observation, Person
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sheet.kit import (
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    SHADE,
    Styles,
    fitted,
    grid_table,
    header_row,
    markup,
)
from observasi.sheet.letterhead import letterhead_flowable
from observasi.store.models import Teacher

if TYPE_CHECKING:
    from observasi.context import AppContext


@dataclass(frozen=True)
class Bundle:
    path: Path
    sheets: int
    signed: int
    files: int


def bundle_file(root: Path, teacher: Teacher, period: Period) -> Path:
    """``ekspor/<teacher>/bukti-dukung-2026.zip`` under *root* (the folder for sheets and
    recaps: the zip is for the person to upload, not kept in the hidden data folder)."""
    return paths.teacher_export_dir(root, teacher.name) / f"bukti-dukung-{period.file_stem()}.zip"


def periods_with_data(context: AppContext, teacher: Teacher) -> list[Period]:
    """The school semesters and calendar years in which *teacher* has a final observation,
    newest first (a semester before the calendar year it ends in)."""
    from observasi.core.dates import semester_of

    days = {
        dt.date.fromisoformat(s.date) for s in context.store.list_observations(teacher_id=teacher.id, status="final")
    }
    semesters = {semester_of(day) for day in days}
    years = {day.year for day in days}
    found = [Period.of_semester(s) for s in semesters] + [Period.of_year(y) for y in years]
    # A semester sorts before the calendar year it ends in: (end, year first?) -> semesters first.
    return sorted(found, key=lambda p: (p.end, p.semester is not None, p.start), reverse=True)


def bundle_line(teacher: Teacher, period: Period, made: Bundle) -> str:
    """Where the bundle went and what it holds, in words (the CLI's line and the dialog's)."""
    return t(
        "year.cli.bundle",
        name=teacher.name,
        period=period.label(),
        path=made.path,
        sheets=made.sheets,
        signed=made.signed,
        files=made.files,
    )


def _nothing_in(context: AppContext, teacher: Teacher, period: Period) -> str:
    """The refusal of an empty period, naming the periods that have data."""
    empty = t("year.err.bundle_empty", name=teacher.name, period=period.label())
    found = periods_with_data(context, teacher)
    if not found:
        return t("year3.bundle.none_at_all", name=teacher.name)
    names = ", ".join(p.file_stem() for p in found)
    return f"{empty}. {t('year3.bundle.has_data', name=teacher.name, periods=names)}"


def _finals(context: AppContext, teacher: Teacher, period: Period) -> list[Observation]:
    store = context.store
    summaries = store.list_observations(
        teacher_id=teacher.id, status="final", date_from=period.date_from, date_to=period.date_to, order="date_asc"
    )
    return [store.get_observation(s.id) for s in summaries]


def contents(context: AppContext, teacher: Teacher, period: Period) -> tuple[int, int]:
    """(sheets, attached files) the bundle of *period* will hold: said before it is made."""
    records = _finals(context, teacher, period)
    return len(records), sum(len(obs.attachments) for obs in records)


def summary_pdf(context: AppContext, teacher: Teacher, period: Period, records: list[Observation]) -> bytes:
    """One page: who, which period, each observation with its nilai and predikat, the
    follow-up items and how far they went."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from observasi.record import load
    from observasi.store.models import School

    styles = Styles()
    school = context.store.get_school() or School()
    person: Person = teacher.as_person()
    story: list[Any] = [letterhead_flowable(school), Spacer(1, 6)]
    story.append(Paragraph(markup(t("year.bundle.title")), styles.title))
    story.append(Paragraph(markup(period.label()), styles.subtitle))
    story.append(
        Paragraph(
            markup(t("year.bundle.teacher", name=person.name, label=person.id_label, number=person.id_number or "-")),
            styles.body,
        )
    )
    story.append(Spacer(1, 6))
    widths = [22, 86, FRAME_W - 22 - 86 - 120 - 50 - 70, 120, 50, 70]
    header = [
        t("sheet.col.no"),
        t("year.bundle.col.date"),
        t("year.bundle.col.form"),
        t("year.pdf.col.observer"),
        t("year.bundle.col.nilai"),
        t("year.bundle.col.predikat"),
    ]
    rows: list[list[Any]] = [header_row(header, widths, styles)]
    followups: list[tuple[str, str]] = []
    for n, obs in enumerate(records, 1):
        scored = load(context.store, obs.id)
        result = scored.score
        rows.append(
            [
                str(n),
                fitted(long_date(dt.date.fromisoformat(obs.date), weekday=False), styles.cell, widths[1]),
                Paragraph(markup(f"{scored.instrument.title} ({obs.form_version})"), styles.cell),
                Paragraph(markup(obs.observer.name), styles.cell),
                fitted(number_text(result.nilai, digits=result.decimals), styles.cell, widths[4]),
                fitted(predikat_text(result.predikat) or "-", styles.cell, widths[5]),
            ]
        )
        for item in obs.followups:
            state = t(f"followup.{item.status.value}")
            if item.done_on:
                state += f" ({item.done_on})"
            followups.append((item.action, state))
    if len(rows) == 1:
        rows.append(["", t("year.bundle.none"), "", "", "", ""])
    story.append(grid_table(rows, widths, [("BACKGROUND", (0, 0), (-1, 0), SHADE)], repeat=1, split_rows=False))
    story.append(Paragraph(markup(t("year.bundle.h.followups")), styles.heading))
    for action, state in followups or [(t("year.bundle.no_followups"), "")]:
        story.append(Paragraph(markup(f"• {action}" + (f" — {state}" if state else "")), styles.body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(markup(t("year.bundle.note")), styles.small))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=t("year.bundle.title"),
        author=person.name,
        subject=period.label(),
        creator="observasi",
    )
    doc.build(story)
    return buffer.getvalue()


def write_bundle(
    context: AppContext,
    teacher: Teacher,
    period: Period,
    out: Path | None = None,
    *,
    sign: bool = False,
    passphrase: str | None = None,
) -> Bundle:
    """The zip of the teacher's final observations in *period*; UserError when there is none."""
    from observasi.sheet.content import gather
    from observasi.sheet.service import render_sheet, signing_problem, write_sheet
    from observasi.year.attachments import blob

    records = _finals(context, teacher, period)
    if not records:
        raise UserError(_nothing_in(context, teacher, period))
    target = Path(out) if out else bundle_file(context.settings.files_dir, teacher, period)
    entries: list[tuple[str, bytes]] = []
    signed = 0
    with tempfile.TemporaryDirectory(prefix="observasi-bundle-") as work:
        for obs in records:
            name = paths.sheet_file_name(obs.teacher.name, obs.date, obs.id)
            if sign and signing_problem(context, gather(context, obs.id)) is None:
                written = write_sheet(context, obs.id, Path(work) / name, sign=True, passphrase=passphrase)
                entries.append((f"lembar/{name}", written.read_bytes()))
                signed += 1
            else:
                _, built = render_sheet(context, obs.id)
                entries.append((f"lembar/{name}", built.data))
    attached = 0
    for obs in records:
        for item in obs.attachments:
            path = blob(context.settings.data_dir, item)
            if path.is_file():
                entries.append(
                    (f"lampiran/{obs.date}-{obs.id[:8]}/{files.safe_file_name(item.name)}", path.read_bytes())
                )
                attached += 1
    entries.insert(0, (f"ringkasan-{period.file_stem()}.pdf", summary_pdf(context, teacher, period, records)))

    def produce(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)

    return Bundle(files.write_atomic(target, produce), len(records), signed, attached)
