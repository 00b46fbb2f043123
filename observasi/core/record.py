"""The observation record: what was observed, scored, reflected and agreed.

The record is the unit that is hashed, published as a revision, printed and signed.
Its canonical JSON (:func:`record_payload`) is the same on every device.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from observasi.core.canonical import sha256_hex

# Re-exported (the `X as X` form says so to mypy and ruff): what a record's status is and
# how its ids and times are written belong to the record's vocabulary, and most callers
# import them from here together with the models.
from observasi.core.status import FollowUpStatus as FollowUpStatus
from observasi.core.status import Status as Status
from observasi.core.status import new_id as new_id
from observasi.core.status import parse_utc as parse_utc
from observasi.core.status import utc_now as utc_now


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)


class Rating(_Model):
    indicator_id: str
    # A level key of the item's scale; with na set, the key of the N/A kind the form
    # declares (schema v2), or None for a plain N/A.
    level: str | None = None
    na: bool = False  # not applicable: leaves both sums (or what its kind says)
    note: str = ""
    # Verbal (PMM) forms ask a recommendation per behaviour focus.
    recommendation: str = ""
    updated_at: str = ""

    @property
    def scored(self) -> bool:
        return self.na or self.level is not None


class Evidence(_Model):
    id: str = Field(default_factory=new_id)
    at: str = Field(default_factory=utc_now)
    minute: int | None = None  # minute of the lesson; None when written outside the lesson
    stage: str | None = None
    text: str
    indicator_id: str | None = None


class StageMark(_Model):
    stage: str
    at: str
    minute: int


class SnapshotEntry(_Model):
    at: str
    minute: int
    values: dict[str, str] = Field(default_factory=dict)


class FollowUp(_Model):
    id: str = Field(default_factory=new_id)
    action: str
    measure: str = ""  # measure of success
    support: str = ""  # support needed
    due: str | None = None  # ISO date
    status: FollowUpStatus = FollowUpStatus.open
    # When the item was done and what was seen (reported months later). Left out of the
    # record's JSON while empty, so records made before these fields keep their content
    # hash (the one signed on their sheets).
    done_on: str | None = Field(default=None, exclude_if=lambda value: value is None)
    done_note: str = Field(default="", exclude_if=lambda value: not value)


class Acknowledgement(_Model):
    name: str  # typed by the teacher: it means received, not agreed
    at: str


class Amendment(_Model):
    at: str
    reason: str
    author: str
    previous_hash: str


class Person(_Model):
    """A person as printed on the record, frozen at the time of the observation."""

    name: str
    id_label: str = "NIP"
    id_number: str = ""
    role: str = ""


class Observation(_Model):
    id: str = Field(default_factory=new_id)
    form_id: str
    form_version: str
    form_hash: str
    teacher_id: str
    teacher: Person
    observer_id: str
    observer: Person
    co_observer: str = ""
    subject: str = ""
    class_name: str = ""
    topic: str = ""
    date: str  # ISO date of the lesson
    period: str = ""  # lesson period, e.g. "3-4"
    semester: str = ""  # e.g. "2026-1" (ganjil 2026/2027)
    students_present: int | None = None
    students_absent: int | None = None
    focus: str = ""  # agreed with the teacher in pra-observasi
    pre_notes: str = ""
    status: Status = Status.draft
    # The lesson clock (observasi.core.lesson.elapsed_seconds):
    # elapsed = (paused_at or ended_at or now) - started_at - paused_seconds.
    started_at: str | None = None
    paused_at: str | None = None
    paused_seconds: int = 0
    ended_at: str | None = None
    stage_marks: list[StageMark] = Field(default_factory=list)
    ratings: dict[str, Rating] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    tallies: dict[str, int] = Field(default_factory=dict)
    snapshots: list[SnapshotEntry] = Field(default_factory=list)
    reflection: dict[str, str] = Field(default_factory=dict)
    strengths: str = ""
    improvements: str = ""
    followups: list[FollowUp] = Field(default_factory=list)
    acknowledgement: Acknowledgement | None = None
    amendments: list[Amendment] = Field(default_factory=list)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    finalized_at: str | None = None

    @property
    def current_stage(self) -> str | None:
        return self.stage_marks[-1].stage if self.stage_marks else None


def record_payload(obs: Observation) -> dict[str, Any]:
    """The record as plain JSON data, the form that is hashed, published and printed."""
    return obs.model_dump(mode="json")


def content_hash(obs: Observation) -> str:
    """sha256 of the record's canonical JSON; printed in the QR code and signed."""
    return sha256_hex(record_payload(obs))
