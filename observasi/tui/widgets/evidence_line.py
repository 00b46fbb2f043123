"""The evidence line of the live screen: what the observer sees happen, typed as it happens.

Enter stamps the line with the moment it was typed; ctrl+t stamps it tagged to the
indicator under the list's cursor (with nothing typed, it tags the latest line instead).
The line empties at once.

Both act twice (the live screen's priority bindings): the moment they arrive, the screen
gives the keys to its indicator list, so every key typed after them is the list's (a
digit scores, a letter counts); in the line's own order of keys, :meth:`EvidenceLine.stamp_in_order`
then stamps what was typed before them. Editing keys (backspace, arrows ...) and the
lesson keys the screen binds here are handled as they reach the line, in the order typed
(see :func:`observasi.tui.keys.run_own_binding`).

What is typed is kept as the record's draft (*keep*), at most every :attr:`EvidenceLine.DRAFT_EVERY`
seconds, so a killed app does not lose a half-typed line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from textual import events, on
from textual.timer import Timer
from textual.widgets import Input

from observasi.core.lesson import stamp
from observasi.tui.keys import KeyGate, run_own_binding, translate_bindings
from observasi.tui.textual_adapter import withdraw_toast


class EvidenceLine(Input):
    # Seconds from a change of the text to its write as the draft: a key pays no write (a
    # commit per character would be a disk flush per key), and a kill loses at most the
    # characters typed in the last half second.
    DRAFT_EVERY = 0.5

    def __init__(
        self,
        tag_target: Callable[[], str | None],
        on_stamp: Callable[[str, str, str | None], None],
        keep: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
        # Asked when the line is stamped with ctrl+t: the indicator the line is tagged to.
        self.tag_target = tag_target
        # (text, moment typed, indicator to tag or None); an empty text with an indicator
        # means: tag the latest line; with none: nothing to save (Enter on an empty line).
        self.on_stamp = on_stamp
        # Keeps the text as typed (a blank text: nothing is kept any more).
        self.keep = keep
        self._keep_timer: Timer | None = None
        self.kept = False  # whether a draft of the text is kept now
        # What was said when the text came back from a draft an ended app left ("": it did not).
        self.restored = ""
        self.gate = KeyGate(self)
        # Keys whose action is the screen's (key -> action name), handled here in order.
        self.screen_keys: dict[str, str] = {}

    async def on_key(self, event: events.Key) -> None:
        await self.gate.wait()
        await run_own_binding(self, event, self.screen_keys)

    @on(Input.Changed)
    def _changed(self) -> None:
        if self.keep is not None and self._keep_timer is None:
            self._keep_timer = self.set_timer(self.DRAFT_EVERY, self.keep_now)

    def keep_now(self) -> None:
        """Keep the text as it is now (a blank one: no draft any more)."""
        if self._keep_timer is not None:
            self._keep_timer.stop()
        self._keep_timer = None
        typed = bool(self.value.strip())
        if self.keep is not None and (typed or self.kept):
            self.keep(self.value)
            self.kept = typed

    async def action_submit(self) -> None:
        self._stamp(None)

    def stamp_in_order(self, tagged: bool) -> None:
        """Stamp the line (tagged: to the list's indicator) once the keys it holds now are in."""
        self.call_later(self._stamp_queued, tagged)

    async def _stamp_queued(self, tagged: bool) -> None:
        await self.gate.wait()  # a move the list had to finish (its cursor, for the tag)
        indicator_id = self.tag_target() if tagged else None
        if not tagged or indicator_id is not None:
            self._stamp(indicator_id)

    def forget_restored(self) -> None:
        """The restored text is saved or thrown away: what said it came back is taken back."""
        withdraw_toast(self.app, self.restored)
        self.restored = ""

    def _stamp(self, indicator_id: str | None) -> None:
        """Hand what is typed to *on_stamp* (tagged to *indicator_id*) and empty the line."""
        text = self.value.strip()
        if text:
            self.value = ""
            self.forget_restored()
        self.on_stamp(text, stamp(dt.datetime.now(dt.UTC)), indicator_id)
