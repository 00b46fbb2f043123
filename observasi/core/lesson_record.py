"""The rules of what is written into the record: scores and notes, the details, the
reflection, the follow-up plan, the acknowledgement, finalising and amending (see
:mod:`observasi.core.lesson`)."""

from __future__ import annotations

import datetime as dt

from observasi.core import changes as ch
from observasi.core.dates import parse_date
from observasi.core.instrument import Instrument
from observasi.core.lesson import ChangeRefused, Outcome, Rule, touched
from observasi.core.record import Acknowledgement, Amendment, Observation, Rating, content_hash
from observasi.core.status import FollowUpStatus, Status
from observasi.i18n import t

# -- scores and notes -------------------------------------------------------------------------


def _known(inst: Instrument, indicator_id: str) -> None:
    if inst.indicator(indicator_id) is None:
        raise ChangeRefused(t("lesson.err.no_indicator", id=indicator_id))


def _rated(record: Observation, inst: Instrument, indicator_id: str, now: str, **values: object) -> Outcome:
    """The record with *indicator_id*'s rating given *values* (its note and recommendation kept)."""
    _known(inst, indicator_id)
    old = record.ratings.get(indicator_id) or Rating(indicator_id=indicator_id)
    rating = old.model_copy(update={**values, "updated_at": now})
    new = touched(record, now, ratings={**record.ratings, indicator_id: rating})
    return new, (ch.Scored(indicator_id),)


def rate(record: Observation, inst: Instrument, change: ch.Rate, now: str) -> Outcome:
    if inst.scale_for(change.indicator_id).level(change.level) is None:
        raise ChangeRefused(t("lesson.err.no_level", level=change.level))
    return _rated(record, inst, change.indicator_id, now, level=change.level, na=False)


def step_level(record: Observation, inst: Instrument, change: ch.StepLevel, now: str) -> Outcome:
    """From no score, up starts at the lowest level and down at the highest."""
    order = [level.key for level in inst.scale_for(change.indicator_id).levels]
    rating = record.ratings.get(change.indicator_id)
    if rating is None or rating.na or rating.level not in order:
        index = 0 if change.delta > 0 else len(order) - 1
    else:
        index = max(0, min(len(order) - 1, order.index(rating.level) + change.delta))
    return rate(record, inst, ch.Rate(change.indicator_id, order[index]), now)


def mark_na(record: Observation, inst: Instrument, change: ch.MarkNA, now: str) -> Outcome:
    """N/A, plain or of a kind the item's scale declares; the kind is kept as the
    rating's level (a v1 N/A has none), so what it does to the sums is the form's."""
    scale = inst.scale_for(change.indicator_id)
    if change.kind is not None:
        if scale.na_kind(change.kind) is None:
            raise ChangeRefused(t("lesson.err.no_na"))
    elif not scale.allow_na:
        raise ChangeRefused(t("lesson.err.no_na"))
    return _rated(record, inst, change.indicator_id, now, level=change.kind, na=True)


def clear_rating(record: Observation, inst: Instrument, change: ch.ClearRating, now: str) -> Outcome:
    """No score; a rating left with no note either is removed (on a form where the observer
    picks sections by scoring them, it no longer picks its section)."""
    _known(inst, change.indicator_id)
    old = record.ratings.get(change.indicator_id)
    if old is not None and (old.note or old.recommendation):
        return _rated(record, inst, change.indicator_id, now, level=None, na=False)
    ratings = {k: v for k, v in record.ratings.items() if k != change.indicator_id}
    return touched(record, now, ratings=ratings), (ch.Scored(change.indicator_id),)


def set_note(record: Observation, inst: Instrument, change: ch.SetNote, now: str) -> Outcome:
    values: dict[str, object] = {"note": change.note.strip()}
    if change.recommendation is not None:
        values["recommendation"] = change.recommendation.strip()
    new, _ = _rated(record, inst, change.indicator_id, now, **values)
    return new, (ch.Noted(change.indicator_id),)


# -- details and reflection -----------------------------------------------------------------------

_NUMBERS = frozenset({"students_present", "students_absent"})


def set_details(record: Observation, inst: Instrument, change: ch.SetDetails, now: str) -> Outcome:
    unknown = set(change.fields) - ch.EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, value in change.fields.items():
        wanted = (int, type(None)) if name in _NUMBERS else (str,)
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise ValueError(f"{name}: {value!r}")
    return touched(record, now, **change.fields), (ch.DetailsSaved(),)


def answer(record: Observation, inst: Instrument, change: ch.AnswerReflection, now: str) -> Outcome:
    if all(question.id != change.question_id for question in inst.reflection):
        raise ChangeRefused(t("lesson.err.no_question", id=change.question_id))
    reflection = {**record.reflection, change.question_id: change.answer}
    return touched(record, now, reflection=reflection), (ch.DetailsSaved(),)


# -- the follow-up plan ------------------------------------------------------------------------------


def _followup_index(record: Observation, followup_id: str) -> int:
    for i, item in enumerate(record.followups):
        if item.id == followup_id:
            return i
    raise ChangeRefused(t("lesson.err.no_followup"))


def save_followup(record: Observation, inst: Instrument, change: ch.SaveFollowUp, now: str) -> Outcome:
    item = change.item
    if not item.action.strip():
        raise ChangeRefused(t("lesson.err.empty_text"))
    followups = list(record.followups)
    existing = [i for i, f in enumerate(followups) if f.id == item.id]
    if existing:
        followups[existing[0]] = item
    else:
        followups.append(item)
    return touched(record, now, followups=followups), (ch.DetailsSaved(),)


def remove_followup(record: Observation, inst: Instrument, change: ch.RemoveFollowUp, now: str) -> Outcome:
    index = _followup_index(record, change.followup_id)
    followups = [*record.followups[:index], *record.followups[index + 1 :]]
    return touched(record, now, followups=followups), (ch.DetailsSaved(),)


def set_followup_status(record: Observation, inst: Instrument, change: ch.SetFollowUpStatus, now: str) -> Outcome:
    """Progress on the plan is reported in the teacher's history, months later: it does not
    change when the record was last edited."""
    index = _followup_index(record, change.followup_id)
    status = FollowUpStatus(change.status)
    update: dict[str, object] = {"status": status, "done_on": None}
    if status is FollowUpStatus.done:
        update["done_on"] = _done_day(change.done_on, now)
    if change.note is not None:
        update["done_note"] = change.note.strip()
    followups = list(record.followups)
    followups[index] = followups[index].model_copy(update=update)
    return record.model_copy(update={"followups": followups}), (ch.DetailsSaved(),)


def _done_day(text: str | None, now: str) -> str:
    """The day a follow-up was done, as an ISO date: not after today (a day of slack for
    the laptop's time zone, *now* being UTC)."""
    today = dt.date.fromisoformat(now[:10])
    if not text or not text.strip():
        return today.isoformat()
    try:
        day = parse_date(text)
    except ValueError:
        raise ChangeRefused(t("year.err.done_date", value=text.strip())) from None
    if day > today + dt.timedelta(days=1):
        raise ChangeRefused(t("year.err.done_future", date=day.isoformat()))
    return day.isoformat()


# -- acknowledgement, finalising, amending --------------------------------------------------------------


def acknowledge(record: Observation, inst: Instrument, change: ch.Acknowledge, now: str) -> Outcome:
    name = change.name.strip()
    if not name:
        raise ChangeRefused(t("lesson.err.empty_text"))
    return touched(record, now, acknowledgement=Acknowledgement(name=name, at=now)), (ch.DetailsSaved(),)


def finalise(record: Observation, inst: Instrument, change: ch.Finalise, now: str) -> Outcome:
    new = touched(record, now, status=Status.final, finalized_at=now)
    return new, (ch.Finalised(content_hash(new)),)


def amend(record: Observation, inst: Instrument, change: ch.Amend, now: str) -> Outcome:
    """The record goes back to reflecting until it is finalised again. The teacher
    acknowledged the version before the amendment (it stays in the history), so the
    amended version waits for an acknowledgement of its own."""
    if record.status is not Status.final:
        raise ChangeRefused(t("lesson.err.not_final"))
    reason = change.reason.strip()
    if not reason:
        raise ChangeRefused(t("lesson.err.reason"))
    amendment = Amendment(at=now, reason=reason, author=change.author, previous_hash=content_hash(record))
    new = touched(
        record,
        now,
        status=Status.reflecting,
        finalized_at=None,
        acknowledgement=None,
        amendments=[*record.amendments, amendment],
    )
    return new, (ch.Amended(reason),)


RULES: dict[type[ch.Change], Rule] = {
    ch.Rate: rate,
    ch.StepLevel: step_level,
    ch.MarkNA: mark_na,
    ch.ClearRating: clear_rating,
    ch.SetNote: set_note,
    ch.SetDetails: set_details,
    ch.AnswerReflection: answer,
    ch.SaveFollowUp: save_followup,
    ch.RemoveFollowUp: remove_followup,
    ch.SetFollowUpStatus: set_followup_status,
    ch.Acknowledge: acknowledge,
    ch.Finalise: finalise,
    ch.Amend: amend,
}
