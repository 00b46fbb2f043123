"""Home: the observations (filters, search as you type, sorting); g opens the teachers.
An unfinished observation is offered first.

Lists come from summary queries (never whole records), at most LIMIT rows, so the
screen stays quick with ten thousand observations: the first page is read when the screen
mounts, so it is in the first frame; later ones in a thread worker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, DataTable, Footer, Header, Input, Select, Static

from observasi.context import AppContext
from observasi.core.status import Status
from observasi.core.text import displayable
from observasi.i18n import t
from observasi.queries import conflicts, coverage, observations
from observasi.queries.observations import FilterChoices, ListFilters, ObservationSummary
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.home_columns import add_columns, layout_for, resume_label, row_cells
from observasi.tui.widgets.attention_panel import AttentionPanel
from observasi.tui.widgets.home_filters import filter_lists, selected
from observasi.tui.widgets.home_table import HomeTable, ResumeButton
from observasi.tui.widgets.search_box import SearchBox

LIMIT = 200  # the help text (tui.home.help) names this number
ORDERS = ("date_desc", "date_asc", "teacher", "nilai_desc", "nilai_asc", "status")
# Clicking a column header sorts by it; a second click reverses where that means something.
HEADER_ORDERS = {
    "date": ("date_desc", "date_asc"),
    "teacher": ("teacher",),
    "nilai": ("nilai_desc", "nilai_asc"),
    "status": ("status",),
}
SEARCH_DELAY = 0.15


class HomeScreen(BaseScreen[None]):
    TITLE_KEY = "tui.home.title"
    HELP_KEY = "tui.home.help"
    # At 80 columns the keys a newcomer needs (walk10 missed r / y / f2); the search box is in
    # view and typing goes there, a column title sorts, so / and s from 100; c is on its own
    # button ("▶ Lanjutkan (c)"), so at 120. F1 lists every key.
    FOOTER_FROM = {"home.resume": 120, "home.search": 100, "home.sort": 100, "home.versions": 140}

    BINDINGS = [
        Binding("n", "new", "tui.home.key.new", id="home.new"),
        Binding("c", "resume", "tui.home.key.resume", id="home.resume"),
        Binding("slash", "search", "tui.home.key.search", id="home.search"),
        Binding("s", "sort", "tui.home.key.sort", id="home.sort"),
        Binding("g", "teachers", "tui.home.key.teachers", id="home.teachers"),
        Binding("r", "recap", "tui.home.key.recap", id="home.recap"),
        Binding("y", "sync", "tui.home.key.sync", id="home.sync"),
        Binding("f2", "settings", "tui.home.key.settings", id="home.settings"),
        Binding("i", "forms", "forms2.tui.title", id="home.forms", show=False),
        Binding("escape", "clear_filters", "tui.home.key.clear", id="home.clear", show=False),
        # The attention panel's lists (observasi.tui.widgets.attention_panel.KINDS).
        Binding("l", "attachments", "year.tui.att.key.open", id="home.attachments", show=False),
        Binding("b", "bundle", "reachb.bundle.key", id="home.bundle", show=False),
        Binding("j", "programme", "year.tui.key.programme", id="home.programme", show=False),
        Binding("1", "attention('planned')", "year.tui.key.planned", id="home.planned", show=False),
        Binding("2", "attention('teachers')", "year.tui.key.teachers", id="home.teachers_due", show=False),
        Binding("3", "attention('followups')", "year.tui.key.followups", id="home.followups", show=False),
        Binding("4", "attention('conflicts')", "year.tui.key.conflicts", id="home.conflicts", show=False),
        Binding("v", "versions", "history.tui.key.versions", id="home.versions", show=False),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.filters = ListFilters()
        self.unfinished: ObservationSummary | None = None
        self._search_timer: Any = None
        self._first_resume = True
        self._layout = ""
        self._rows: list[ObservationSummary] = []
        self._shown: ListFilters | None = None  # the filters of the rows on screen
        self._installed_forms_shown = False  # the form filter lists the installed forms too

    def compose(self) -> ComposeResult:
        yield Header()
        yield ResumeButton("", id="resume", variant="warning")
        yield AttentionPanel(id="attention")
        with Horizontal(id="filters"):
            yield SearchBox(placeholder=t("tui.home.search_placeholder"), id="search", compact=True)
            yield from filter_lists()
        yield Static(id="list-info")
        yield HomeTable("search", id="observations", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#observations", DataTable)

    def on_mount(self) -> None:
        table = self.table
        self._add_columns(layout_for(self.app.size.width))
        # The first page is read here, on the UI thread (a few ms at 10,000 records), so
        # the list is in the first frame drawn; later reloads run in a worker.
        self.refresh_resume()
        self.refresh_attention()
        self.fill_observations(self._list(self.filters), self.filters)
        # The filters' choices too (a few indexed queries, no form parsed: the forms
        # installed but unused wait until the form filter is reached): the first frame is
        # the settled screen, laid out once, not a list that filters join a moment later.
        self.fill_filter_choices(observations.filter_choices(self.context, installed=False))
        if self.unfinished is not None:
            self.query_one("#resume", Button).focus()
        else:
            table.focus()

    @property
    def help_text(self) -> str:
        return t(self.HELP_KEY) + " " + t("ux5.home.help_search") + " " + t("screens.home.help_columns")

    def _add_columns(self, layout: str) -> None:
        self._layout = layout
        add_columns(self.table, layout)

    def on_resize(self) -> None:
        layout = layout_for(self.app.size.width)
        if self._layout and layout != self._layout:
            selected = cursor_key(self.table)
            self.table.clear(columns=True)
            self._add_columns(layout)
            self._fill_rows(self._rows)
            restore_cursor(self.table, selected)

    def on_screen_resume(self) -> None:
        # The first resume follows on_mount, which has just read the list.
        if self._first_resume:
            self._first_resume = False
        elif self.is_mounted:
            self.reload()

    def reload(self) -> None:
        self.refresh_resume()
        self.refresh_attention()
        self.load_observations(self.filters)

    written_elsewhere = reload  # another program wrote (AppShell.show_outside_writes)

    # -- unfinished observation offered first -------------------------------------------------

    def refresh_resume(self) -> None:
        self.unfinished, count = observations.to_resume(self.context)
        button = self.query_one("#resume", Button)
        if self.unfinished is None:
            button.display = False
            return
        button.label = resume_label(self.unfinished, count)
        button.display = True

    @on(Button.Pressed, "#resume")
    def action_resume(self) -> None:
        if self.unfinished is None:
            self._say_nothing_to_resume()
            return
        self.app.open_observation(self.unfinished.id)

    def _say_nothing_to_resume(self) -> None:
        """c continues a lesson or a reflection; a draft not started yet is opened from
        the list, so say which draft is there and how, instead of nothing."""
        colleagues = observations.colleagues_first(self.context)
        if colleagues is not None:  # under way, but begun elsewhere by a colleague: not "none"
            teacher, observer = displayable(colleagues.teacher_name), displayable(colleagues.observer_name)
            self.notify(t("fx10t.home.colleagues", teacher=teacher, observer=observer), timeout=8)
            return
        draft = Status.draft.value
        shown = self.filters.status in (None, draft)
        drafts = observations.list_observations(self.context, replace(self.filters, status=draft), 1) if shown else []
        if drafts:
            self.notify(t("firstdayb.home.only_drafts", teacher=displayable(drafts[0].teacher_name)), timeout=6)
            return
        # The list's search or filters hide every draft: one named must be said hidden
        # (the walk: under a search for "ahmad", c spoke of Dewi's draft, not on screen).
        hidden = observations.list_observations(self.context, ListFilters(status=draft), 1)
        if hidden:
            self.notify(t("ux6.home.draft_hidden", teacher=displayable(hidden[0].teacher_name)), timeout=8)
        else:
            self.notify(t("tui.home.nothing_unfinished"), timeout=3)

    # -- what needs attention ----------------------------------------------------------------

    def refresh_attention(self) -> None:
        self.query_one("#attention", AttentionPanel).show(coverage.attention_numbers(self.context))

    def action_attention(self, kind: str) -> None:
        self.app.open(places.Attention(kind))

    def action_programme(self) -> None:
        self.app.open(places.Programme())

    def action_bundle(self) -> None:
        """The evidence bundle of the selected observation's teacher."""
        from observasi.queries import evidence
        from observasi.tui.dialogs.bundle import bundle_dialog

        key = cursor_key(self.table)
        if key is None:
            self.notify(t("year.tui.att.no_row"), severity="warning", timeout=4)
            return
        teacher = evidence.teacher_of(self.context, key)
        if teacher is None:
            self.notify(t("reachb.bundle.no_teacher"), severity="warning", timeout=4)
            return
        self.app.push_screen(bundle_dialog(self.context, teacher))

    def action_attachments(self) -> None:
        self._open_selected(places.Attachments)

    def action_versions(self) -> None:
        self._open_selected(places.Versions)  # the selected record's history

    def _open_selected(self, place: type[places.OfRecord]) -> None:
        key = cursor_key(self.table)
        if key is None:
            self.notify(t("year.tui.att.no_row"), severity="warning", timeout=4)
            return
        self.app.open(place(key))

    # -- filters and search ---------------------------------------------------------------------

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "f-form" and not self._installed_forms_shown:
            self._installed_forms_shown = True
            self.query_one("#f-form", Select).set_options(observations.filter_choices(self.context).forms)

    def fill_filter_choices(self, choices: FilterChoices) -> None:
        self.query_one("#f-teacher", Select).set_options(choices.teachers)
        if not self._installed_forms_shown:  # already the longer list: keep it
            self.query_one("#f-form", Select).set_options(choices.forms)
        self.query_one("#f-semester", Select).set_options(choices.semesters)

    def _apply(self, **changes: Any) -> None:
        self.filters = replace(self.filters, **changes)
        self.load_observations(self.filters)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        # Wait for a pause in typing, then query once.
        if self._search_timer is not None:
            self._search_timer.stop()
        value = event.value
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._apply(search=value))

    @on(Input.Submitted, "#search")
    def _search_done(self, event: Input.Submitted) -> None:
        self._to_list(event.value)

    def on_key(self, event: Any) -> None:
        # Down from the search box goes to the list, as Enter does.
        if event.key == "down" and self.focused is not None and self.focused.id == "search":
            event.stop()
            self._to_list(self.query_one("#search", Input).value)

    def _to_list(self, search: str) -> None:
        """Leave the search box for the list, on its first row: the search runs at once
        (no waiting for the pause), so the Enter that follows opens the first row of what
        was searched, never a row the cursor was on before."""
        if self._search_timer is not None:
            self._search_timer.stop()
        if search != self.filters.search:
            self.filters = replace(self.filters, search=search)
            self.fill_observations(self._list(self.filters), self.filters)
        self.table.move_cursor(row=0)
        self.table.focus()

    @on(Select.Changed)
    def _filter_changed(self, event: Select.Changed) -> None:
        names = {"f-teacher": "teacher_id", "f-status": "status", "f-form": "form_id", "f-semester": "semester"}
        if event.select.id in names:
            self._apply(**{names[event.select.id]: selected(event.select)})

    # Keys that are letters or digits: typed as text while the search box has the focus.
    TYPED_IN_SEARCH = frozenset(
        b.action for b in BINDINGS if isinstance(b, Binding) and (len(b.key) == 1 or b.key == "slash")
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the search box has the focus, the footer does not name the letter keys:
        they would be typed into the search, not act."""
        return not (action in self.TYPED_IN_SEARCH and isinstance(self.focused, SearchBox))

    def action_search(self) -> None:
        """A new search: the box with its old text selected, so what is typed replaces it
        (the walk's "nguyen" typed after "nguyen" found nothing); Esc leaves it as it was."""
        box = self.query_one("#search", SearchBox)
        self.set_focus(box)
        box.select_all()

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        for select in self.query("#filters Select").results(Select):
            select.clear()
        self.filters = ListFilters(order=self.filters.order)
        self.load_observations(self.filters)
        self.table.focus()

    def action_sort(self) -> None:
        following = ORDERS[(ORDERS.index(self.filters.order) + 1) % len(ORDERS)]
        self._apply(order=following)

    @on(DataTable.HeaderSelected, "#observations")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        orders = HEADER_ORDERS.get(str(event.column_key.value))
        if not orders:
            return
        current = self.filters.order
        following = orders[(orders.index(current) + 1) % len(orders)] if current in orders else orders[0]
        self._apply(order=following)

    # -- loading -------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="home-list", exit_on_error=False)
    def load_observations(self, filters: ListFilters) -> None:
        rows = self._list(filters)
        self.app.call_from_thread(self.fill_observations, rows, filters)

    def _list(self, filters: ListFilters) -> list[ObservationSummary]:
        """At most LIMIT + 1 rows, so the screen can say there are more."""
        return observations.list_observations(self.context, filters, LIMIT + 1)

    def fill_observations(self, rows: list[ObservationSummary], filters: ListFilters) -> None:
        if filters != self.filters:
            return  # a newer query is on its way
        table = self.table
        # Another search or filter: the cursor starts on the first row found, never on
        # whatever row now sits where it was. Only a new order keeps the row selected.
        same_list = self._shown is not None and replace(self._shown, order=filters.order) == filters
        selected = cursor_key(table) if same_list else None
        self._shown = filters
        self._rows = rows
        self._fill_rows(rows)
        if selected is None:
            table.move_cursor(row=0)
        else:
            restore_cursor(table, selected)
        info = t("tui.home.count_more", limit=LIMIT) if len(rows) > LIMIT else t("tui.home.count", count=len(rows))
        info += " · " + t("tui.home.sorted", order=t(f"tui.order.{filters.order}"))
        if any(row.nilai and row.status != Status.final for row in rows[:LIMIT]):
            info += " · " + t("firstdayb.home.provisional_legend")
        if not rows and not filters.narrowed:
            info = t("tui.home.empty")
        self.query_one("#list-info", Static).update(Text(info, style="dim"))

    def _fill_rows(self, rows: list[ObservationSummary]) -> None:
        table = self.table
        table.clear()
        conflicted = conflicts.conflicted_ids(self.context)
        for row in rows[:LIMIT]:
            table.add_row(*row_cells(row, self._layout, row.id in conflicted), key=row.id)

    # -- opening ---------------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#observations")
    def _open_observation(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.app.open_observation(event.row_key.value)

    def action_new(self) -> None:
        self.app.action_new_observation()

    def action_teachers(self) -> None:
        self.app.open(places.Teachers())

    def action_recap(self) -> None:
        self.app.action_recap()

    def action_sync(self) -> None:
        self.app.action_sync()

    def action_settings(self) -> None:
        self.app.action_settings()

    def action_forms(self) -> None:
        self.app.action_forms()

    def palette_commands(self) -> list[PaletteCommand]:
        commands: list[PaletteCommand] = []
        if self.unfinished is not None:
            commands.append((t("tui.home.key.resume"), t("tui.cmd.resume_help"), self.action_resume))
        commands.append((t("tui.home.key.teachers"), t("tui.cmd.teachers_help"), self.action_teachers))
        commands.append((t("year.tui.title"), t("year.tui.cmd_help"), lambda: self.action_attention("planned")))
        commands.append((t("year.tui.key.programme"), t("year.help.programme"), self.action_programme))
        commands.append((t("reachb.bundle.key"), t("reachb.bundle.cmd_help"), self.action_bundle))
        commands.append((t("tui.home.key.sort"), t("tui.cmd.sort_help"), self.action_sort))
        return commands
