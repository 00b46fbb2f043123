"""What is left of a record when its teacher is forgotten: a deletion mark."""

from __future__ import annotations

from observasi.core.record import Observation, Person, utc_now


def remains(obs: Observation) -> Observation:
    """The record reduced to what a tombstone carries: no name, no scores, no notes."""
    return Observation(
        id=obs.id,
        form_id=obs.form_id,
        form_version=obs.form_version,
        form_hash=obs.form_hash,
        teacher_id=obs.teacher_id,
        teacher=Person(name=""),
        observer_id=obs.observer_id,
        observer=obs.observer,
        date=obs.date,
        semester=obs.semester,
        status=obs.status,
        created_at=obs.created_at,
        updated_at=utc_now(),
        finalized_at=obs.finalized_at,
    )
