"""Keys typed right after a key that is not a character -- one that may move the focus (Tab,
shift+tab, Enter; ctrl+s or Esc, which close a question) or edit the field (Backspace, an
arrow, Home, ctrl+u) -- wait for that key to be done, so they reach the field the focus
moved to, after the edit (``abc ctrl+s 3 2`` on an evidence line's question had saved
"abc32" and scored nothing: review11b; ``123 Backspace 4`` kept "123": walk11b).

Textual hands each key to the widget focused when the key arrives at the app. A Tab moves
the focus only once the field it reached has worked through the keys it holds and the Tab
has bubbled back up to the screen's binding; an Enter in a form's field moves it later
still (the field's ``Submitted`` travels up to the form, which calls ``focus_next``). The
characters typed after it, at machine speed, had already been handed to the field the
focus was leaving: ``'SMP Satu' Tab '12345678'`` in one go put both in the school's name
(walk of round 11). One mechanism for every form: the app holds the keys typed after such
a key (:class:`observasi.tui.textual_adapter.KeysFollowTheScreen`) until the key, and the
messages its handling posted, have travelled the whole way up -- from the widget it was
handed to, through each parent, to the app -- and then hands them on, in the order typed,
to whatever has the focus then.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from textual import events
from textual.app import App
from textual.dom import DOMNode


class FocusMoves:
    """Whether a key that is not a character is still on its way (the keys after it wait)."""

    # Trips up the widget's parents to the app: the key's own (its bindings run at the app),
    # then the messages they posted on the way (an Enter's Submitted up to the form).
    ROUNDS = 2
    # A trip that never ends (a widget closed under it) holds the keys no longer than this.
    LIMIT_SECONDS = 1.0

    def __init__(self, app: App[object], done: Callable[[], Awaitable[None]]) -> None:
        self._app = app
        self._done = done  # hands on the keys held meanwhile
        self._since: float | None = None
        self._trip = 0

    def pending(self) -> bool:
        """Whether keys typed now must wait for a focus key typed before them."""
        return self._since is not None and time.monotonic() - self._since < self.LIMIT_SECONDS

    def follow(self, key: events.Key, target: DOMNode) -> None:
        """*key* was just handed to *target*: unless it is a character, the keys after it wait
        until it and what it caused have been handled."""
        if key.is_printable:
            return  # a character goes into the field at once: nothing to wait for
        self._trip += 1
        self._since = time.monotonic()
        self._post(target, target, self.ROUNDS, self._trip)

    def _post(self, node: DOMNode, origin: DOMNode, rounds: int, trip: int) -> None:
        # Behind everything *node* holds now: the key, or what reached it from below.
        step = node
        while not step.call_later(self._step, step, origin, rounds, trip):
            if step is self._app:
                self._end(trip)
                return
            step = step.parent or self._app  # closed: on to its parent (a removed widget: the app)

    async def _step(self, node: DOMNode, origin: DOMNode, rounds: int, trip: int) -> None:
        if node is not self._app:
            self._post(node.parent or self._app, origin, rounds, trip)
        elif rounds > 1:
            self._post(origin, origin, rounds - 1, trip)
        elif trip == self._trip:
            self._end(trip)
            await self._done()

    def _end(self, trip: int) -> None:
        if trip == self._trip:
            self._since = None
