"""A text box that takes the keys typed for it before the focus reached it.

Textual gives each key to the widget focused when the key arrives. When a key moves the
focus to a box (``/`` on the home list; a path typed over the shared folder's tree), the
keys typed right after it have already gone to the widget the focus left: that widget
hands them here (:meth:`GatedInput.type_key`), and the box waits (its KeyGate) until
it has, so the keys that came to the box directly follow them in the order typed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.widgets import Input

from observasi.tui.keys import KeyGate


class GatedInput(Input):
    # Keys that mean "done" when they reach the box through the widget it took over from.
    DONE_KEYS: ClassVar[frozenset[str]] = frozenset({"enter"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = KeyGate(self)

    async def on_key(self, event: events.Key) -> None:
        await self.gate.wait()

    def take_over_from(self, previous: Any) -> None:
        """Move the focus here from *previous*, whose queued keys come first."""
        self.gate.close_until_done(previous)
        self.focus()

    async def type_key(self, event: events.Key) -> bool:
        """*event*, delivered to another widget before the focus moved here, handled as if
        it had come here: a character replaces the selection or is added, backspace
        deletes, a done key submits. Returns whether it was handled here (else it goes on
        to the screen's keys: Esc, Ctrl+S)."""
        if event.is_printable and event.character is not None:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(event.character)
            else:
                self.replace(event.character, *selection)
        elif event.key == "backspace":
            self.action_delete_left()
        elif event.key in self.DONE_KEYS:
            await self.action_submit()
        else:
            return False
        event.stop()
        event.prevent_default()
        return True
