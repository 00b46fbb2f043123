"""The school recap in the terminal: pick a semester or a date range, see per teacher,
predikat, weakest indicators, observers and co-observation agreement, and export the
recap (XLSX, CSV, PDF) into the data folder's "rekap" folder.

Computing and exporting run in thread workers, so the screen never freezes on a large
school or a slow disk; their results come back as messages.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Static, TabbedContent, TabPane

from observasi.context import AppContext
from observasi.core.dates import semester_of
from observasi.core.numbers import number_text
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries.reports import school_recap
from observasi.recap.period import Period
from observasi.recap.school import SchoolRecap
from observasi.recap.tables import heading_lines, levels_text
from observasi.tui.base import BaseScreen, prefill
from observasi.tui.render import plain

WEAKEST_SHOWN = 5


def fmt(value: Decimal | float | int | None, digits: int = 2) -> str:
    return number_text(None if value is None else Decimal(str(value)), digits=digits)


class RecapScreen(BaseScreen[None]):
    TITLE_KEY = "recap.title"  # in the header, as every screen has it (the walk saw none)
    FOOTER_FROM = {"recap.export_csv": 90}  # at 80 columns it would cut f1 help off
    DEFAULT_CSS = """
    RecapScreen { layout: vertical; }
    RecapScreen #recap-controls { height: auto; padding: 0 1; }
    RecapScreen #recap-controls Input { width: 16; }
    RecapScreen #recap-controls Label { padding: 1 1 0 1; }
    RecapScreen #recap-controls Button { margin: 0 0 0 1; min-width: 10; }
    RecapScreen #recap-summary { padding: 0 1; height: auto; }
    RecapScreen #recap-message { padding: 0 1; color: $error; height: auto; }
    RecapScreen TabbedContent { height: 1fr; }
    RecapScreen DataTable { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "close", "recap.tui.back", id="recap.back"),
        Binding("x", "export('xlsx')", "recap.tui.export_xlsx", id="recap.export_xlsx"),
        Binding("c", "export('csv')", "recap.tui.export_csv", id="recap.export_csv"),
        Binding("p", "export('pdf')", "recap.tui.export_pdf", id="recap.export_pdf"),
    ]

    class Loaded(Message):
        def __init__(self, recap: SchoolRecap) -> None:
            super().__init__()
            self.recap = recap

    class Exported(Message):
        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Failed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, context: AppContext, today: dt.date | None = None) -> None:
        super().__init__(context)
        self.today = today or dt.date.today()
        self.recap: SchoolRecap | None = None
        self.last_export: Path | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="recap-controls"):
            yield Label(t("recap.tui.semester"))
            yield prefill(
                Input(id="recap-semester", placeholder=t("year.tui.period_placeholder")), semester_of(self.today)
            )
            yield Label(t("recap.tui.or_range"))
            yield Input("", id="recap-from", placeholder="2026-07-01")
            yield Input("", id="recap-to", placeholder="2026-12-31")
            yield Button(t("recap.tui.show"), id="recap-apply", variant="primary")
            yield Button("XLSX", id="recap-xlsx")
            yield Button("CSV", id="recap-csv")
            yield Button("PDF", id="recap-pdf")
        yield Static("", id="recap-message", markup=False)
        yield Static("", id="recap-summary", markup=False)
        with TabbedContent(id="recap-tabs"):
            with TabPane(t("recap.tui.tab_teachers"), id="tab-teachers"):
                yield DataTable(id="recap-teachers", zebra_stripes=True, cursor_type="row")
            with TabPane(t("recap.tui.tab_predikat"), id="tab-predikat"):
                with VerticalScroll():
                    yield Static("", id="recap-predikat", markup=False)
            with TabPane(t("recap.tui.tab_indicators"), id="tab-indicators"):
                yield DataTable(id="recap-indicators", zebra_stripes=True, cursor_type="row")
            with TabPane(t("recap.tui.tab_observers"), id="tab-observers"):
                yield DataTable(id="recap-observers", zebra_stripes=True, cursor_type="row")
            with TabPane(t("recap.tui.tab_agreement"), id="tab-agreement"):
                with VerticalScroll():
                    yield Static("", id="recap-agreement", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#recap-teachers", DataTable).add_columns(
            t("recap.col.teacher"),
            t("recap.col.count"),
            t("ux8w.recap.col.latest_nilai"),
            t("recap.col.average_nilai"),
            t("ux8w.recap.col.latest_predikat"),
            t("recap.col.form_id"),
            t("recap.col.form_version"),
        )
        self.query_one("#recap-indicators", DataTable).add_columns(
            t("recap.col.form_id"),
            t("recap.col.indicator_id"),
            t("recap.col.indicator"),
            t("recap.col.rated"),
            t("recap.col.average"),
            t("recap.col.percent"),
        )
        self.query_one("#recap-observers", DataTable).add_columns(
            t("recap.col.observer"), t("recap.col.observations"), t("recap.col.co_observations")
        )
        self.query_one("#recap-teachers", DataTable).focus()  # so x / c / p export at once
        self.refresh_recap()

    # -- choosing the period ---------------------------------------------------------

    def chosen_period(self) -> Period:
        date_from = self.query_one("#recap-from", Input).value.strip()
        date_to = self.query_one("#recap-to", Input).value.strip()
        if date_from or date_to:
            if not (date_from and date_to):
                raise UserError(t("recap.err.half_range_tui"))
            return Period.between(date_from, date_to)
        semester = self.query_one("#recap-semester", Input).value.strip() or semester_of(self.today)
        return Period.preset(semester)  # a semester, or a calendar year ("2026")

    @on(Button.Pressed, "#recap-apply")
    @on(Input.Submitted)
    def refresh_recap(self) -> None:
        try:
            period = self.chosen_period()
        except UserError as exc:
            self.query_one("#recap-message", Static).update(exc.message)
            return
        self.query_one("#recap-message", Static).update("")
        self.query_one("#recap-summary", Static).update(t("recap.tui.loading"))
        self._compute(period)

    @work(thread=True, exclusive=True, exit_on_error=False, group="recap-compute")
    def _compute(self, period: Period) -> None:
        try:
            self.post_message(self.Loaded(school_recap(self.context, period)))
        except Exception as exc:
            self.post_message(self.Failed(self.failure_line(exc, "recap.tui.failed")))

    # -- showing it ------------------------------------------------------------------

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        recap = self.recap = message.recap
        self.query_one("#recap-summary", Static).update(
            "\n".join(f"{label}: {value}" for label, value in heading_lines(recap)[1:5])
        )
        teachers = self.query_one("#recap-teachers", DataTable)
        teachers.clear()
        for row in recap.teachers:
            teachers.add_row(
                plain(row.name),
                plain(row.count),
                plain(fmt(row.latest_nilai)),
                plain(fmt(row.average_nilai)),
                plain(row.predikat or "-"),
                plain(row.form.id),
                plain(row.form.version),
                key=row.teacher_id,
            )
        lines: list[str] = []
        for dist in recap.predikat:
            total = sum(c.count for c in dist.counts) or 1
            lines.append(dist.form.label)
            for item in dist.counts:
                share = item.count / total
                lines.append(f"  {item.label:<14} {'█' * round(share * 30):<30} {item.count:>4}")
            lines.append("")
        for group in recap.indicators:
            if not group.form.numeric:
                lines.append(f"{group.form.label} — {t('recap.table.levels')}")
                lines.append(f"  {levels_text(group.level_totals)}")
        self.query_one("#recap-predikat", Static).update("\n".join(lines) or t("recap.empty"))
        indicators = self.query_one("#recap-indicators", DataTable)
        indicators.clear()
        for group in recap.indicators:
            for weak in group.rows[:WEAKEST_SHOWN]:
                indicators.add_row(
                    plain(f"{group.form.id} {group.form.version}"),
                    plain(weak.indicator_id),
                    plain(weak.text),
                    plain(weak.rated),
                    plain(fmt(weak.average)),
                    plain(fmt(weak.percent)),
                )
        observers = self.query_one("#recap-observers", DataTable)
        observers.clear()
        for observer in recap.observers:
            observers.add_row(plain(observer.name), plain(observer.observations), plain(observer.co_observations))
        self.query_one("#recap-agreement", Static).update(self._agreement_text(recap))

    @staticmethod
    def _agreement_text(recap: SchoolRecap) -> str:
        if not recap.agreement:
            return t("recap.tui.no_agreement")
        lines = []
        for report in recap.agreement:
            lines.append(
                t(
                    "recap.cli.agreement",
                    form=report.form.label,
                    lessons=len(report.lessons),
                    exact=fmt(report.tally.exact_pct, 1),
                    kappa=fmt(report.kappa_linear, 3),
                )
            )
            lines.append(
                f"  {t('recap.col.within_one')}: {fmt(report.tally.within_one_pct, 1)}   "
                f"{t('recap.col.kappa_quadratic')}: {fmt(report.kappa_quadratic, 3)}"
            )
            for item in report.indicators:
                lines.append(
                    f"  {item.indicator_id:<8} {fmt(item.tally.exact_pct, 1):>6}%  {fmt(item.tally.within_one_pct, 1):>6}%  "
                    f"({item.tally.compared})  {item.text}"
                )
            lines.append("")
        return "\n".join(lines)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.query_one("#recap-message", Static).update(message.text)
        self.notify(message.text, severity="error")

    # -- exporting -------------------------------------------------------------------

    @on(Button.Pressed, "#recap-xlsx")
    def _xlsx(self) -> None:
        self.action_export("xlsx")

    @on(Button.Pressed, "#recap-csv")
    def _csv(self) -> None:
        self.action_export("csv")

    @on(Button.Pressed, "#recap-pdf")
    def _pdf(self) -> None:
        self.action_export("pdf")

    def action_export(self, kind: str) -> None:
        if self.recap is None:
            self.notify(t("recap.tui.loading"), severity="warning")
            return
        from observasi.recap.export import default_path

        target = default_path(self.context.settings.files_dir, self.recap, f".{kind}")
        self.notify(t("recap.tui.exporting", path=target))
        self._export(self.recap, target)

    @work(thread=True, exclusive=True, exit_on_error=False, group="recap-export")
    def _export(self, recap: SchoolRecap, target: Path) -> None:
        from observasi.recap.export import export_recap

        try:
            self.post_message(self.Exported(export_recap(self.context, recap, target).path))
        except Exception as exc:
            self.post_message(self.Failed(self.failure_line(exc, "recap.tui.failed")))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self.last_export = message.path
        self.notify(t("recap.tui.exported", path=message.path))

    def action_close(self) -> None:
        self.dismiss(None)
