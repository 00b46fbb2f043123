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
from observasi.recap.tables import levels_text, summary_lines
from observasi.tui.base import BaseScreen, prefill
from observasi.tui.home_columns import PREDIKAT_WIDTH, fit, form_code
from observasi.tui.render import plain

WEAKEST_SHOWN = 5
WIDE = 100  # from this width the per-teacher table shows each form's whole id
NAME_MIN = 16  # the teacher's name gets at least this many cells (as on the home list)


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
    RecapScreen #recap-buttons { height: 1; padding: 0 1; }
    RecapScreen #recap-buttons Button { margin: 0 1 0 1; min-width: 6; }
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
        # The buttons on a line of their own, one line high: beside the fields they ran off
        # the screen's right edge at 80 and 100 columns (walk 8), Tab reaching them unseen.
        with Horizontal(id="recap-buttons"):
            yield Button(t("recap.tui.show"), id="recap-apply", variant="primary", compact=True)
            yield Button(t("ux9v.recap.xlsx"), id="recap-xlsx", compact=True)
            yield Button(t("ux9v.recap.csv"), id="recap-csv", compact=True)
            yield Button(t("ux9v.recap.pdf"), id="recap-pdf", compact=True)
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
            self._say(exc.message)
            return
        self._say("")
        self.query_one("#recap-summary", Static).update(t("recap.tui.loading"))
        self._compute(period)

    def _say(self, text: str) -> None:
        """The line of a wrong period or a failure; no empty line while there is none (a
        row of the table more at 24 lines)."""
        message = self.query_one("#recap-message", Static)
        message.update(text)
        message.display = bool(text)

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
            "\n".join(f"{label}: {value}" for label, value in summary_lines(recap))
        )
        self._fill_teachers(recap)
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

    def _fill_teachers(self, recap: SchoolRecap) -> None:
        """The per-teacher rows in columns that all fit beside the scroll bar: at 80 and
        100 columns the last ones ran off the edge ("classroom-observatio"). The form shows
        whole from WIDE columns, as a short code below (the summary above names the forms
        with their versions); the teacher's name takes the room left, cut with a mark."""
        table = self.query_one("#recap-teachers", DataTable)
        table.clear(columns=True)
        width = self.app.size.width
        wide = width >= WIDE
        forms = [row.form.id if wide else form_code(row.form.id) for row in recap.teachers]
        titles = [
            t("ux9v.recap.col.final"),
            t("ux9v.recap.col.latest"),
            t("ux8w.recap.col.latest_predikat"),
            t("ux9v.recap.col.average"),
            t("recap.col.form_id"),
        ]
        sizes = [5, 6, PREDIKAT_WIDTH, 6, max(map(len, forms), default=0)]
        sizes = [max(size, len(title)) for size, title in zip(sizes, titles, strict=True)]
        # 2 cells of padding per column, 2 for the scroll bar, 2 for the tab's margins.
        room = width - 2 * (len(titles) + 1) - 4
        sizes[-1] = min(sizes[-1], max(len(titles[-1]), room - NAME_MIN - sum(sizes[:-1])))
        name_width = max(NAME_MIN, room - sum(sizes))
        table.add_column(t("recap.col.teacher"), width=name_width)
        for title, size in zip(titles, sizes, strict=True):
            table.add_column(title, width=size)
        for row, form in zip(recap.teachers, forms, strict=True):
            table.add_row(
                plain(fit(row.name, name_width)),
                plain(row.count),
                plain(fmt(row.latest_nilai)),
                plain(row.predikat or "-"),
                plain(fmt(row.average_nilai)),
                plain(fit(form, sizes[-1])),
                key=row.teacher_id,
            )

    def on_resize(self) -> None:
        if self.recap is not None:
            self._fill_teachers(self.recap)

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
        self._say(message.text)
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
