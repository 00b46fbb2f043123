"""The live screen's keys that depend on the lesson itself: which keys work in which state
of the lesson, Esc and ctrl+q (leaving; asks while a typed line is not saved or the clock
runs) and f4 (the whole rubric of the focused indicator, for a terminal too narrow to
show it)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from textual.app import App
from textual.binding import Binding, BindingType

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.lesson import elapsed_seconds
from observasi.core.record import Observation
from observasi.core.status import Status
from observasi.i18n import t
from observasi.queries import records
from observasi.queries.records import StoreBusy
from observasi.tui.change_queue import Then
from observasi.tui.dialogs.lesson_edits import fix_evidence, leave_lesson
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.rubric_full import show_full_rubric
from observasi.tui.render import local_time
from observasi.tui.textual_adapter import withdraw_toast
from observasi.tui.widgets.evidence_line import EvidenceLine

# The live screen's keys (observation_screen.ObservationScreen.BINDINGS); each lesson key is
# shown only in the lesson states key_allowed names.
LIVE_BINDINGS: list[BindingType] = [
    Binding("ctrl+n", "start", "tui.live.key.start", id="live.start", tooltip="tui.live.tip.start"),
    Binding("ctrl+n", "next_stage", "tui.live.key.next_stage", id="live.next_stage", tooltip="tui.live.tip.next_stage"),
    Binding("ctrl+b", "pause", "tui.live.key.pause", id="live.pause", tooltip="tui.live.tip.pause"),
    Binding("ctrl+l", "end_lesson", "tui.live.key.end", id="live.end", tooltip="tui.live.tip.end"),
    # After the lesson, the reflection's ctrl+o ("Skor") brought her here and the same key
    # takes her back (it did nothing while the footer named ^l); ctrl+l, the key that ended
    # the lesson and opened the reflection, still does too, unnamed.
    Binding("ctrl+o", "reflect", "tui.live.key.reflect", id="live.reflect"),
    Binding("ctrl+l", "reflect", "tui.live.key.reflect", id="live.reflect_l", show=False),
    # Before the lesson starts ctrl+l says why it does nothing yet (it was silent).
    Binding("ctrl+l", "not_started", "tui.live.key.end", id="live.not_started", show=False),
    Binding("ctrl+r", "snapshot", "tui.live.key.snapshot", id="live.snapshot", show=False),
    Binding("ctrl+t", "tag_evidence", "tui.live.key.tag", id="live.tag", show=False),
    Binding(
        "slash",
        "focus_evidence",
        "tui.live.key.evidence",
        id="live.evidence",
        tooltip="tui.live.tip.evidence",
        priority=True,
    ),
    Binding("escape", "leave_line", "tui.live.key.leave_line", id="live.leave_line", show=False, priority=True),
    # Enter and ctrl+t in the evidence line give the keys back to the list the moment they
    # arrive, as Esc does (a digit typed right after Enter scores); the line is stamped in
    # its own order (EvidenceLine.stamp_in_order).
    Binding("enter", "stamp_line", "fx10l.live.key.stamp", id="live.stamp_line", show=False, priority=True),
    Binding("ctrl+t", "stamp_line(True)", "tui.live.key.tag", id="live.stamp_tagged", show=False, priority=True),
    Binding("f2", "details", "tui.live.key.details", id="live.details", show=False),
    Binding("f3", "edit_evidence", "tui.live.key.edit_evidence", id="live.edit_evidence", show=False),
    Binding("f4", "full_rubric", "firstday.live.key.rubric", id="live.full_rubric", show=False),
    Binding("escape", "leave", "tui.key.back", id="live.back"),
]


class _Lesson(Protocol):
    context: AppContext

    @property
    def app(self) -> App[Any]: ...
    @property
    def obs(self) -> Observation: ...
    @property
    def inst(self) -> Instrument: ...
    @property
    def running(self) -> bool: ...
    @property
    def current_indicator(self) -> str | None: ...
    @property
    def evidence_input(self) -> EvidenceLine: ...
    def dismiss(self, result: Any = None) -> Any: ...
    def ask_before_leaving(self, leave: Callable[[], object], stay: Callable[[], object]) -> None: ...
    def drop_line(self) -> None: ...
    def submit(self, change: ch.Change, then: Then | None = None) -> None: ...


class LessonKeys:
    """Mixed into the live screen, which has what :class:`_Lesson` names."""

    def action_leave(self: _Lesson) -> None:
        minutes = elapsed_seconds(self.obs) // 60
        self.ask_before_leaving(
            lambda: leave_lesson(self.app, self.running, self.obs.teacher.name, minutes, self.dismiss), lambda: None
        )

    def ask_before_leaving(self: _Lesson, leave: Callable[[], object], stay: Callable[[], object]) -> None:
        """Esc and ctrl+q: a line typed in the evidence box and not saved with Enter is
        named and kept on "Batal" (it was dropped without a word); nothing typed: *leave*."""
        typed = " ".join(self.evidence_input.value.split())
        if not typed:
            leave()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.drop_line()
            (leave if discard else stay)()

        # From the list, Enter opens a note: the way back to the line is / first.
        in_line = self.evidence_input.has_focus
        lines = [t("ux8w.live.unsaved_line" if in_line else "fx11l.live.unsaved_line", text=typed)]
        # The restored line's toast (30 s) lay over the question's buttons at 80x24; the
        # question names the text itself.
        withdraw_toast(self.app, self.evidence_input.restored)
        question = ConfirmDialog(t("firstday.unsaved.title"), lines, t("firstday.unsaved.discard"), destructive=True)
        self.app.push_screen(question, answered)

    # -- the evidence line's draft (records' note drafts, place LINE) ----------------------

    def keep_line(self: _Lesson, text: str) -> None:
        """What is typed in the evidence line, kept beside the record (a blank line: nothing)."""
        with contextlib.suppress(StoreBusy):  # another program's write: the next change keeps it
            if text.strip():
                records.keep_note_draft(self.context, self.obs.id, "", text, None, records.LINE)
            else:
                records.drop_note_draft(self.context, self.obs.id, records.LINE)

    def drop_line(self: _Lesson) -> None:
        """The line thrown away on purpose: emptied, and no draft of it left."""
        line = self.evidence_input
        line.forget_restored()
        line.value, line.kept = "", False
        with contextlib.suppress(StoreBusy):
            records.drop_note_draft(self.context, self.obs.id, records.LINE)

    def restore_line(self: _Lesson) -> bool:
        """A line half typed when the app ended (killed, the battery flat) back in the line,
        and said so with the key back into it (the keys stay the list's: a digit typed
        right after c scores); whether there was one. A draft that is the last saved line
        is dropped."""
        draft = records.note_draft(self.context, self.obs.id, records.LINE)
        if draft is None:
            return False
        last = self.obs.evidence[-1].text if self.obs.evidence else None
        if not draft.note.strip() or draft.note.strip() == last:
            records.drop_note_draft(self.context, self.obs.id, records.LINE)
            return False
        line = self.evidence_input
        line.restored = t("fx11l.line.restored", time=local_time(draft.typed_at))
        line.value, line.kept, line.cursor_position = draft.note, True, len(draft.note)
        self.app.notify(line.restored, timeout=30)
        return True

    def ask_restored_line(self: _Lesson, leave: Callable[[], object]) -> None:
        """Esc on a line restored after the app ended: the text is shown and asked about;
        "Batal" stays in the line with it, only "Buang" drops it (as a restored note)."""
        text = self.evidence_input.value

        def answered(drop: bool | None) -> None:
            if drop:
                self.drop_line()
                leave()

        lines = [t("fx10l.line.drop_lines"), text]
        withdraw_toast(self.app, self.evidence_input.restored)  # it lay over the buttons
        question = ConfirmDialog(t("fx10l.line.drop_title"), lines, t("r9.note.drop_restored_key"), destructive=True)
        self.app.push_screen(question, answered)

    def action_edit_evidence(self: _Lesson) -> None:
        """f3: correct an evidence line: its text, its tag, or remove it."""
        if not self.obs.evidence:
            self.app.notify(t("tui.live.no_evidence"), severity="warning", timeout=3)
            return
        fix_evidence(
            self.app,
            self.obs.evidence,
            lambda change: self.submit(change, lambda _: self.app.notify(t("tui.evidence.saved"), timeout=2)),
        )

    def action_not_started(self: _Lesson) -> None:
        self.app.notify(t("firstdayb.live.not_started"), timeout=5)

    def action_full_rubric(self: _Lesson) -> None:
        show_full_rubric(self.app, self.obs, self.inst, self.current_indicator)


def key_allowed(action: str, obs: Observation, inst: Instrument, focused_id: str | None) -> bool:
    """Whether the live screen's *action* works now (a key that does not is not shown)."""
    status = obs.status
    if action in ("start", "not_started"):
        return status is Status.draft
    if action in ("next_stage", "pause", "end_lesson"):
        return status is Status.observing
    if action == "snapshot":
        return status is Status.observing and inst.snapshot is not None
    if action == "reflect":
        return status is Status.reflecting
    if action in ("leave_line", "stamp_line"):
        return focused_id == "evidence"
    return True
