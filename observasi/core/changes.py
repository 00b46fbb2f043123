"""What can happen to a record, as plain values: the changes a person asks for and the
events the rules report back (see :mod:`observasi.core.lesson`).

A change says everything the person decided when the key was pressed -- which indicator
had the cursor, what text was typed, when -- so applying it later, after other changes
queued before it, still does what was meant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from observasi.core.status import FollowUpStatus, new_id

if TYPE_CHECKING:  # the models are pydantic: not imported where only changes are made
    from observasi.core.record import Evidence, FollowUp


class Change:
    """Base of every change."""


# -- the lesson clock ---------------------------------------------------------------------


@dataclass(frozen=True)
class StartLesson(Change):
    """Start the clock (draft -> observing), marking the first stage if given."""

    first_stage: str | None = "pendahuluan"


@dataclass(frozen=True)
class TogglePause(Change):
    """Pause a running clock, or resume a paused one (the key means whichever applies)."""


@dataclass(frozen=True)
class NextStage(Change):
    """Mark the stage after the current one as begun now."""


@dataclass(frozen=True)
class MarkStage(Change):
    stage: str


@dataclass(frozen=True)
class EndLesson(Change):
    """Stop the clock and go on to the reflection (observing -> reflecting)."""


# -- scores -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate(Change):
    indicator_id: str
    level: str  # a level key of the form's scale


@dataclass(frozen=True)
class StepLevel(Change):
    """One level lower (-1) or higher (+1) than the indicator has now."""

    indicator_id: str
    delta: int


@dataclass(frozen=True)
class MarkNA(Change):
    indicator_id: str
    kind: str | None = None  # a key of the scale's na_kinds (schema v2); None: plain N/A


@dataclass(frozen=True)
class ClearRating(Change):
    indicator_id: str


@dataclass(frozen=True)
class SetNote(Change):
    """An indicator's note (and, on forms that ask one, its recommendation; None keeps it)."""

    indicator_id: str
    note: str
    recommendation: str | None = None


# -- evidence, tallies, snapshots ------------------------------------------------------------


@dataclass(frozen=True)
class AddEvidence(Change):
    """A line of evidence, stamped with the lesson minute and stage at *at* (the moment
    it was typed; now when not given)."""

    text: str
    indicator_id: str | None = None
    at: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class EditEvidence(Change):
    evidence_id: str
    text: str


@dataclass(frozen=True)
class TagEvidence(Change):
    """Tag an evidence line to an indicator (None removes the tag)."""

    evidence_id: str
    indicator_id: str | None


@dataclass(frozen=True)
class TagLastEvidence(Change):
    """Tag the latest evidence line to an indicator."""

    indicator_id: str


@dataclass(frozen=True)
class RemoveEvidence(Change):
    evidence_id: str


@dataclass(frozen=True)
class CountTally(Change):
    name: str
    delta: int = 1


@dataclass(frozen=True)
class AddSnapshot(Change):
    """A time-on-task snapshot; *minute* is the lesson minute it was due for (the minute
    when it was asked, not when the dialog was closed)."""

    values: Mapping[str, str]
    minute: int | None = None


# -- details, reflection, follow-up, ending ------------------------------------------------------

# Fields a person edits as plain text on the pre-observation and reflection screens.
EDITABLE_FIELDS = frozenset(
    {
        "co_observer",
        "subject",
        "class_name",
        "topic",
        "date",
        "period",
        "semester",
        "students_present",
        "students_absent",
        "focus",
        "pre_notes",
        "strengths",
        "improvements",
    }
)


@dataclass(frozen=True)
class SetDetails(Change):
    """Identity, planning or reflection text fields (names in :data:`EDITABLE_FIELDS`)."""

    fields: Mapping[str, Any]


@dataclass(frozen=True)
class AnswerReflection(Change):
    question_id: str
    answer: str


@dataclass(frozen=True)
class SaveFollowUp(Change):
    """Add a follow-up item, or change the one with the same id."""

    item: FollowUp


@dataclass(frozen=True)
class RemoveFollowUp(Change):
    followup_id: str


@dataclass(frozen=True)
class SetFollowUpStatus(Change):
    """A follow-up's progress, reported long after the lesson: allowed on a final record."""

    followup_id: str
    status: FollowUpStatus
    # With ``done``: the day it was done (ISO; None: the day of the change) and what was
    # seen. A note given with another status is kept too; a status other than done clears
    # the day.
    note: str | None = None
    done_on: str | None = None


@dataclass(frozen=True)
class Acknowledge(Change):
    """The teacher's name, typed to say the feedback was received (not agreed)."""

    name: str


@dataclass(frozen=True)
class Finalise(Change):
    """Lock the record; it is hashed, signed and published as it is now."""


@dataclass(frozen=True)
class Amend(Change):
    """Open a final record again, for a stated reason; the final state stays in the history."""

    reason: str
    author: str


# -- events -------------------------------------------------------------------------------------


class Event:
    """Something the rules report about a change they applied."""

    # A milestone of the record's life: saved as a revision of its own.
    milestone: ClassVar[bool] = False


@dataclass(frozen=True)
class LessonStarted(Event):
    milestone: ClassVar[bool] = True


@dataclass(frozen=True)
class ClockPaused(Event):
    minute: int


@dataclass(frozen=True)
class ClockResumed(Event):
    minute: int


@dataclass(frozen=True)
class StageMarked(Event):
    stage: str
    minute: int


@dataclass(frozen=True)
class LessonEnded(Event):
    minutes: int
    milestone: ClassVar[bool] = True


@dataclass(frozen=True)
class Scored(Event):
    """An indicator's score changed (a level, N/A, or cleared)."""

    indicator_id: str


@dataclass(frozen=True)
class Noted(Event):
    indicator_id: str


@dataclass(frozen=True)
class EvidenceChanged(Event):
    """An evidence line was added, edited, tagged or removed."""

    evidence: Evidence | None  # None: removed
    indicator_id: str | None = None  # the indicator it is (or was) tagged to


@dataclass(frozen=True)
class TallyCounted(Event):
    name: str
    count: int


@dataclass(frozen=True)
class SnapshotTaken(Event):
    minute: int


@dataclass(frozen=True)
class DetailsSaved(Event):
    """Text of the record changed (details, reflection, follow-up plan, acknowledgement)."""


@dataclass(frozen=True)
class Finalised(Event):
    content_hash: str  # what the sheet's QR code carries and the signature covers
    milestone: ClassVar[bool] = True


@dataclass(frozen=True)
class Amended(Event):
    reason: str
    milestone: ClassVar[bool] = True
