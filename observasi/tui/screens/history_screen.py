"""A teacher's supervision history: every observation, the nilai over time as a bar chart,
each section's trend, and the follow-up items of the last observation, whose progress is
changed here with a key (done / in progress / not done)."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.core.dates import short_iso_date
from observasi.core.status import FollowUpStatus
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import records
from observasi.queries.reports import teacher_history
from observasi.recap.history import TeacherHistory, nilai_chart, trend_text
from observasi.tui.base import BaseScreen
from observasi.tui.home_columns import PREDIKAT_WIDTH, fit, form_code, status_width
from observasi.tui.render import plain

# The order a follow-up's status steps through when the key is pressed.
STATUS_CYCLE = (FollowUpStatus.open, FollowUpStatus.in_progress, FollowUpStatus.done, FollowUpStatus.not_done)
CHART_WIDTH = 40
# The observations' columns (date, form, observer, status, nilai, predikat) below and from
# WIDE terminal columns: they fit beside the screen's and the table's scroll bars.
WIDE = 100
ENTRY_TITLES = (
    "recap.col.date",
    "recap.col.form_id",
    "recap.col.observer",
    "recap.col.status",
    "recap.col.latest_nilai",
    "recap.col.predikat",
)
ENTRY_WIDTHS = {False: (10, 11, 15, 9, 6, PREDIKAT_WIDTH), True: (10, 22, 24, 9, 6, PREDIKAT_WIDTH)}
FOLLOWUP_TITLES = ("recap.col.action", "recap.col.due", "recap.col.status")
DUE_WIDTH = 11  # "30 Nov 2026"
# Beside the follow-ups' columns: the margins (2), the screen's and the table's scroll bars
# (2 each), and two cells of padding per column.
FOLLOWUP_CHROME = 2 + 2 + 2 + 2 * len(FOLLOWUP_TITLES)


class TeacherHistoryScreen(BaseScreen[None]):
    FOOTER_FROM = {"history.reload": 90}  # at 80 columns it would cut f1 help off
    DEFAULT_CSS = """
    TeacherHistoryScreen { layout: vertical; }
    TeacherHistoryScreen #history-title { text-style: bold; padding: 0 1; background: $boost; }
    TeacherHistoryScreen #history-body { height: 1fr; }
    TeacherHistoryScreen .history-heading { text-style: bold; margin: 1 1 0 1; }
    TeacherHistoryScreen #history-entries { height: auto; max-height: 12; margin: 0 1; }
    TeacherHistoryScreen #history-chart, TeacherHistoryScreen #history-trends { margin: 0 1; height: auto; }
    TeacherHistoryScreen #history-results { margin: 0 1; height: auto; color: $text-muted; }
    TeacherHistoryScreen #history-followups { height: auto; max-height: 10; margin: 0 1; }
    """

    BINDINGS = [
        Binding("escape", "close", "recap.tui.back", id="history.back"),
        Binding("s", "cycle_status", "recap.tui.cycle_status", id="history.cycle_status"),
        Binding("r", "reload", "recap.tui.reload", id="history.reload"),
    ]

    def __init__(self, context: AppContext, teacher_id: str) -> None:
        super().__init__(context)
        self.teacher_id = teacher_id
        self.history: TeacherHistory | None = None
        self._wide = False  # the columns' layout shown (see _add_entry_columns)
        self._observer_width = ENTRY_WIDTHS[False][2]  # the observer's column as laid out

    def compose(self) -> ComposeResult:
        yield Static("", id="history-title", markup=False)
        with VerticalScroll(id="history-body"):
            yield Static(t("recap.tui.observations"), classes="history-heading")
            yield DataTable(id="history-entries", cursor_type="row", zebra_stripes=True)
            yield Static("", id="history-results", markup=False)  # results too long for their column
            yield Static(t("recap.history.chart"), classes="history-heading")
            yield Static("", id="history-chart", markup=False)
            yield Static(t("recap.history.trends"), classes="history-heading")
            yield Static("", id="history-trends", markup=False)
            yield Static("", id="history-followups-title", classes="history-heading", markup=False)
            yield DataTable(id="history-followups", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def entries_table(self) -> DataTable[Any]:
        return self.query_one("#history-entries", DataTable)

    @property
    def followups_table(self) -> DataTable[Any]:
        return self.query_one("#history-followups", DataTable)

    def on_mount(self) -> None:
        self._add_entry_columns()
        self._add_followup_columns()
        self.action_reload()

    def _add_entry_columns(self) -> None:
        """Every column fits beside the scroll bars, the predikat last: at 80 columns the
        form as its short code, from 100 wider (the title is whole)."""
        self._wide = self.app.size.width >= WIDE
        widths = list(ENTRY_WIDTHS[self._wide])
        # The status word whole in the language shown ("Reflecting"), the observer's column
        # giving the cells, as on the home list.
        extra = status_width() - widths[3]
        widths[2], widths[3] = widths[2] - extra, widths[3] + extra
        self._observer_width = widths[2]
        for title, width in zip(ENTRY_TITLES, widths, strict=True):
            self.entries_table.add_column(t(title), width=width)

    def _add_followup_columns(self) -> None:
        """Every title whole beside the scroll bars (the walk read "St" at 80 columns, the
        status column pushed off by a long action): the date and the status word get their
        room, the action the rest, wrapped in its column (the row grows, no word is lost)."""
        titles = [t(title) for title in FOLLOWUP_TITLES]
        due = max(DUE_WIDTH, len(titles[1]))
        status = max(len(titles[2]), *(len(t(f"followup.{state.value}")) for state in FollowUpStatus))
        action = max(len(titles[0]), self.app.size.width - FOLLOWUP_CHROME - due - status)
        for title, width in zip(titles, (action, due, status), strict=True):
            self.followups_table.add_column(title, width=width)

    def on_resize(self) -> None:
        if not self.is_mounted or not self.entries_table.columns:
            return
        if (self.app.size.width >= WIDE) != self._wide:
            self.entries_table.clear(columns=True)
            self._add_entry_columns()
            if self.history is not None:
                self._show(self.history)
        row = self.followups_table.cursor_row
        self.followups_table.clear(columns=True)  # the action's column takes the width there is
        self._add_followup_columns()
        if self.history is not None:
            self._fill_followups(keep_row=row)

    def _form_text(self, form_id: str, version: str) -> str:
        """The form's id and version, or its short code where the id does not fit."""
        whole = f"{form_id} {version}"
        return whole if len(whole) <= ENTRY_WIDTHS[self._wide][1] else f"{form_code(form_id)} {version}"

    def action_reload(self) -> None:
        try:
            self.history = teacher_history(self.context, self.teacher_id)
        except UserError as exc:
            self.notify(exc.message, severity="error")
            return
        self._show(self.history)

    def _show(self, history: TeacherHistory) -> None:
        self.query_one("#history-title", Static).update(
            t("recap.history.title", name=history.name, count=len(history.entries), final=len(history.finals))
        )
        table = self.entries_table
        table.clear()
        whole: list[str] = []  # a verbal form's counts do not fit the nilai's column: said below
        for entry in reversed(history.entries):  # newest on top
            result = entry.result_text
            if len(result) > ENTRY_WIDTHS[self._wide][4]:
                whole.append(t("ux5.history.result", date=entry.date, form=entry.form.id, result=result))
                result = "↓"
            table.add_row(
                plain(entry.date),
                plain(self._form_text(entry.form.id, entry.form.version)),
                plain(fit(entry.observer_name, self._observer_width)),
                plain(t(f"status.{entry.status}")),
                plain(result),
                plain(entry.predikat or "-"),
                key=entry.id,
            )
        results = self.query_one("#history-results", Static)
        results.update("\n".join(whole))
        results.display = bool(whole)
        chart = nilai_chart(history.entries, width=CHART_WIDTH)
        self.query_one("#history-chart", Static).update("\n".join(chart) or t("recap.history.none"))
        trends = [trend_text(trend) for trend in history.trends]
        self.query_one("#history-trends", Static).update("\n".join(trends) or "-")
        title = self.query_one("#history-followups-title", Static)
        if history.followups_of is None:
            title.update(t("recap.tui.no_followups_yet"))
        else:
            title.update(
                t("recap.history.followups", date=history.followups_of.date) + "  " + t("recap.tui.cycle_hint")
            )
        self._fill_followups()

    def _fill_followups(self, keep_row: int = 0) -> None:
        table = self.followups_table
        table.clear()
        assert self.history is not None
        for item in self.history.followups:
            table.add_row(
                plain(item.action),
                plain(short_iso_date(item.due) or "-"),
                plain(t(f"followup.{item.status}")),
                key=item.id,
                height=None,  # a long action wraps in its column
            )
        if self.history.followups:
            table.move_cursor(row=min(keep_row, len(self.history.followups) - 1))

    def action_cycle_status(self) -> None:
        """Move the highlighted follow-up to its next status and save it at once."""
        history = self.history
        if history is None or history.followups_of is None or not history.followups:
            self.notify(t("recap.tui.no_followups_yet"), severity="warning")
            return
        row = self.followups_table.cursor_row
        item = history.followups[row]
        following = STATUS_CYCLE[(STATUS_CYCLE.index(FollowUpStatus(item.status)) + 1) % len(STATUS_CYCLE)]
        records.set_followup_status(self.context, history.followups_of.id, item.id, following)
        history.followups[row] = item.model_copy(update={"status": following})
        self._fill_followups(keep_row=row)
        self.notify(t("recap.tui.status_saved", action=item.action, status=t(f"followup.{following.value}")))

    def action_close(self) -> None:
        self.dismiss(None)
