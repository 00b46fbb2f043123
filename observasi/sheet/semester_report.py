"""The laporan supervisi akademik at the end of a semester: what the programme set out to
do, who was observed (the coverage of every teacher), the results (nilai and predikat of the
final observations), the follow-up and how far it went; signed like the programme
("Mengetahui, Pengawas Sekolah" and the principal)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from observasi.core.dates import semester_label
from observasi.core.period import Period
from observasi.core.predikat import predikat_text
from observasi.core.programme import programme_hash
from observasi.i18n import t
from observasi.sheet.kit import FRAME_W, SHADE, BuiltSheet, Styles, fitted, grid_table, header_row, markup
from observasi.sheet.letterhead import letterhead_flowable

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.sheet.programme_pdf import ProgrammeContent


def build_report(context: AppContext, content: ProgrammeContent) -> BuiltSheet:
    from reportlab.platypus import Paragraph, Spacer

    from observasi.sheet.programme_pdf import build_document
    from observasi.year.coverage import teacher_coverage

    store = context.store
    lang, prog = content.lang, content.programme
    period = Period.of_semester(prog.semester)
    styles = Styles()
    label = semester_label(prog.semester, lang)
    coverage = teacher_coverage(store, period)
    finals = store.list_observations(status="final", date_from=period.date_from, date_to=period.date_to)
    latest: dict[str, tuple[str, str | None, str | None]] = {}
    for row in sorted(finals, key=lambda r: r.date):
        latest[row.teacher_id] = (row.date, row.nilai, row.predikat)
    observed = sum(1 for r in coverage if r.held)
    story: list[Any] = [letterhead_flowable(content.school, lang=lang), Spacer(1, 6)]
    story.append(Paragraph(markup(t("year.report.title", lang=lang)), styles.title))
    story.append(Paragraph(markup(t("year.pdf.subtitle", lang=lang, semester=label)), styles.subtitle))
    letters = iter("ABCDEFGH")

    def heading(key: str) -> None:
        story.append(Paragraph(markup(f"{next(letters)}. {t(key, lang=lang)}"), styles.heading))

    heading("year.report.h.intro")
    story.append(Paragraph(markup(t("year.report.intro", lang=lang, semester=label)), styles.body))
    story.append(Paragraph(markup(prog.purpose.strip() or "-"), styles.body))
    heading("year.report.h.done")
    percent = round(100 * observed / len(coverage)) if coverage else 0
    story.append(
        Paragraph(
            markup(
                t(
                    "year.report.done",
                    lang=lang,
                    observed=observed,
                    teachers=len(coverage),
                    percent=percent,
                    planned=len(prog.schedule),
                    finals=len(finals),
                )
            ),
            styles.body,
        )
    )
    widths = [22, 150, 66, 70, 50, FRAME_W - 358]
    header = [
        t("sheet.col.no", lang=lang),
        t("year.pdf.col.teacher", lang=lang),
        t("fx10s.recap.col.held", lang=lang),
        t("year.recap.col.last", lang=lang),
        t("year.bundle.col.nilai", lang=lang),
        t("year.bundle.col.predikat", lang=lang),
    ]
    rows: list[list[Any]] = [header_row(header, widths, styles)]
    for n, item in enumerate(coverage, 1):
        date, nilai, predikat = latest.get(item.teacher_id, ("", None, None))
        rows.append(
            [
                str(n),
                Paragraph(markup(item.name), styles.cell),
                str(item.held),
                fitted(item.last_date or "-", styles.cell, widths[3]),
                fitted((nilai or "-").replace(".", ","), styles.cell, widths[4]),
                Paragraph(
                    markup(predikat or t("year.recap.not_observed", lang=lang) if not item.held else predikat or "-"),
                    styles.cell,
                ),
            ]
        )
    story.append(grid_table(rows, widths, [("BACKGROUND", (0, 0), (-1, 0), SHADE)], repeat=1, split_rows=False))
    heading("year.report.h.results")
    counts = Counter(predikat_text(r.predikat, lang) for r in finals if r.predikat)
    if counts:
        for name, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            story.append(Paragraph(markup(f"• {name}: {count}"), styles.body))
    else:
        story.append(Paragraph(markup(t("year.bundle.none", lang=lang)), styles.body))
    heading("year.report.h.followups")
    statuses: Counter[str] = Counter()
    for row in finals:
        for followup in store.get_observation(row.id).followups:
            statuses[followup.status.value] += 1
    story.append(
        Paragraph(
            markup(
                ", ".join(
                    f"{t(f'followup.{k}', lang=lang)}: {statuses.get(k, 0)}"
                    for k in ("open", "in_progress", "done", "not_done")
                )
            ),
            styles.body,
        )
    )
    heading("year.report.h.closing")
    story.append(Paragraph(markup(t("year.report.closing", lang=lang, semester=label)), styles.body))
    story.append(Spacer(1, 12))
    digest = programme_hash(prog)
    return build_document(
        content,
        story,
        title=t("year.report.title", lang=lang),
        footer=t("year.pdf.footer", lang=lang, id=prog.id[:8], hash=digest[:16]),
        keywords=f"OBSERVASI-LAPORAN:{prog.id}:{digest}",
    )
