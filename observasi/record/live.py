"""The live record: one observation held with its instrument and its score, changed only
through the record's rules, each change saved before anything shows it.

``apply(change)`` runs the rule (:func:`observasi.core.lesson.apply`) on the record as
stored, writes the difference in one short transaction (one rating row for a score
keystroke), scores the record once if its ratings changed, and returns what was saved.
A screen renders what it returns and keeps no copy of the record.

Somebody else may change the record underneath (a sync applying a colleague's edit,
another window): every stored record carries a version, and a change applied to a
record whose version moved is applied to the stored record instead, read again inside
the same transaction -- the rules are pure, so the change means the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from observasi.core import changes as ch
from observasi.core import lesson
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.core.scoring import ScoreResult, score
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t
from observasi.record.unsaved import tidy_after_final
from observasi.store.store import Store


@dataclass(frozen=True)
class Scored:
    """A record with its instrument and its score: what every view of a record needs."""

    record: Observation
    instrument: Instrument
    score: ScoreResult


@dataclass(frozen=True)
class Saved(Scored):
    """What a change saved, and what happened (stage marked at minute 12, finalised ...)."""

    events: tuple[ch.Event, ...] = ()

    def event(self, kind: type[ch.Event]) -> ch.Event | None:
        return next((e for e in self.events if isinstance(e, kind)), None)


def load(store: Store, obs_id: str) -> Scored:
    """The record *obs_id* (the full id) with its instrument and its score."""
    record = store.get_observation(obs_id)
    inst = store.instrument(record.form_hash)
    return Scored(record, inst, score(inst, record.ratings))


class LiveRecord:
    """One record being worked on. Not thread-safe by itself: the app calls it from the UI
    thread only (a change costs about a millisecond), which keeps changes in key order."""

    def __init__(self, store: Store, obs_id: str) -> None:
        self.store = store
        self.id = obs_id
        self._version = -1
        self._load()

    def _load(self) -> None:
        state = self.store.record_state(self.id)
        if state is None or state.deleted:
            raise UserError(t("store.err.not_found", id=self.id))
        scored = load(self.store, self.id)
        self._record, self._instrument, self._score = scored.record, scored.instrument, scored.score
        self._version = state.version

    @property
    def record(self) -> Observation:
        return self._record

    @property
    def instrument(self) -> Instrument:
        return self._instrument

    @property
    def score(self) -> ScoreResult:
        return self._score

    def scored(self) -> Scored:
        return Scored(self._record, self._instrument, self._score)

    def apply(self, change: ch.Change, *, now: dt.datetime | None = None, wait: float | None = None) -> Saved:
        """Apply *change* and save it durably; returns what was saved. Raises UserError
        (RecordLocked, ChangeRefused, StoreBusy ...) with nothing saved. *wait*: how long
        to wait for another program's write (see :meth:`Store.transaction`)."""
        with self.store.transaction(wait):
            state = self.store.record_state(self.id)
            if state is None or state.deleted:
                raise UserError(t("store.err.not_found", id=self.id))
            if state.version != self._version:
                self._load()  # changed underneath: the change applies to what is stored
            old = self._record
            new, events = lesson.apply(old, self._instrument, change, now=now, in_conflict=state.in_conflict)
            result = score(self._instrument, new.ratings) if new.ratings is not old.ratings else None
            self.store.save_change(old, new, result, revision=any(e.milestone for e in events))
            if new.status is Status.final and old.status is not Status.final:
                tidy_after_final(self.store, new)  # in the same transaction as the final record
        self._record, self._version = new, state.version + 1
        if result is not None:
            self._score = result
        return Saved(new, self._instrument, self._score, events)

    def changed_elsewhere(self) -> bool:
        """Whether the stored record is no longer the one held (a sync, another window);
        a few microseconds, for a screen's clock tick."""
        state = self.store.record_state(self.id)
        return state is None or state.deleted or state.version != self._version

    def reload(self) -> Scored:
        """Read the record again as stored."""
        self._load()
        return self.scored()


def change(store: Store, obs_id: str, change_: ch.Change) -> Saved:
    """Apply one change to a record (the command line, a follow-up's status on the history
    screen, tests)."""
    return LiveRecord(store, obs_id).apply(change_)


def amend(store: Store, obs_id: str, reason: str) -> Saved:
    """Open the final record *obs_id* again, for *reason*, in the name of the person using
    this laptop (the record's observer when none is set up)."""
    observer = store.self_observer()
    record = store.get_observation(obs_id)
    author = observer.name if observer else record.observer.name
    return change(store, obs_id, ch.Amend(reason, author))
