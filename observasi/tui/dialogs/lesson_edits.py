"""The dialogs the live screen opens, and the change each one asks for: an indicator's
note, the correction of an evidence line. The change goes to *ask*; the screen saves it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

from textual.app import App

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Evidence, Observation
from observasi.i18n import t
from observasi.queries import records
from observasi.queries.records import Saved, StoreBusy
from observasi.tui.dialogs.leaving import leave_lesson_question
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
from observasi.tui.dialogs.record_parts import EvidenceListDialog, NoteDialog
from observasi.tui.render import evidence_line, local_time


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
    app: App[Any],
    context: AppContext,
    record: Observation,
    inst: Instrument,
    indicator_id: str,
    submit: Callable[[ch.Change, Callable[[Saved], None]], None],
    draft: records.NoteDraft | None = None,
) -> None:
    """The note of an indicator (and its recommendation, on forms that ask one). What is
    typed is kept as the record's note draft until the note is saved or the dialog
    cancelled (a killed app lost it); *draft* is one such, left by an app that ended."""
    ind = inst.indicator(indicator_id)
    if ind is None:
        return
    rating = record.ratings.get(indicator_id)
    recommendation = (rating.recommendation if rating else "") if ind.recommendation_prompt else None

    def typed(note: str, recommendation_text: str | None) -> None:
        with contextlib.suppress(StoreBusy):  # another program's write: the next key keeps it
            records.keep_note_draft(context, record.id, ind.id, note, recommendation_text)

    def saved(_: Saved) -> None:
        records.drop_note_draft(context, record.id)
        app.notify(t("tui.saved"), timeout=2)

    def save(result: tuple[str, str] | None) -> None:
        if result is None and draft is not None and draft.note.strip():
            # Text the kill had once lost, brought back: Esc asks before it goes for good.
            typed_since = records.note_draft(context, record.id)  # the restored text, as edited since
            drop_restored(app, context, record, inst, indicator_id, submit, typed_since or draft)
            return
        if result is None:
            records.drop_note_draft(context, record.id)
            return
        note, recommendation_text = result
        submit(ch.SetNote(ind.id, note, recommendation_text if recommendation is not None else None), saved)

    restored = ""
    if draft is not None:
        recommendation = draft.recommendation if recommendation is not None else None
        restored = t("ux9t.note.restored", time=local_time(draft.typed_at))
    app.push_screen(
        NoteDialog(
            t("tui.note.title", id=ind.id),
            draft.note if draft is not None else rating.note if rating else "",
            recommendation,
            ind.recommendation_prompt or ind.evidence_prompt,
            typed=typed,
            restored=restored,
        ),
        save,
    )


def drop_restored(
    app: App[Any],
    context: AppContext,
    record: Observation,
    inst: Instrument,
    indicator_id: str,
    submit: Callable[[ch.Change, Callable[[Saved], None]], None],
    draft: records.NoteDraft,
) -> None:
    """Esc on a note restored after the app ended: the text is shown and asked about; "Batal"
    goes back to the note with it, only "Buang" drops it."""

    def answered(drop: bool | None) -> None:
        if drop:
            records.drop_note_draft(context, record.id)
        else:
            edit_note(app, context, record, inst, indicator_id, submit, draft)

    lines = [t("r9.note.drop_restored_lines"), draft.note, *([draft.recommendation] if draft.recommendation else [])]
    app.push_screen(
        ConfirmDialog(t("r9.note.drop_restored_title"), lines, t("r9.note.drop_restored_key"), destructive=True),
        answered,
    )


def reopen_note(
    app: App[Any],
    context: AppContext,
    record: Observation,
    inst: Instrument,
    submit: Callable[[ch.Change, Callable[[Saved], None]], None],
) -> None:
    """The note dialog open when the app ended (killed, the battery flat), opened again
    with what was typed in it; a draft with nothing unsaved in it is dropped."""
    draft = records.note_draft(context, record.id)
    if draft is None:
        return
    rating = record.ratings.get(draft.indicator_id)
    saved = (rating.note, rating.recommendation) if rating else ("", "")
    if inst.indicator(draft.indicator_id) is None or (draft.note.strip(), (draft.recommendation or "").strip()) == (
        saved[0].strip(),
        (saved[1] or "").strip(),
    ):
        records.drop_note_draft(context, record.id)
        return
    edit_note(app, context, record, inst, draft.indicator_id, submit, draft)


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
