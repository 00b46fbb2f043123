"""The evidence line of the live screen: what the observer sees happen, typed as it happens.

Enter stamps the line with the moment it was typed; ctrl+t stamps it tagged to the
indicator under the list's cursor (with nothing typed, it tags the latest line instead).
The line empties at once, so what is typed next starts a new line however fast it comes;
the stamped text travels up in a message, and the screen saves it.

Editing keys (backspace, arrows ...) and Enter are handled as they reach the line, in the
order typed (see :func:`observasi.tui.keys.run_own_binding`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from observasi.core.lesson import stamp
from observasi.tui.keys import run_own_binding, translate_bindings


class EvidenceLine(Input):
    BINDINGS = [
        Binding("ctrl+t", "stamp_tagged", "tui.live.key.tag", id="live.tag_line", show=False),
    ]

    class Stamped(Message):
        """A line to save: *text* typed by *at*; *indicator_id*: tag it (an empty text
        with a tag: tag the latest line)."""

        def __init__(self, text: str, at: str, indicator_id: str | None) -> None:
            super().__init__()
            self.text = text
            self.at = at
            self.indicator_id = indicator_id

    def __init__(self, tag_target: Callable[[], str | None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
        # Asked at the moment ctrl+t is pressed: the indicator the line is tagged to.
        self.tag_target = tag_target

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)

    async def action_submit(self) -> None:
        self._stamp(None)

    def action_stamp_tagged(self) -> None:
        indicator_id = self.tag_target()
        if indicator_id is not None:
            self._stamp(indicator_id)

    def _stamp(self, indicator_id: str | None) -> None:
        text = self.value
        if not text.strip() and indicator_id is None:
            return
        self.value = ""
        self.post_message(self.Stamped(text.strip(), stamp(dt.datetime.now(dt.UTC)), indicator_id))
