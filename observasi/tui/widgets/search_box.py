"""The home list's search box: a place for typing, left with Enter, ↓ or Esc.

While it has the focus every letter is text (a name can hold any letter), so the screen's
letter keys (n, c, s, g ...) cannot act. The footer says how to get back to the list
instead of naming keys that would only be typed. Esc leaves the search as typed (what a
person typed is not dropped by a key meant as "done"); Esc on the list then clears it.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from observasi.tui.keys import KeyGate, translate_bindings

# Keys that mean "done, back to the list" when they reach the box through the list.
_DONE_KEYS = frozenset({"enter", "escape", "down"})


class SearchBox(Input):
    BINDINGS = [
        Binding("enter", "submit", "ux5.home.key.to_list", key_display="enter/esc", id="home.search_done"),
        Binding("escape", "submit", "ux5.home.key.to_list", show=False, id="home.search_leave"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
        # Closed by `/` on the list (observasi.tui.widgets.home_table) until the list has
        # passed on the keys it got before the focus came here.
        self.gate = KeyGate()

    async def on_key(self, event: events.Key) -> None:
        await self.gate.wait()

    async def type_key(self, event: events.Key) -> None:
        """*event*, typed after `/` but delivered to the list before the focus moved here,
        handled as if it had come here: a letter replaces the selection (the old search)
        or is added, backspace deletes, Enter, Esc or ↓ go back to the list."""
        if event.is_printable and event.character is not None:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(event.character)
            else:
                self.replace(event.character, *selection)
        elif event.key == "backspace":
            self.action_delete_left()
        elif event.key in _DONE_KEYS:
            await self.action_submit()
