"""A district's (or a supervisor's) view: the schools it reads with their coverage this
semester, and the figures across schools (predikat, weakest indicators, follow-ups,
co-observation agreement); read every school again (r), export the district recap
(x / c / p), and drill down into one school's recap (Enter).

Reading and recapping run in thread workers: a district of hundreds of schools never
freezes the screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Input, Label, Static

from observasi.context import AppContext
from observasi.core.dates import semester_of
from observasi.core.numbers import number_text
from observasi.district import figures
from observasi.district.recap import DistrictRecap
from observasi.district.schools import schools
from observasi.i18n import t
from observasi.recap.period import Period
from observasi.recap.tables import cell_text, levels_text, percent
from observasi.tui import places
from observasi.tui.base import BaseScreen, cursor_key, prefill
from observasi.tui.render import local_time, plain

WEAKEST_SHOWN = 5


class DistrictScreen(BaseScreen[None]):
    DEFAULT_CSS = """
    DistrictScreen { layout: vertical; }
    DistrictScreen #district-controls { height: auto; padding: 0 1; }
    DistrictScreen #district-controls Input { width: 16; }
    DistrictScreen #district-controls Label { padding: 1 1 0 1; }
    DistrictScreen #district-status { padding: 0 1; height: auto; }
    DistrictScreen #district-schools { height: 1fr; min-height: 5; }
    DistrictScreen #district-across-box { height: 1fr; padding: 0 1; }
    """

    BINDINGS = [
        Binding("enter", "open_school", "district.tui.open", id="district.open"),
        Binding("r", "read", "district.tui.read", id="district.read"),
        Binding("x", "export('xlsx')", "recap.tui.export_xlsx", id="district.export_xlsx"),
        Binding("c", "export('csv')", "recap.tui.export_csv", id="district.export_csv"),
        Binding("p", "export('pdf')", "recap.tui.export_pdf", id="district.export_pdf"),
        Binding("q", "app.quit", "district.tui.quit", id="district.quit"),
    ]

    class Loaded(Message):
        def __init__(self, recap: DistrictRecap, counted: figures.Figures) -> None:
            super().__init__()
            self.recap = recap
            self.counted = counted

    class Said(Message):
        def __init__(self, text: str, error: bool = False) -> None:
            super().__init__()
            self.text = text
            self.error = error

    def __init__(self, context: AppContext, today: dt.date | None = None) -> None:
        super().__init__(context)
        self.today = today or dt.date.today()
        self.recap: DistrictRecap | None = None
        self.stale_since: str | None = None  # when the figures shown, out of date, were counted

    def compose(self) -> ComposeResult:
        with Horizontal(id="district-controls"):
            yield Label(t("recap.tui.semester"))
            yield prefill(Input(id="district-semester", placeholder="2026-1"), semester_of(self.today))
        yield Static("", id="district-status", markup=False)
        yield DataTable(id="district-schools", zebra_stripes=True, cursor_type="row")
        with VerticalScroll(id="district-across-box"):
            yield Static("", id="district-across", markup=False)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#district-schools", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(
            t("district.col.school"),
            t("district.col.teachers_short"),
            t("district.col.coverage"),
            t("district.col.final"),
            t("district.col.followups_short"),
            t("district.col.predikat"),
        )
        self.table.focus()
        self.refresh_recap()

    def _list_schools(self) -> None:
        """Every school at once, its figures to come: counting hundreds of schools takes a
        moment, and Enter opens a school's own recap meanwhile."""
        known = schools(self.context)
        for school in known:
            self.table.add_row(plain(school.name), *["..."] * (len(self.table.columns) - 1), key=school.slug)
        if known:
            self.query_one("#district-status", Static).update(t("drecap.tui.counting", schools=len(known)))

    def chosen_period(self) -> Period:
        semester = self.query_one("#district-semester", Input).value.strip() or semester_of(self.today)
        return Period.of_semester(semester)

    @on(Input.Submitted)
    def refresh_recap(self) -> None:
        """Show the figures kept from the last count at once; count again (in a worker) only
        when there are none or a school changed since -- and say so meanwhile."""
        try:
            period = self.chosen_period()
        except Exception as exc:
            self.post_message(self.Said(self.failure_line(exc, "recap.tui.failed"), True))
            return
        kept = figures.load(self.context, period)
        self.stale_since = None
        if kept is not None:
            self._show(kept)
            if not kept.stale:
                return
            self.stale_since = local_time(kept.counted_at)
            self.query_one("#district-status", Static).update(t("d19.tui.stale", when=self.stale_since))
        elif self.recap is None and not self.table.row_count:
            self._list_schools()
        else:
            self.query_one("#district-status", Static).update(t("recap.tui.loading"))
        self.recap = None  # exports count the figures of the period asked for
        self._compute(period)

    @work(thread=True, exclusive=True, exit_on_error=False, group="district-recap")
    def _compute(self, period: Period) -> None:
        try:
            recap, counted = figures.count(self.context, period, name=t("district.default_name"))
            self.post_message(self.Loaded(recap, counted))
        except Exception as exc:
            self.post_message(self.Said(self.failure_line(exc, "recap.tui.failed"), True))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.recap = message.recap
        self.stale_since = None
        self._show(message.counted)

    def _show(self, counted: figures.Figures) -> None:
        """Each school's line and the figures across schools, with when they were counted."""
        table = self.table
        keep = cursor_key(table)
        table.clear()
        known = schools(self.context)
        lines = {line.place: line for line in counted.lines}
        for school in known:
            line = lines.get(school.place)
            if line is None:  # added since: its figures come with the count under way
                table.add_row(plain(school.name), *["..."] * (len(table.columns) - 1), key=school.slug)
                continue
            table.add_row(
                plain(school.name),
                plain(f"{line.teachers_observed}/{line.teachers_known}"),
                plain(cell_text(line.coverage_pct) or "-"),
                plain(line.final_count),
                plain(f"{line.followups_done}/{line.followups_total}"),
                plain(levels_text(line.predikat) or "-"),
                key=school.slug,
            )
        if keep is not None and keep in {s.slug for s in known}:
            table.move_cursor(row=table.get_row_index(keep))
        summary = t("district.tui.summary", schools=len(counted.lines), count=counted.across.final_count)
        status = t("d19.tui.counted", when=local_time(counted.counted_at), summary=summary)
        self.query_one("#district-status", Static).update(status if counted.lines else t("district.cli.none"))
        self.query_one("#district-across", Static).update(self._across_text(counted.across))

    @staticmethod
    def _across_text(across: figures.Across) -> str:
        lines = [t("district.tui.across")]
        for form, counts in across.predikat:
            lines.append(f"{t('recap.table.predikat')}: {form}")
            lines.append("  " + ", ".join(f"{label} {count}" for label, count in counts))
        for form, rows in across.weakest:
            lines.append(f"{t('recap.cli.weakest', count=WEAKEST_SHOWN)}: {form}")
            for row in rows[:WEAKEST_SHOWN]:
                figure = "-" if row.percent is None else f"{number_text(row.percent)}%"
                lines.append(f"  {row.indicator_id:<8} {figure:>8}  {row.text}")
        lines.append(
            f"{t('recap.table.followups')}: "
            + ", ".join(f"{t(f'followup.{k}')} {n}" for k, n in across.followups.items())
        )
        for report in across.agreement:
            lines.append(
                t(
                    "recap.cli.agreement",
                    form=report.form,
                    lessons=report.lessons,
                    exact=number_text(percent(report.exact_pct), digits=1),
                    kappa=number_text(report.kappa, digits=3),
                )
            )
        return "\n".join(lines)

    @on(Said)
    def _said(self, message: Said) -> None:
        text = message.text
        if self.stale_since is not None:  # the figures shown stay the old ones: said with the news
            text = f"{text}\n{t('d19.tui.still_stale', when=self.stale_since)}"
        self.query_one("#district-status", Static).update(text)
        self.notify(message.text, severity="error" if message.error else "information")

    # -- reading the schools ---------------------------------------------------------

    def action_read(self) -> None:
        self.query_one("#district-status", Static).update(t("district.tui.reading"))
        self._read()

    @work(thread=True, exclusive=True, exit_on_error=False, group="district-read")
    def _read(self) -> None:
        from observasi.district.reader import read_all

        try:
            reads = read_all(self.context)
        except Exception as exc:
            self.post_message(self.Said(self.failure_line(exc, "recap.tui.failed"), True))
            return
        received = sum(r.report.received for r in reads if r.report)
        failed = [f"{r.school.name}: {r.error}" for r in reads if r.error]
        self.post_message(self.Said(t("district.tui.read_done", received=received, failed=len(failed))))
        for line in failed:
            self.post_message(self.Said(line, True))
        self.app.call_from_thread(self.refresh_recap)

    # -- drilling down, exporting ----------------------------------------------------

    @on(DataTable.RowSelected, "#district-schools")
    def action_open_school(self) -> None:
        slug = cursor_key(self.table)
        if slug is not None:
            self.app.open(places.DistrictSchool(slug))

    def action_export(self, kind: str) -> None:
        try:
            period = self.chosen_period()
        except Exception as exc:
            self.post_message(self.Said(self.failure_line(exc, "recap.tui.failed"), True))
            return
        self.notify(t("recap.tui.loading"))
        self._export(self.recap, period, kind)

    @work(thread=True, exclusive=True, exit_on_error=False, group="district-export")
    def _export(self, recap: DistrictRecap | None, period: Period, kind: str) -> None:
        """Export the recap counted this session, else count it first (the kept figures
        are what the screen shows, not everything an export holds)."""
        from observasi.recap.export import default_path, export_recap

        try:
            if recap is None:
                recap, counted = figures.count(self.context, period, name=t("district.default_name"))
                self.post_message(self.Loaded(recap, counted))
            target = default_path(self.context.settings.data_dir, recap.across, f".{kind}")
            target = target.with_name(f"dinas-{target.name}")
            self.post_message(self.Said(t("recap.tui.exporting", path=target)))
            path = export_recap(self.context, recap.across, target).path
            self.post_message(self.Said(t("recap.tui.exported", path=path)))
        except Exception as exc:
            self.post_message(self.Said(self.failure_line(exc, "recap.tui.failed"), True))
