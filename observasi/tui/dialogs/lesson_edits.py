"""The dialogs the live screen opens, and the change each one asks for: an indicator's
note, the correction of an evidence line. The change goes to *ask*; the screen saves it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.app import App

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Evidence, Observation
from observasi.i18n import t
from observasi.tui.dialogs.leaving import leave_lesson_question
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
from observasi.tui.dialogs.record_parts import EvidenceListDialog, NoteDialog
from observasi.tui.render import evidence_line


def fix_evidence(app: App[Any], evidence: Sequence[Evidence], ask: Callable[[ch.Change], None]) -> None:
    """Open the list of *evidence* lines; the correction chosen is passed to *ask*."""

    def chosen(result: tuple[str, str] | None) -> None:
        if result is None:
            return
        action, evidence_id = result
        item = next(e for e in evidence if e.id == evidence_id)
        if action == "untag":
            ask(ch.TagEvidence(item.id, None))
        elif action == "delete":

            def confirmed(yes: bool | None) -> None:
                if yes:
                    ask(ch.RemoveEvidence(item.id))

            app.push_screen(
                ConfirmDialog(t("tui.evidence.delete_title"), [item.text], t("tui.evidence.key.delete")), confirmed
            )
        else:

            def edited(text: str | None) -> None:
                if text:
                    ask(ch.EditEvidence(item.id, text))

            app.push_screen(
                TextPrompt(t("tui.evidence.edit_title"), t("tui.evidence.edit_label"), item.text, required=True),
                edited,
            )

    app.push_screen(EvidenceListDialog([(e.id, evidence_line(e)) for e in evidence]), chosen)


def edit_note(
    app: App[Any], record: Observation, inst: Instrument, indicator_id: str, ask: Callable[[ch.Change], None]
) -> None:
    """The note of an indicator (and its recommendation, on forms that ask one)."""
    ind = inst.indicator(indicator_id)
    if ind is None:
        return
    rating = record.ratings.get(indicator_id)
    recommendation = (rating.recommendation if rating else "") if ind.recommendation_prompt else None

    def save(result: tuple[str, str] | None) -> None:
        if result is not None:
            note, recommendation_text = result
            ask(ch.SetNote(ind.id, note, recommendation_text if recommendation is not None else None))

    app.push_screen(
        NoteDialog(
            t("tui.note.title", id=ind.id),
            rating.note if rating else "",
            recommendation,
            ind.recommendation_prompt or ind.evidence_prompt,
        ),
        save,
    )


def leave_lesson(app: App[Any], running: bool, teacher: str, minutes: int, leave: Callable[[], object]) -> None:
    """*leave* at once when the clock is stopped; else after asking (two Esc presses, one
    to leave the evidence line, must not leave a running lesson)."""
    if not running:
        leave()
        return

    def answered(confirmed: bool | None) -> None:
        if confirmed:
            leave()

    app.push_screen(leave_lesson_question(teacher, minutes), answered)
