"""The record's rules: what each change does to a record, and what may not change.

:func:`apply` takes a record, its instrument and a change (:mod:`observasi.core.changes`)
and returns the new record with the events to report. It does no I/O and keeps no state:
the time is given, ids come with the change, the old record is never modified (parts
the change does not touch are shared with the new record, which is how the store writes
only what changed).

The locks: a final record refuses every change but an amendment (and a follow-up's
progress, reported long after); a record two laptops changed refuses every change until
the conflict is resolved, since an edit would take both versions as its parents and
settle the conflict silently.

The lesson clock: ``elapsed = (paused_at or ended_at or now) - started_at - paused_seconds``
in whole seconds; resuming adds the pause to ``paused_seconds``, so the elapsed time
carries on from where it stopped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import FollowUp, Observation
from observasi.core.status import Status, parse_utc
from observasi.core.text import TextRejected, clean_text
from observasi.errors import RecordLocked, UserError
from observasi.i18n import t

Outcome = tuple[Observation, tuple[ch.Event, ...]]


class ChangeRefused(UserError):
    """The change does not apply to this record (an unknown indicator, an empty line ...)."""


def stamp(moment: dt.datetime) -> str:
    """A moment as the records write it: UTC, whole seconds, ``Z``."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- the clock ----------------------------------------------------------------------------


def elapsed_seconds(record: Observation, now: dt.datetime | None = None) -> int:
    """Seconds of lesson observed by *now*, pauses excluded (0 before the start)."""
    if not record.started_at:
        return 0
    end_text = record.paused_at or record.ended_at
    end = parse_utc(end_text) if end_text else (now or dt.datetime.now(dt.UTC))
    seconds = int((end - parse_utc(record.started_at)).total_seconds()) - record.paused_seconds
    return max(0, seconds)


def lesson_minute(record: Observation, at: str) -> int | None:
    """The lesson minute at the moment *at* (None before the lesson started); a moment in
    a pause or after the end counts as the minute the clock stopped at."""
    if not record.started_at or at < record.started_at:
        return None
    moment = parse_utc(at)
    for limit in (record.paused_at, record.ended_at):
        if limit:
            moment = min(moment, parse_utc(limit))
    seconds = int((moment - parse_utc(record.started_at)).total_seconds()) - record.paused_seconds
    return max(0, seconds) // 60


def snapshot_due(record: Observation, inst: Instrument, now: dt.datetime | None = None) -> int | None:
    """The lesson minute of the time-on-task snapshot due by *now* and not yet taken."""
    if inst.snapshot is None or record.status is not Status.observing or not record.started_at:
        return None
    due = inst.snapshot.interval_minutes * (len(record.snapshots) + 1)
    return due if elapsed_seconds(record, now) // 60 >= due else None


def stage_at(record: Observation, at: str) -> str | None:
    """The lesson stage under way at the moment *at*."""
    begun = [mark.stage for mark in record.stage_marks if mark.at <= at]
    return begun[-1] if begun else None


def unpaused(record: Observation, now: str) -> dict[str, Any]:
    """The clock fields with a pause closed at *now* (the paused time added to the pauses)."""
    assert record.paused_at is not None
    paused = int((parse_utc(now) - parse_utc(record.paused_at)).total_seconds())
    return {"paused_at": None, "paused_seconds": record.paused_seconds + max(0, paused)}


# -- applying a change --------------------------------------------------------------------


def apply(
    record: Observation,
    inst: Instrument,
    change: ch.Change,
    *,
    now: dt.datetime | None = None,
    in_conflict: bool = False,
) -> Outcome:
    """The record after *change*, and what happened. Raises :class:`RecordLocked` when
    the record may not change, :class:`ChangeRefused` when the change does not apply."""
    rule = _rule_for(change)
    if rule is None:
        raise TypeError(f"no rule for {type(change).__name__}")
    check_lock(record, change, in_conflict)
    return rule(record, inst, typed_text(change), stamp(now or dt.datetime.now(dt.UTC)))


# The kind of field (observasi.core.text.LIMITS) of a change's text, by its name; any
# other text is held to a note's rules.
_TEXT_KINDS = {"text": "evidence", "name": "name"}


def _typed(name: str, value: Any) -> Any:
    if type(value) is not str:  # an enum's value or a number is not typed text
        return value
    try:
        return clean_text(value, _TEXT_KINDS.get(name, "note"), tidy=False)
    except TextRejected as exc:
        raise ChangeRefused(exc.message) from exc


def typed_text(change: ch.Change) -> ch.Change:
    """*change* with its typed text through the program's text boundary (a pasted escape
    sequence or bidi override removed, NUL and overlong text refused), as the same text
    from a roster or another laptop is. Text is kept as typed otherwise: spaces and line
    breaks are the typist's."""
    if not dataclasses.is_dataclass(change):
        return change
    updates: dict[str, Any] = {}
    for item in dataclasses.fields(change):
        value = getattr(change, item.name)
        if type(value) is str:
            updates[item.name] = _typed(item.name, value)
        elif isinstance(value, Mapping):
            updates[item.name] = {key: _typed(key, v) for key, v in value.items()}
        elif isinstance(value, FollowUp):
            updates[item.name] = value.model_copy(update={k: _typed(k, v) for k, v in value})
    return dataclasses.replace(change, **updates) if updates else change


def check_lock(record: Observation, change: ch.Change, in_conflict: bool) -> None:
    if isinstance(change, ch.SetFollowUpStatus):
        return  # progress on the plan, reported after the record is final
    if in_conflict:
        raise RecordLocked(t("lesson.err.conflict"))
    if record.status is Status.final and not isinstance(change, ch.Amend):
        raise RecordLocked(t("lesson.err.locked"))


def touched(record: Observation, now: str, **updates: Any) -> Observation:
    return record.model_copy(update={**updates, "updated_at": now})


Rule = Callable[[Observation, Instrument, Any, str], Outcome]
_rules: dict[type[ch.Change], Rule] = {}


def _rule_for(change: ch.Change) -> Rule | None:
    """The rule of a change's kind; the rule modules (which use this module's helpers) are
    read on the first change."""
    if not _rules:
        from observasi.core import lesson_live, lesson_record

        _rules.update(lesson_live.RULES)
        _rules.update(lesson_record.RULES)
    return _rules.get(type(change))
