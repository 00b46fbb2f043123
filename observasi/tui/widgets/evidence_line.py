"""The evidence line of the live screen: what the observer sees happen, typed as it happens.

Enter stamps the line with the moment it was typed; ctrl+t stamps it tagged to the
indicator under the list's cursor (with nothing typed, it tags the latest line instead).
The line empties at once. (The live screen then hands the keys back to its indicator list.)

Editing keys (backspace, arrows ...), Enter and the keys the screen binds here are
handled as they reach the line, in the order typed (see
:func:`observasi.tui.keys.run_own_binding`); a stamped line is handed to the screen's
*on_stamp* there and then, not in a message that would arrive after a lesson key typed
right behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from observasi.core.lesson import stamp
from observasi.tui.keys import KeyGate, run_own_binding, translate_bindings


class EvidenceLine(Input):
    BINDINGS = [
        Binding("ctrl+t", "stamp_tagged", "tui.live.key.tag", id="live.tag_line", show=False),
    ]

    def __init__(
        self,
        tag_target: Callable[[], str | None],
        on_stamp: Callable[[str, str, str | None], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
        # Asked at the moment ctrl+t is pressed: the indicator the line is tagged to.
        self.tag_target = tag_target
        # (text, moment typed, indicator to tag or None); an empty text with an indicator
        # means: tag the latest line; with none: nothing to save (Enter on an empty line).
        self.on_stamp = on_stamp
        self.gate = KeyGate()
        # Keys whose action is the screen's (key -> action name), handled here in order.
        self.screen_keys: dict[str, str] = {}

    async def on_key(self, event: events.Key) -> None:
        await self.gate.wait()
        await run_own_binding(self, event, self.screen_keys)

    async def action_submit(self) -> None:
        self._stamp(None)

    def action_stamp_tagged(self) -> None:
        indicator_id = self.tag_target()
        if indicator_id is not None:
            self._stamp(indicator_id)

    def _stamp(self, indicator_id: str | None) -> None:
        """Hand what is typed to *on_stamp* (tagged to *indicator_id*) and empty the line."""
        text = self.value.strip()
        if text:
            self.value = ""
        self.on_stamp(text, stamp(dt.datetime.now(dt.UTC)), indicator_id)
