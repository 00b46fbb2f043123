"""Where the live screen's cursor rests, kept beside the record so that c after a kill (a
flat battery) puts it back on the indicator the observer was on, in its section.

Nothing is written at a keystroke: a move only starts a timer (once per :attr:`CursorKeeper.REST`
seconds at most), and when it fires the place is kept only if the scores do not already
say it (observasi.core.cursor.place_to_keep: scoring in order keeps nothing) and it is not
kept already. Every write (even of a setting) makes the next sync look at every record
again, so a cursor that moves with the scores writes nothing at all.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

from observasi.context import AppContext
from observasi.core.cursor import place_to_keep, resume_indicator
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.queries import records
from observasi.queries.records import StoreBusy


class CursorKeeper:
    # Seconds from a move of the cursor to the look at whether to keep its place: a kill
    # within them puts the cursor after the last score instead (the place the scores say).
    REST = 1.0

    def __init__(
        self,
        owner: Widget,
        context: AppContext,
        record: Callable[[], tuple[Observation, Instrument]],
        current: Callable[[], str | None],
        busy: Callable[[], bool],
    ) -> None:
        self.owner = owner
        self.context = context
        self.record = record  # the record as saved and its form
        self.current = current  # the indicator under the cursor now
        self.busy = busy  # whether changes asked are not saved yet (their scores not in the record)
        obs, _ = record()
        self.obs_id = obs.id
        self.kept: dict[str, str] | None = None
        with contextlib.suppress(StoreBusy):
            self.kept = records.kept_cursor(context, obs.id)
        self._timer: Timer | None = None

    def start_at(self) -> str | None:
        """The indicator the cursor goes back to when the screen opens."""
        obs, inst = self.record()
        return resume_indicator(obs, inst, self.kept)

    def moved(self) -> None:
        if self._timer is None:
            self._timer = self.owner.set_timer(self.REST, self.keep_now)

    def keep_now(self) -> None:
        self._timer = None
        if self.busy():  # a score on its way: looked at once it is in the record
            self.moved()
            return
        at = self.current()
        if at is None:
            return
        obs, inst = self.record()
        place = place_to_keep(obs, inst, at)
        if place == self.kept:
            return
        with contextlib.suppress(StoreBusy):  # another program's write: the next move keeps it
            records.keep_cursor(self.context, self.obs_id, place)
            self.kept = place
