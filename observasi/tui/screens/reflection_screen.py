"""Pasca-observasi: the teacher's reflection, strengths, areas to improve, the follow-up
plan, the teacher's acknowledgement (received, not agreed), and finalising.

Each text is saved as it is typed, through the live-record service (one short
transaction per change); the line at the top says "saved" only after the commit returned.
The screen keeps no copy of the record: it shows what the service holds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.dates import short_iso_date
from observasi.core.instrument import Instrument
from observasi.core.record import FollowUp, Observation
from observasi.core.scoring import chosen_sections
from observasi.core.text import displayable
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import records
from observasi.queries.records import Saved, live_record
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.change_queue import ChangeQueue, LiveRecordView
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import FollowUpDialog
from observasi.tui.render import local_time, score_line
from observasi.tui.widgets.followup_table import FollowUpTable


def finalise_problems(obs: Observation, inst: Instrument, unscored: list[str]) -> list[str]:
    """What is still unscored or missing, one line each (empty: nothing missing). On a
    form that scores the sections the teacher chose, sections scored beyond that number
    come first: a digit too many begins one, and its other indicators then count unscored."""
    lines: list[str] = []
    chosen = chosen_sections(inst, obs.ratings)
    if inst.choose_sections and len(chosen) > inst.choose_sections:
        titles = ", ".join(section.title for section in chosen)
        lines.append(t("ux8w.final.too_many_sections", choose=inst.choose_sections, count=len(chosen), titles=titles))
    if unscored:
        shown = ", ".join(unscored[:8]) + (" …" if len(unscored) > 8 else "")
        lines.append(t("tui.final.unscored", count=len(unscored), ids=shown))
    unanswered = [q for q in inst.reflection if not obs.reflection.get(q.id, "").strip()]
    if unanswered:
        lines.append(t("tui.final.unanswered", count=len(unanswered)))
    if not obs.strengths.strip():
        lines.append(t("tui.final.no_strengths"))
    if not obs.improvements.strip():
        lines.append(t("tui.final.no_improvements"))
    if not obs.followups:
        lines.append(t("tui.final.no_followups"))
    if obs.acknowledgement is None:
        lines.append(t("tui.final.no_ack"))
    return lines


FOLLOWUP_COLUMNS = (
    "tui.followup.col_action",
    "tui.followup.col_measure",
    "tui.followup.col_support",
    "tui.followup.col_due",
)
# The deadline column holds a date ("16-12-2026"); the three texts share the rest 4:3:3.
DUE_WIDTH = 11


def column_widths(width: int, titles: tuple[str, ...] = ()) -> tuple[int, int, int, int]:
    """Widths of the four follow-up columns inside *width* cells (each column also takes
    two cells of padding). A text column is never narrower than its title where the room
    allows ("Ukuran keberhasi" at 80 columns): the action column, the widest, gives way."""
    rest = max(24, width - DUE_WIDTH - 4 * 2 - 2)
    action = rest * 4 // 10
    measure = rest * 3 // 10
    support = rest - action - measure
    if titles:
        measure_title, support_title = len(titles[1]), len(titles[2])
        grow = max(0, measure_title - measure) + max(0, support_title - support)
        if action - grow >= len(titles[0]):
            action -= grow
            measure, support = max(measure, measure_title), max(support, support_title)
    return action, measure, support, DUE_WIDTH


class ReflectionScreen(LiveRecordView, BaseScreen[None]):
    # On the follow-up table, Enter (edit) and Delete (remove) are named in the footer from
    # 100 columns; at 80 they cut "esc Kembali" off (the line above the table names them).
    FOOTER_FROM = {"refl.edit": 100, "refl.remove": 100}
    TITLE_KEY = "tui.refl.title"
    HELP_KEY = "tui.refl.help"

    BINDINGS = [
        Binding("ctrl+s", "finalise", "tui.refl.key.finalise", id="refl.finalise"),
        Binding("ctrl+o", "scores", "tui.refl.key.scores", id="refl.scores"),
        Binding("ctrl+g", "followups", "tui.refl.key.followups", id="refl.followups", show=False),
        Binding("escape", "leave", "tui.key.back", id="refl.back"),
    ]

    def __init__(self, context: AppContext, obs_id: str) -> None:
        super().__init__(context)
        self.obs_id = obs_id
        self.live = live_record(context, obs_id)
        self.changes = ChangeQueue(self, self.live, self._saved, self._waiting)
        # The record as the widgets last showed it: a sync's new content replaces a field
        # only where the widget still holds this (what the user typed and has not saved stays).
        self._shown = self.obs
        self._told_newer = False

    def compose(self) -> ComposeResult:
        obs = self.obs
        yield Header()
        yield Static(id="refl-info")
        yield Static(id="refl-saved")
        with VerticalScroll(id="refl-body"):
            for question in self.inst.reflection:
                yield Label(question.text, classes="field-label", markup=False)
                if question.hint:
                    yield Static(Text(question.hint, style="italic dim"), classes="hint")
                yield TextArea(obs.reflection.get(question.id, ""), id=f"q-{question.id}", classes="answer")
            yield Label(t("tui.refl.strengths"), classes="field-label")
            yield TextArea(obs.strengths, id="strengths", classes="answer")
            yield Label(t("tui.refl.improvements"), classes="field-label")
            yield TextArea(obs.improvements, id="improvements", classes="answer")
            yield Label(t("tui.refl.followups"), classes="field-label")
            yield Static(Text(t("tui.refl.followups_hint"), style="dim"), classes="hint")
            yield FollowUpTable(id="followups")
            yield Label(t("tui.refl.ack"), classes="field-label")
            yield Static(Text(t("tui.refl.ack_meaning"), style="italic"), classes="hint")
            yield Input(
                obs.acknowledgement.name if obs.acknowledgement else "",
                placeholder=t("tui.refl.ack_placeholder"),
                id="ack",
            )
            yield Static(id="ack-state")
        yield Footer(compact=True)

    @property
    def table(self) -> FollowUpTable:
        return self.query_one("#followups", FollowUpTable)

    def on_mount(self) -> None:
        self.refresh_info()
        self.refresh_followups()
        self.refresh_ack()
        first = self.query(TextArea).first()
        first.focus()
        # A sync (the sync screen, the command line, another window) may bring a newer
        # version of this record: looked for every second, a few microseconds each.
        self.set_interval(1.0, self.follow_changes_elsewhere)

    def on_screen_resume(self) -> None:
        self.follow_changes_elsewhere()

    def rebuilt(self) -> Screen[Any] | None:
        return ReflectionScreen(self.context, self.obs_id)

    def refresh_info(self) -> None:
        obs = self.obs
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(displayable(obs.teacher.name), style="bold")
        if obs.class_name:
            text.append(f" · {obs.class_name}")
        text.append("   ")
        text.append(score_line(self.live.score, self.inst, width=self.app.size.width - 2 - text.cell_len))
        self.query_one("#refl-info", Static).update(text)

    # -- a newer version from elsewhere ----------------------------------------------------------

    def _fields(self, obs: Observation) -> dict[str, str]:
        """What each editable widget (by id) shows of *obs*."""
        fields = {f"q-{question.id}": obs.reflection.get(question.id, "") for question in self.inst.reflection}
        fields["strengths"] = obs.strengths
        fields["improvements"] = obs.improvements
        fields["ack"] = obs.acknowledgement.name if obs.acknowledgement else ""
        return fields

    def show_record(self) -> tuple[bool, list[str]]:
        """Bring the widgets to the record held now: a field that changed since it was shown
        is replaced where the widget still holds the old value, and kept where the user has
        typed something not saved yet. Returns (whether a widget changed, the kept fields)."""
        before, now = self._fields(self._shown), self._fields(self.obs)
        changed, kept = False, []
        for widget_id, value in now.items():
            if value == before[widget_id]:
                continue  # not changed since shown: whatever the widget holds stays
            widget = self.query_one(f"#{widget_id}")
            assert isinstance(widget, (TextArea, Input))
            current = widget.text if isinstance(widget, TextArea) else widget.value
            if current == value:
                continue
            if current != before[widget_id]:
                kept.append(widget_id)  # the user's unsaved edit wins on the screen
                continue
            if isinstance(widget, TextArea):
                widget.text = value
            else:
                widget.value = value
            changed = True
        shown, self._shown = self._shown, self.obs
        self.refresh_info()
        if shown.followups != self.obs.followups:
            self.refresh_followups()
        if shown.acknowledgement != self.obs.acknowledgement:
            self.refresh_ack()
        return changed, kept

    def follow_changes_elsewhere(self) -> None:
        """A sync changed the record: show what it holds now, as the scoring screen does.
        While changes wait to be saved, say once that a newer version came; they are saved
        on top of it. A database too busy to answer is asked again at the next tick."""
        try:
            if not self.live.changed_elsewhere():
                return
            if self.changes:
                if not self._told_newer:
                    self._told_newer = True
                    self.notify(t("screens.newer_kept"), severity="warning", timeout=8)
                return
            before, after = self.obs, self.live.reload()
        except (UserError, sqlite3.Error):
            return
        self._told_newer = False
        _, kept = self.show_record()
        if kept:
            self.notify(t("screens.newer_kept"), severity="warning", timeout=8)
        else:
            self.tell_changed_elsewhere(before, after)

    def _saved(self, saved: Saved) -> None:
        if self.obs is not self._shown:
            # A save applies to the record as stored, which a sync may have changed since
            # the screen showed it: the other fields show what was stored with it.
            changed, _ = self.show_record()
            if changed:
                self.notify(t("tui.live.updated"), timeout=4)
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.query_one("#refl-saved", Static).update(Text("✓ " + t("tui.saved_at", time=now), style="green"))

    def _waiting(self, reason: str | None) -> None:
        if reason is not None:
            line = t("tui.live.waiting", count=len(self.changes), reason=reason)
            self.query_one("#refl-saved", Static).update(Text(line, style="bold yellow"))

    def on_resize(self) -> None:
        self.refresh_followups()

    def refresh_followups(self) -> None:
        """Every column in the width there is (none pushed off to the right): the texts
        wrap inside their column and a row grows to the lines it needs."""
        table = self.table
        key = cursor_key(table)
        table.clear(columns=True)
        width = table.size.width or self.app.size.width - 4
        titles = tuple(t(label) for label in FOLLOWUP_COLUMNS)
        for title, share in zip(titles, column_widths(width, titles), strict=True):
            table.add_column(title, width=share)
        for item in self.obs.followups:
            cells = (item.action, item.measure, item.support, short_iso_date(item.due))
            table.add_row(*(Text(cell) for cell in cells), key=item.id, height=None)
        restore_cursor(table, key)

    def refresh_ack(self) -> None:
        ack = self.obs.acknowledgement
        state = self.query_one("#ack-state", Static)
        if ack is None:
            state.update(Text(t("tui.refl.ack_none"), style="dim"))
        else:
            state.update(Text(t("tui.refl.ack_done", name=ack.name, when=local_time(ack.at)), style="green"))

    # -- text saved as it is typed -----------------------------------------------------------------

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        value = area.text
        if area.id in ("strengths", "improvements"):
            if getattr(self.obs, area.id) != value:
                self.changes.submit(ch.SetDetails({area.id: value}))
        elif area.id and area.id.startswith("q-"):
            question_id = area.id[2:]
            if self.obs.reflection.get(question_id, "") != value:
                self.changes.submit(ch.AnswerReflection(question_id, value))

    @on(Input.Submitted, "#ack")
    def _acknowledge(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.changes.submit(ch.Acknowledge(event.value), lambda _: self.refresh_ack())

    # -- follow-up plan -------------------------------------------------------------------------------

    def _current_followup(self) -> FollowUp | None:
        if not self.obs.followups or self.table.cursor_row < 0:
            return None
        row = min(self.table.cursor_row, len(self.obs.followups) - 1)
        return self.obs.followups[row]

    def _save_followup(self, item: FollowUp | None) -> None:
        if item is not None:
            self.changes.submit(ch.SaveFollowUp(item), lambda _: self.refresh_followups())

    @on(FollowUpTable.AddRequested)
    def add_followup(self) -> None:
        self.app.push_screen(FollowUpDialog(), self._save_followup)

    @on(FollowUpTable.EditRequested)
    def edit_followup(self) -> None:
        item = self._current_followup()
        if item is None:
            self.add_followup()
            return
        self.app.push_screen(FollowUpDialog(item), self._save_followup)

    @on(FollowUpTable.RemoveRequested)
    def remove_followup(self) -> None:
        item = self._current_followup()
        if item is None:
            return

        def done(confirmed: bool | None) -> None:
            if confirmed:
                self.changes.submit(ch.RemoveFollowUp(item.id), lambda _: self.refresh_followups())

        self.app.push_screen(
            ConfirmDialog(t("tui.followup.remove_title"), [item.action], t("tui.followup.remove")), done
        )

    def action_followups(self) -> None:
        self.table.focus()

    # -- finalise and elsewhere --------------------------------------------------------------------------

    def action_finalise(self) -> None:
        problems = finalise_problems(self.obs, self.inst, self.live.score.unscored)
        lines = [t("tui.final.question")]
        lines += [f"• {p}" for p in problems] if problems else [t("tui.final.complete")]
        # Typed before an app ended and never saved (an evidence line, a note): named, as
        # finalising keeps it beside the record but not in it (Batal, ctrl+o brings it back).
        lines += [t("fx11l.final.unsaved", text=text) for text in records.unsaved_drafts(self.context, self.obs)]
        lines.append(t("tui.final.lock_note"))

        def finalised(_: Saved) -> None:
            self.notify(t("tui.final.done"), timeout=4)
            self.app.publish_soon()
            self.app.replace_with(places.Record(self.obs_id))

        def done(confirmed: bool | None) -> None:
            if confirmed:
                self.changes.submit(ch.Finalise(), finalised)

        # Unscored indicators: the nilai would stand on part of the lesson, locked. The
        # question then starts on "Batal", so an Enter pressed too soon locks nothing.
        incomplete = bool(self.live.score.unscored)
        dialog = ConfirmDialog(t("tui.final.title"), lines, t("tui.final.confirm"), destructive=incomplete)
        self.app.push_screen(dialog, done)

    def action_scores(self) -> None:
        self.app.replace_with(places.Lesson(self.obs_id))

    def action_leave(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [
            (t("tui.refl.key.finalise"), t("tui.cmd.finalise_help"), self.action_finalise),
            (t("tui.refl.key.scores"), t("tui.cmd.scores_help"), self.action_scores),
            (t("tui.refl.key.add"), t("tui.cmd.followup_help"), self.add_followup),
            (t("history.tui.key.versions"), t("history.tui.cmd_help"), self.open_versions),
        ]

    def open_versions(self) -> None:
        self.app.open(places.Versions(self.obs_id))
