"""The live observation: the lesson clock, stages, scores, evidence, tallies, snapshots.

Two places take keys. The indicator list (focused at the start) scores and counts:
digits, arrows, minus, Enter for a note, and the form's tally letters. The evidence
line (/ or Tab to enter it, Esc to leave) takes free text: Enter stamps it with the
lesson minute, ctrl+t stamps it and tags it to the focused indicator; either hands the
keys back to the list, so letters typed next count and digits score again. The lesson keys
(ctrl+n stage, ctrl+b pause, ctrl+r snapshot, ctrl+l end) work from both, taken in the
order typed with the text or digits around them: a stage begun is in the record before
the evidence typed after it is stamped. / and Esc act the moment they arrive (priority
bindings), so the key typed next already goes to the line or the list. (Enter and ctrl+t
act in the line's order: keys typed faster than the line takes them stay its text.)

The screen keeps no copy of the record: it asks the live-record service for every change
(through a :class:`~observasi.tui.change_queue.ChangeQueue`, in the order asked) and
draws what the service returns, after it is saved.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import STAGE_ORDER
from observasi.core.lesson import elapsed_seconds, snapshot_due
from observasi.core.scoring import ScoreResult
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries.records import Saved, live_record
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand
from observasi.tui.change_queue import ChangeQueue, LiveRecordView, Then
from observasi.tui.cursor_keeper import CursorKeeper
from observasi.tui.dialogs.lesson_edits import edit_note, reopen_note
from observasi.tui.dialogs.lesson_keys import LIVE_BINDINGS, LessonKeys, key_allowed
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import SnapshotDialog
from observasi.tui.render import lesson_line, recent_evidence, score_line, tallies_line
from observasi.tui.widgets.evidence_line import EvidenceLine
from observasi.tui.widgets.indicator_list import IndicatorList
from observasi.tui.widgets.rubric_box import RubricBox

RECENT_EVIDENCE = 3


class ObservationScreen(LessonKeys, LiveRecordView, BaseScreen[None]):
    TITLE_KEY = "tui.live.title"
    HELP_KEY = "tui.live.help"

    BINDINGS = LIVE_BINDINGS
    # The lesson keys, handled by the list and the evidence line themselves, in the order
    # typed with the digits and the text around them (see on_mount).
    LESSON_KEYS = {"ctrl+n": "advance", "ctrl+b": "pause", "ctrl+l": "finish", "ctrl+r": "snapshot"}

    def __init__(self, context: AppContext, obs_id: str) -> None:
        super().__init__(context)
        self.obs_id = obs_id
        self.live = live_record(context, obs_id)
        self.changes = ChangeQueue(self, self.live, self.show_saved, self._show_waiting)
        self._snapshot_warned = -1
        self._keys_for: Status | None = None  # the lesson state the footer's keys were shown for
        self.cursor = CursorKeeper(context, lambda: (self.obs, self.inst), lambda: bool(self.changes))

    # -- what the service holds (read, never copied) ------------------------------------------

    @property
    def result(self) -> ScoreResult:
        return self.live.score

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="live-info")
        yield Static(id="live-score")
        with Horizontal(id="live-body"):
            yield IndicatorList(
                self.inst, self.obs.ratings, self.submit, start_at=self.cursor.start_at(), id="indicators"
            )
            yield RubricBox(id="rubric-box")
        yield Static(id="snapshot-due")
        yield Static(id="save-state")
        with Vertical(id="evidence-box"):
            yield Static(id="evidence-recent")
            yield EvidenceLine(
                lambda: self.indicators.current_id,
                self._stamped,
                self.keep_line,
                placeholder=t("tui.live.evidence_placeholder"),
                id="evidence",
                compact=True,
            )
        yield Static(id="tallies")
        yield Footer(compact=True)

    @property
    def indicators(self) -> IndicatorList:
        return self.query_one("#indicators", IndicatorList)

    @property
    def current_indicator(self) -> str | None:
        return self.indicators.current_id

    @property
    def evidence_input(self) -> EvidenceLine:
        return self.query_one("#evidence", EvidenceLine)

    def on_mount(self) -> None:
        self.indicators.screen_keys.update(self.LESSON_KEYS, **{"ctrl+t": "tag_evidence"})
        self.evidence_input.screen_keys.update(self.LESSON_KEYS)  # the line's ctrl+t is the screen's
        # A line half typed when the app ended comes back in the line; the keys stay the
        # list's (a digit typed right after c scores), / goes into the line.
        self.restore_line()
        self.indicators.focus()
        self.query_one("#save-state", Static).display = False
        self.refresh_all()
        self.set_interval(1.0, self.tick)
        # A note dialog open when the app ended comes back with what was typed in it.
        self.call_after_refresh(reopen_note, self.app, self.context, self.obs, self.inst, self.submit)

    def on_unmount(self) -> None:
        self.cursor.tick()  # left within a second of a move (Esc, ctrl+l): kept now

    def on_resize(self) -> None:
        self.refresh_evidence()  # the rubric box follows the width by itself
        self.refresh_score()  # a verbal form's counts by name or by digit, as the width allows

    def rebuilt(self) -> Screen[Any] | None:
        return ObservationScreen(self.context, self.obs_id)

    # -- saving, in order ------------------------------------------------------------------------

    def submit(self, change: ch.Change, then: Then | None = None) -> None:
        """Save *change* after every change asked before it; *then* runs once it is saved."""
        self.changes.submit(change, then)

    def _show_waiting(self, reason: str | None) -> None:
        line = self.query_one("#save-state", Static)
        line.display = reason is not None
        if reason is not None:
            line.update(Text(t("tui.live.waiting", count=len(self.changes), reason=reason), style="bold yellow"))

    def show_saved(self, saved: Saved) -> None:
        """Draw what a change saved."""
        scored = {e.indicator_id for e in saved.events if isinstance(e, ch.Scored | ch.Noted)}
        if scored:
            self.indicators.show(saved.record.ratings, scored)
            self.refresh_score()
            self.cursor.moved(self.indicators.current_id)  # a score changes what the scores say
        if any(isinstance(e, ch.EvidenceChanged) for e in saved.events):
            self.refresh_evidence()
        if any(isinstance(e, ch.TallyCounted) for e in saved.events):
            self.refresh_tallies()
        if any(isinstance(e, ch.SnapshotTaken) for e in saved.events):
            self.check_snapshot_due()
        # A score or a note changes neither the lesson's state nor its clock (the clock's
        # tick redraws the top line): at a score key only what it changed is drawn.
        if not saved.events or not all(isinstance(e, ch.Scored | ch.Noted) for e in saved.events):
            self.refresh_header()
        self.refresh_rubric()

    # -- what is shown ----------------------------------------------------------------------

    def refresh_all(self) -> None:
        self.indicators.show(self.obs.ratings)
        self.refresh_header()
        self.refresh_score()
        self.refresh_evidence()
        self.refresh_tallies()
        self.refresh_rubric()

    @property
    def running(self) -> bool:
        return self.obs.status is Status.observing and self.obs.started_at is not None and not self.obs.paused_at

    def refresh_header(self) -> None:
        # One line high (app.tcss): its text changes, never its size, so no layout pass.
        self.query_one("#live-info", Static).update(lesson_line(self.obs), layout=False)
        # The keys offered follow the lesson's state (key_allowed): the footer is asked
        # again when that changes, not at every score and clock tick (the footer then
        # builds every key anew: that was most of a keystroke's cost on this screen).
        if self.obs.status is not self._keys_for:
            self._keys_for = self.obs.status
            self.refresh_bindings()

    def refresh_score(self) -> None:
        width = self.app.size.width - 2  # the line's padding (app.tcss)
        score = Text(score_line(self.result, self.inst, width=width), style="bold")
        self.query_one("#live-score", Static).update(score, layout=False)  # one line high, as above

    def refresh_tallies(self) -> None:
        tallies = self.query_one("#tallies", Static)
        tallies.display = bool(self.inst.tallies)
        if self.inst.tallies:
            tallies.update(tallies_line(self.obs, self.inst))

    def refresh_evidence(self) -> None:
        # A short terminal has room for the latest line only.
        count = 1 if self.app.size.height < 30 else RECENT_EVIDENCE
        self.query_one("#evidence-recent", Static).update(recent_evidence(self.obs, count))

    def refresh_rubric(self, indicator_id: str | None = None) -> None:
        if indicator_id := indicator_id or self.indicators.current_id:
            self.query_one(RubricBox).show(self.obs, self.inst, indicator_id)

    def tick(self) -> None:
        self.cursor.tick()
        if not self.changes:
            self.follow_changes_elsewhere()
        if not self.running:
            return
        self.refresh_header()
        self.check_snapshot_due()

    def follow_changes_elsewhere(self) -> None:
        """A sync (or another window) changed the record: show what it holds now. A
        database too busy to answer is asked again at the next tick."""
        try:
            if not self.live.changed_elsewhere():
                return
            before, after = self.obs, self.live.reload()
        except (UserError, sqlite3.Error):
            return
        self.refresh_all()
        self.tell_changed_elsewhere(before, after)

    def snapshot_due_minute(self) -> int | None:
        """The lesson minute of the snapshot that is due now, if one is."""
        return snapshot_due(self.obs, self.inst)

    def check_snapshot_due(self) -> None:
        due = self.snapshot_due_minute()
        banner = self.query_one("#snapshot-due", Static)
        if due is None:
            banner.display = False
            return
        banner.display = True
        banner.update(Text(t("tui.live.snapshot_due", minute=due), style="bold"))
        if self._snapshot_warned != due:
            self._snapshot_warned = due
            self.notify(t("tui.live.snapshot_due", minute=due), timeout=6)

    # -- enabling keys by state --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return key_allowed(action, self.obs, self.inst, self.focused.id if self.focused is not None else None)

    # -- scores, notes, tallies ------------------------------------------------------------------

    @on(IndicatorList.Moved)
    def _moved(self, event: IndicatorList.Moved) -> None:
        self.refresh_rubric(event.indicator_id)
        self.cursor.moved(event.indicator_id)

    @on(IndicatorList.NoteRequested)
    def _note(self, event: IndicatorList.NoteRequested) -> None:
        edit_note(self.app, self.context, self.obs, self.inst, event.indicator_id, self.submit)

    # -- evidence --------------------------------------------------------------------------------

    def action_focus_evidence(self) -> None:
        self._hand_focus(self.indicators, self.evidence_input)

    def action_leave_line(self) -> None:
        if self.evidence_input.restored and self.evidence_input.value.strip():
            self.ask_restored_line(self.action_leave_line)  # after "Buang" the line is empty
            return
        self._hand_focus(self.evidence_input, self.indicators)

    def action_stamp_line(self, tagged: bool = False) -> None:
        """Enter / ctrl+t in the line, as they arrive: the keys typed next are the list's;
        the line is stamped once the characters typed before are in it."""
        self.evidence_input.stamp_in_order(tagged)
        self._hand_focus(self.evidence_input, self.indicators)

    def _hand_focus(self, left: IndicatorList | EvidenceLine, to: IndicatorList | EvidenceLine) -> None:
        """Now, so the next key goes to *to*; which handles it once *left* is done with
        the keys typed before."""
        to.gate.close_until_done(left)
        self.set_focus(to)

    def _stamped(self, text: str, at: str, indicator_id: str | None) -> None:
        """Enter or ctrl+t in the evidence line (run in the line's own order of keys): save
        the line (the keys typed after them went to the list: letters count, digits score)."""
        if text:
            self.submit(ch.AddEvidence(text, indicator_id, at=at), lambda _: self._evidence_saved(indicator_id))
        elif indicator_id is not None:
            self.action_tag_evidence(indicator_id)

    def _evidence_saved(self, indicator_id: str | None) -> None:
        self.evidence_input.keep_now()  # saved: its draft goes (a line typed since is kept)
        said = t("tui.evidence.saved")
        if indicator_id is not None:
            said = t("ux5.live.saved_tagged", id=indicator_id)
        self.notify(said, timeout=2)

    def action_tag_evidence(self, indicator_id: str | None = None) -> None:
        """Tag the latest evidence line to the focused indicator."""
        indicator_id = indicator_id or self.indicators.current_id
        if indicator_id is not None:
            self.submit(
                ch.TagLastEvidence(indicator_id),
                lambda _: self.notify(t("tui.live.tagged_last", id=indicator_id), timeout=2),
            )

    # -- the lesson clock and stages -----------------------------------------------------------------

    def action_advance(self) -> None:
        """ctrl+n: start the lesson, then each next stage."""
        if self.obs.status is Status.draft:
            self.action_start()
        elif self.obs.status is Status.observing:
            self.action_next_stage()

    def action_finish(self) -> None:
        """ctrl+l: end the lesson, or (after it) go on to the reflection."""
        if self.obs.status is Status.observing:
            self.action_end_lesson()
        elif self.obs.status is Status.reflecting:
            self.action_reflect()
        else:
            self.action_not_started()

    def action_start(self) -> None:
        self.submit(ch.StartLesson(STAGE_ORDER[0].value), lambda _: self.notify(t("tui.live.started"), timeout=3))

    def action_next_stage(self) -> None:
        def marked(saved: Saved) -> None:
            event = saved.event(ch.StageMarked)
            if isinstance(event, ch.StageMarked):
                self.notify(t("tui.live.stage_marked", stage=t(f"stage.{event.stage}"), minute=event.minute), timeout=3)

        self.submit(ch.NextStage(), marked)

    def action_pause(self) -> None:
        self.submit(ch.TogglePause())

    def action_snapshot(self) -> None:
        snapshot = self.inst.snapshot
        if snapshot is None:
            return
        minute = elapsed_seconds(self.obs) // 60

        def save(values: dict[str, str] | None) -> None:
            if values is not None:
                self.submit(ch.AddSnapshot(values, minute), lambda _: self.notify(t("tui.saved"), timeout=2))

        self.app.push_screen(SnapshotDialog(snapshot, minute), save)

    def action_end_lesson(self) -> None:
        lines = [t("tui.live.end_question", minutes=elapsed_seconds(self.obs) // 60)]
        if self.result.unscored:
            lines.append(t("tui.live.end_unscored", count=len(self.result.unscored)))

        def ended(_: Saved) -> None:
            self.app.publish_soon()
            self.open_reflection()

        def done(confirmed: bool | None) -> None:
            if confirmed:
                self.submit(ch.EndLesson(), ended)

        self.app.push_screen(ConfirmDialog(t("tui.live.end_title"), lines, t("tui.live.end_confirm")), done)

    def action_reflect(self) -> None:
        self.open_reflection()

    def open_reflection(self) -> None:
        # A line typed in the evidence box and not saved is named first (it would be dropped).
        self.ask_before_leaving(lambda: self.app.replace_with(places.Reflection(self.obs_id)), lambda: None)

    def action_details(self) -> None:
        """Edit the pra-observasi details (class, topic, focus ...) of this record."""

        def back(_: object = None) -> None:
            self.live.reload()
            self.refresh_all()

        self.app.open(places.Details(self.obs_id), back)

    def palette_commands(self) -> list[PaletteCommand]:
        commands: list[PaletteCommand] = [
            (t("tui.live.key.evidence"), t("tui.cmd.evidence_help"), self.action_focus_evidence)
        ]
        if self.obs.status is Status.observing:
            commands.append((t("tui.live.key.end"), t("tui.cmd.end_help"), self.action_end_lesson))
            commands.append((t("tui.live.key.pause"), t("tui.cmd.pause_help"), self.action_pause))
        if self.obs.status is Status.reflecting:
            commands.append((t("tui.live.key.reflect"), t("tui.cmd.reflect_help"), self.action_reflect))
        return commands
