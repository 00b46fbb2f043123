"""One record, through the live-record service: read with its instrument and score, held
live while a screen works on it, created, changed, amended."""

from __future__ import annotations

from typing import Any

from observasi import record
from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import FollowUp, Observation
from observasi.core.status import FollowUpStatus
from observasi.record import LiveRecord, Saved, Scored
from observasi.store import StoreBusy
from observasi.store.models import Observer, Teacher
from observasi.store.note_drafts import LINE, NOTE, NoteDraft, Place

__all__ = [
    "LINE",
    "NOTE",
    "LiveRecord",
    "NoteDraft",
    "Place",
    "Saved",
    "Scored",
    "StoreBusy",
    "amend",
    "change",
    "changes_since",
    "create_draft",
    "drop_note_draft",
    "keep_cursor",
    "keep_note_draft",
    "kept_cursor",
    "last_used_form_id",
    "live_record",
    "note_draft",
    "open_followups",
    "scored",
    "set_followup_status",
    "unsaved_drafts",
]


def live_record(context: AppContext, obs_id: str) -> LiveRecord:
    """The record *obs_id* held for a screen that changes it (StoreBusy: another program
    holds the database for longer than a change waits)."""
    return LiveRecord(context.store, obs_id)


def scored(context: AppContext, obs_id: str) -> Scored:
    """The record *obs_id* with its instrument and its score, as stored now."""
    return record.load(context.store, obs_id)


def change(context: AppContext, obs_id: str, change_: ch.Change) -> Saved:
    """Apply one change to the record *obs_id* and save it."""
    return record.change(context.store, obs_id, change_)


def set_followup_status(context: AppContext, obs_id: str, followup_id: str, status: FollowUpStatus) -> Saved:
    """Record the progress of one follow-up item of the record *obs_id*."""
    return change(context, obs_id, ch.SetFollowUpStatus(followup_id, status))


def amend(context: AppContext, obs_id: str, reason: str) -> Saved:
    """Open the final record *obs_id* again, for *reason*, in this laptop user's name."""
    return record.amend(context.store, obs_id, reason)


def create_draft(
    context: AppContext, teacher: Teacher, observer: Observer, inst: Instrument, **details: Any
) -> Observation:
    """A new draft of *teacher* observed by *observer* on *inst*, stored."""
    return record.create_draft(context.store, teacher, observer, inst, **details)


def open_followups(context: AppContext, teacher_id: str, before: str | None = None) -> list[FollowUp]:
    """The open follow-up items of the teacher's latest final observation (other than
    *before*): what to look for in this lesson."""
    return record.open_followups(context.store, teacher_id, before=before)


def last_used_form_id(context: AppContext) -> str | None:
    """The form of the observation made last on this laptop."""
    return context.store.last_used_form_id()


def keep_note_draft(
    context: AppContext, obs_id: str, indicator_id: str, note: str, recommendation: str | None, place: Place = NOTE
) -> None:
    """Keep what is typed in the record's note dialog (or evidence line), so a kill does not lose it."""
    context.store.keep_note_draft(obs_id, indicator_id, note, recommendation, place)


def note_draft(context: AppContext, obs_id: str, place: Place = NOTE) -> NoteDraft | None:
    """What was typed in the record's note dialog (or evidence line) when the app ended with it unsaved."""
    return context.store.note_draft(obs_id, place)


def drop_note_draft(context: AppContext, obs_id: str, place: Place = NOTE) -> None:
    context.store.drop_note_draft(obs_id, place)


def kept_cursor(context: AppContext, obs_id: str) -> dict[str, str] | None:
    """Where the live screen's cursor rested in the record, when the scores do not say it
    (observasi.core.cursor)."""
    return context.store.kept_cursor(obs_id)


def keep_cursor(context: AppContext, obs_id: str, place: dict[str, str] | None, wait: float | None = None) -> None:
    """Keep where the cursor rests beside the record (None: nothing kept); never a change of
    the record. *wait*: at most this long behind another program's write (then StoreBusy)."""
    context.store.keep_cursor(obs_id, place, wait)


def unsaved_drafts(context: AppContext, obs: Observation) -> list[str]:
    """Text typed beside the record (an evidence line, a note) when an app ended, and never
    saved in it: what the finalise question names (finalising keeps it, not in the record)."""
    from observasi.record.unsaved import unsaved_drafts as drafts

    return list(drafts(context.store, obs).values())


def changes_since(before: Observation, after: Scored) -> list[str]:
    """What *after* changed from *before*, a line each, in the history's words ("Skor PR1:
    2 (Cukup) → 4 (Sangat Baik)"): what a sync changed on an open screen, said."""
    from observasi.core.record import record_payload
    from observasi.sync.history import describe_changes  # only once a sync changed an open record

    changes = describe_changes(record_payload(before), record_payload(after.record), after.instrument)
    return [change.line() for change in changes]
