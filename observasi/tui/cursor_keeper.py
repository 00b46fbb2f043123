"""Where the live screen's cursor rests, kept beside the record so that c after a kill (a
flat battery) puts it back on the indicator the observer was on, in its section.

Nothing is written at a keystroke: a move only marks the place as moved (a timer made at
a move would be made inside that key's time), and at the screen's next clock tick (each
second) the place is kept only if the scores do not already say it
(observasi.core.cursor.place_to_keep: scoring in order keeps nothing) and it is not kept
already. Every write (even of a setting) makes the next sync look at every record
again, so a cursor that moves with the scores writes nothing at all.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from observasi.context import AppContext
from observasi.core.cursor import place_to_keep, resume_indicator
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.queries import records
from observasi.queries.records import StoreBusy
from observasi.tui.change_queue import WAIT_SECONDS


class CursorKeeper:
    def __init__(
        self,
        context: AppContext,
        record: Callable[[], tuple[Observation, Instrument]],
        busy: Callable[[], bool],
    ) -> None:
        self.context = context
        self.record = record  # the record as saved and its form
        self.busy = busy  # whether changes asked are not saved yet (their scores not in the record)
        obs, _ = record()
        self.obs_id = obs.id
        self.kept: dict[str, str] | None = None
        with contextlib.suppress(StoreBusy):
            self.kept = records.kept_cursor(context, obs.id)
        # Whether the cursor moved (or a score changed where the scores put it) since the
        # last look: a kill before the next tick puts it after the last score instead.
        self.dirty = False
        self.at: str | None = None  # the indicator the cursor was on at the last move

    def start_at(self) -> str | None:
        """The indicator the cursor goes back to when the screen opens."""
        obs, inst = self.record()
        return resume_indicator(obs, inst, self.kept)

    def moved(self, indicator_id: str | None) -> None:
        """The cursor is on *indicator_id* now (or a score there changed what the scores say)."""
        self.at, self.dirty = indicator_id, True

    def tick(self) -> None:
        """The screen's clock tick: keep the place if it moved (a score on its way: looked
        at once it is in the record)."""
        if self.dirty and not self.busy():
            self.keep_now()

    def keep_now(self) -> None:
        self.dirty = False
        at = self.at
        if at is None:
            return
        obs, inst = self.record()
        place = place_to_keep(obs, inst, at)
        if place == self.kept:
            return
        try:
            # The screens' thread: never the whole busy timeout behind another program's
            # write (the review: a key took 3 s to show while the command line synced).
            records.keep_cursor(self.context, self.obs_id, place, wait=WAIT_SECONDS)
        except StoreBusy:  # another program's write: kept at the next tick
            self.dirty = True
            return
        self.kept = place
