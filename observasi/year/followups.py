"""Follow-up items (rencana tindak lanjut) marked done, months after the lesson: a note of
what was seen and the day, through the live-record service like every other change."""

from __future__ import annotations

import datetime as dt

from observasi import record
from observasi.core import changes as ch
from observasi.core.record import FollowUp
from observasi.core.status import FollowUpStatus
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store


def mark_done(store: Store, obs_id: str, followup_id: str, note: str = "", done_on: str | None = None) -> FollowUp:
    """Mark the item done on *done_on* (default: the laptop's today) with *note*; returns
    the item as saved."""
    day = done_on if done_on and done_on.strip() else dt.date.today().isoformat()
    saved = record.change(store, obs_id, ch.SetFollowUpStatus(followup_id, FollowUpStatus.done, note, day))
    return next(f for f in saved.record.followups if f.id == followup_id)


def find_followup(store: Store, obs_id: str, which: str) -> FollowUp:
    """The item of the record *obs_id* named by *which*: its number in the plan (1, 2 ...)
    or the first characters of its id."""
    items = store.get_observation(obs_id).followups
    text = which.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(items):
        return items[int(text) - 1]
    found = [f for f in items if len(text) >= 4 and f.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    raise UserError(t("year.err.no_followup", which=which, count=len(items)))
