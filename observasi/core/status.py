"""What a record's status is, and how ids and times are written: no pydantic here, so the
TUI's start-up path (store, home screen) can use them without importing the models."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum


class Status(StrEnum):
    draft = "draft"  # pra-observasi: planned, lesson plan may be reviewed
    observing = "observing"  # the lesson is being observed (clock running or paused)
    reflecting = "reflecting"  # pasca-observasi: reflection and follow-up
    final = "final"  # locked, hashed, signed

    @property
    def order(self) -> int:
        return list(Status).index(self)


class FollowUpStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"
    not_done = "not_done"


def new_id() -> str:
    """A random id: 32 hex characters, valid in any file name."""
    return uuid.uuid4().hex


def utc_now() -> str:
    """UTC time as ISO-8601 text with seconds and a Z, the form stored everywhere."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
