"""Making a new record (pra-observasi) and what the principal checks before it."""

from __future__ import annotations

from typing import Any

from observasi.core.instrument import Instrument
from observasi.core.record import FollowUp, FollowUpStatus, Observation, Status
from observasi.store.models import Observer, Teacher
from observasi.store.store import Store


def create_draft(store: Store, teacher: Teacher, observer: Observer, inst: Instrument, **details: Any) -> Observation:
    """A new draft of *teacher* observed by *observer* on *inst*, stored with its first
    revision; *details* are the pre-observation fields (class, subject, date ...)."""
    obs = Observation(
        form_id=inst.id,
        form_version=inst.version,
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person(inst.id_label),
        observer_id=observer.id,
        observer=observer.as_person(),
        status=Status.draft,
        **details,
    )
    return store.create_observation(obs, inst)


def open_followups(store: Store, teacher_id: str, before: str | None = None) -> list[FollowUp]:
    """Open or in-progress follow-up items of the teacher's latest final observation
    (other than *before*): what to look for in this lesson."""
    for summary in store.list_observations(teacher_id=teacher_id, status="final", order="date_desc", limit=5):
        if before and summary.id == before:
            continue
        obs = store.get_observation(summary.id)
        return [f for f in obs.followups if f.status in (FollowUpStatus.open, FollowUpStatus.in_progress)]
    return []
