"""The rules of the lesson itself: the clock, its stages, evidence lines, tallies and
snapshots (see :mod:`observasi.core.lesson`)."""

from __future__ import annotations

from observasi.core import changes as ch
from observasi.core.instrument import STAGE_ORDER, Instrument
from observasi.core.lesson import (
    ChangeRefused,
    Outcome,
    Rule,
    elapsed_seconds,
    lesson_minute,
    stage_at,
    touched,
    unpaused,
)
from observasi.core.record import Evidence, Observation, SnapshotEntry, StageMark
from observasi.core.status import Status, parse_utc
from observasi.i18n import t

_STAGES = [stage.value for stage in STAGE_ORDER]


def _minute(record: Observation, now: str) -> int:
    return elapsed_seconds(record, parse_utc(now)) // 60


def _observing(record: Observation) -> None:
    if record.status is not Status.observing or not record.started_at:
        raise ChangeRefused(t("lesson.err.not_observing"))


# -- the clock and the stages ---------------------------------------------------------------


def start(record: Observation, inst: Instrument, change: ch.StartLesson, now: str) -> Outcome:
    if record.status is not Status.draft:
        raise ChangeRefused(t("lesson.err.started"))
    if change.first_stage is not None and change.first_stage not in _STAGES:
        raise ChangeRefused(t("lesson.err.no_stage", stage=change.first_stage))
    marks = [StageMark(stage=change.first_stage, at=now, minute=0)] if change.first_stage else []
    new = touched(
        record,
        now,
        status=Status.observing,
        started_at=now,
        paused_at=None,
        paused_seconds=0,
        ended_at=None,
        stage_marks=marks,
    )
    return new, (ch.LessonStarted(),)


def toggle_pause(record: Observation, inst: Instrument, change: ch.TogglePause, now: str) -> Outcome:
    _observing(record)
    if record.paused_at:
        new = touched(record, now, **unpaused(record, now))
        return new, (ch.ClockResumed(_minute(new, now)),)
    new = touched(record, now, paused_at=now)
    return new, (ch.ClockPaused(_minute(new, now)),)


def _mark(record: Observation, stage: str, now: str) -> Outcome:
    _observing(record)
    if stage not in _STAGES:
        raise ChangeRefused(t("lesson.err.no_stage", stage=stage))
    mark = StageMark(stage=stage, at=now, minute=_minute(record, now))
    return touched(record, now, stage_marks=[*record.stage_marks, mark]), (ch.StageMarked(stage, mark.minute),)


def next_stage(record: Observation, inst: Instrument, change: ch.NextStage, now: str) -> Outcome:
    current = record.current_stage
    if current == _STAGES[-1]:
        raise ChangeRefused(t("lesson.err.last_stage"))
    following = _STAGES[_STAGES.index(current) + 1] if current in _STAGES else _STAGES[0]
    return _mark(record, following, now)


def mark_stage(record: Observation, inst: Instrument, change: ch.MarkStage, now: str) -> Outcome:
    return _mark(record, change.stage, now)


def end(record: Observation, inst: Instrument, change: ch.EndLesson, now: str) -> Outcome:
    _observing(record)
    # A pause still open is closed at the end, so the elapsed time stays what it was.
    clock = unpaused(record, now) if record.paused_at else {}
    new = touched(record, now, status=Status.reflecting, ended_at=now, **clock)
    return new, (ch.LessonEnded(elapsed_seconds(new) // 60),)


# -- evidence -------------------------------------------------------------------------------


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ChangeRefused(t("lesson.err.empty_text"))
    return text


def _indicator(inst: Instrument, indicator_id: str | None) -> str | None:
    if indicator_id is not None and inst.indicator(indicator_id) is None:
        raise ChangeRefused(t("lesson.err.no_indicator", id=indicator_id))
    return indicator_id


def _position(record: Observation, evidence_id: str) -> int:
    for i, item in enumerate(record.evidence):
        if item.id == evidence_id:
            return i
    raise ChangeRefused(t("lesson.err.no_evidence"))


def _replaced(record: Observation, now: str, index: int, item: Evidence, old_tag: str | None) -> Outcome:
    evidence = [*record.evidence[:index], item, *record.evidence[index + 1 :]]
    return touched(record, now, evidence=evidence), (ch.EvidenceChanged(item, item.indicator_id or old_tag),)


def add_evidence(record: Observation, inst: Instrument, change: ch.AddEvidence, now: str) -> Outcome:
    at = change.at or now
    item = Evidence(
        id=change.id,
        at=at,
        minute=lesson_minute(record, at),
        stage=stage_at(record, at),
        text=_text(change.text),
        indicator_id=_indicator(inst, change.indicator_id),
    )
    return touched(record, now, evidence=[*record.evidence, item]), (ch.EvidenceChanged(item, item.indicator_id),)


def edit_evidence(record: Observation, inst: Instrument, change: ch.EditEvidence, now: str) -> Outcome:
    index = _position(record, change.evidence_id)
    old = record.evidence[index]
    return _replaced(record, now, index, old.model_copy(update={"text": _text(change.text)}), old.indicator_id)


def tag_evidence(record: Observation, inst: Instrument, change: ch.TagEvidence, now: str) -> Outcome:
    index = _position(record, change.evidence_id)
    old = record.evidence[index]
    item = old.model_copy(update={"indicator_id": _indicator(inst, change.indicator_id)})
    return _replaced(record, now, index, item, old.indicator_id)


def tag_last_evidence(record: Observation, inst: Instrument, change: ch.TagLastEvidence, now: str) -> Outcome:
    if not record.evidence:
        raise ChangeRefused(t("lesson.err.no_evidence"))
    return tag_evidence(record, inst, ch.TagEvidence(record.evidence[-1].id, change.indicator_id), now)


def remove_evidence(record: Observation, inst: Instrument, change: ch.RemoveEvidence, now: str) -> Outcome:
    index = _position(record, change.evidence_id)
    old = record.evidence[index]
    evidence = [*record.evidence[:index], *record.evidence[index + 1 :]]
    return touched(record, now, evidence=evidence), (ch.EvidenceChanged(None, old.indicator_id),)


# -- tallies and snapshots ----------------------------------------------------------------------


def count_tally(record: Observation, inst: Instrument, change: ch.CountTally, now: str) -> Outcome:
    if all(tally.name != change.name for tally in inst.tallies):
        raise ChangeRefused(t("lesson.err.no_tally", name=change.name))
    count = max(0, record.tallies.get(change.name, 0) + change.delta)
    new = touched(record, now, tallies={**record.tallies, change.name: count})
    return new, (ch.TallyCounted(change.name, count),)


def add_snapshot(record: Observation, inst: Instrument, change: ch.AddSnapshot, now: str) -> Outcome:
    if inst.snapshot is None:
        raise ChangeRefused(t("lesson.err.no_snapshot"))
    minute = change.minute if change.minute is not None else (lesson_minute(record, now) or 0)
    entry = SnapshotEntry(at=now, minute=minute, values=dict(change.values))
    return touched(record, now, snapshots=[*record.snapshots, entry]), (ch.SnapshotTaken(minute),)


RULES: dict[type[ch.Change], Rule] = {
    ch.StartLesson: start,
    ch.TogglePause: toggle_pause,
    ch.NextStage: next_stage,
    ch.MarkStage: mark_stage,
    ch.EndLesson: end,
    ch.AddEvidence: add_evidence,
    ch.EditEvidence: edit_evidence,
    ch.TagEvidence: tag_evidence,
    ch.TagLastEvidence: tag_last_evidence,
    ch.RemoveEvidence: remove_evidence,
    ch.CountTally: count_tally,
    ch.AddSnapshot: add_snapshot,
}
