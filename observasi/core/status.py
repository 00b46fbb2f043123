"""What a record's status is, and how ids and times are written: no pydantic here, so the
TUI's start-up path (store, home screen) can use them without importing the models."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
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


# The one meaning of "observed", for every count and list that says it (the home screen's
# "belum diobservasi", the recaps' coverage, the district): the lesson
# was held, so the record went on to the reflection or was finalised. A draft is a plan,
# even one with scores begun; a lesson under way is not over yet.
OBSERVED_STATUSES: tuple[str, ...] = (Status.reflecting.value, Status.final.value)


class FollowUpStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"
    not_done = "not_done"


def new_id() -> str:
    """A random id: 32 hex characters, valid in any file name."""
    return uuid.uuid4().hex


_clock_lock = threading.Lock()
_last_ms = 0


def new_revision_id() -> str:
    """A time-ordered id in the same 32-hex form (the UUIDv7 layout: 48 bits of Unix time
    in milliseconds, the version nibble 7, then random bits), so a device's revisions sort
    by when they were made and a bucket can be asked only for names after the last one
    seen. Within one process ids strictly increase, even within one millisecond or when the
    clock steps back. Ids made before (random, version 4) stay valid everywhere."""
    global _last_ms
    with _clock_lock:
        ms = max(time.time_ns() // 1_000_000, _last_ms + 1)
        _last_ms = ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (rand >> 4) & ((1 << 76) - 1)
    # The variant bits (10) at bit 62-63, as RFC 9562 lays them out.
    value = (value & ~(0b11 << 62)) | (0b10 << 62)
    return f"{value:032x}"


def revision_id_ms(revision_id: str) -> int | None:
    """The time (Unix ms) a time-ordered revision id carries; None for an older random id."""
    if len(revision_id) < 13 or revision_id[12] != "7":
        return None
    try:
        return int(revision_id[:12], 16)
    except ValueError:
        return None


def utc_now() -> str:
    """UTC time as ISO-8601 text with seconds and a Z, the form stored everywhere."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
