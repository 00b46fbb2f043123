"""Changes a screen asks of its record, saved one after another in the order asked.

Each change is applied on the UI thread through the live-record service (about a
millisecond), so it is saved before the next key is handled and the screen draws only
what was saved. When another program keeps the database locked, the change waits at
the head of the queue -- with the ones asked after it -- and is tried again shortly; the
screen says so, stays responsive, and nothing asked is dropped. A change the rules
refuse is reported and dropped; anything unexpected is reported and logged, and the
screen carries on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from textual.timer import Timer

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.errors import UserError
from observasi.queries.records import LiveRecord, Saved, StoreBusy
from observasi.tui.base import BaseScreen

# How long a change waits for another program's write before it is queued and retried,
# and how soon it is retried: short enough for the screen's clock to keep moving.
WAIT_SECONDS = 0.25
RETRY_SECONDS = 0.5

Then = Callable[[Saved], None]


class ChangeQueue:
    def __init__(
        self,
        screen: BaseScreen[Any],
        live: LiveRecord,
        on_saved: Callable[[Saved], None],
        on_waiting: Callable[[str | None], None],
    ) -> None:
        self.screen = screen
        self.live = live
        self.on_saved = on_saved
        self.on_waiting = on_waiting  # the reason changes wait, or None when none waits
        self._pending: deque[tuple[ch.Change, Then | None]] = deque()
        self._retry: Timer | None = None

    def __len__(self) -> int:
        return len(self._pending)

    def submit(self, change: ch.Change, then: Then | None = None) -> None:
        """Save *change* after every change asked before it; *then* runs once it is saved."""
        self._pending.append((change, then))
        if self._retry is None:
            self._drain()

    def _drain(self) -> None:
        self._retry = None
        while self._pending:
            change, then = self._pending[0]
            try:
                saved = self.live.apply(change, wait=WAIT_SECONDS)
            except StoreBusy as busy:
                self.on_waiting(busy.message)
                self._retry = self.screen.set_timer(RETRY_SECONDS, self._drain)
                return
            except UserError as refused:
                self._pending.popleft()
                self.screen.notify(refused.message, severity="error", timeout=8)
                continue
            except Exception as error:  # one failed change must not stop the screen
                self._pending.popleft()
                self._report(error)
                continue
            self._pending.popleft()
            try:  # saved: whatever happens while drawing it, the changes behind it go on
                self.on_saved(saved)
                if then is not None:
                    then(saved)
            except Exception as error:
                self._report(error)
        self.on_waiting(None)

    def _report(self, error: Exception) -> None:
        self.screen.app.report_error(error)


class LiveRecordView:
    """A screen of one record held by the live-record service: what it shows is read from
    the service at the moment it is drawn, never copied."""

    live: LiveRecord

    @property
    def obs(self) -> Observation:
        return self.live.record

    @property
    def inst(self) -> Instrument:
        return self.live.instrument
