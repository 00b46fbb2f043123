"""The home list, which hands the keys typed after `/` to the search box in order.

Textual gives each key to the widget focused when the key arrives. A fast typist's `/`
and the letters after it all reach the list before the list has run `/` (which moves the
focus to the search box), and those letters were lost: looked up as the list's keys once
the focus had gone. Here `/` is run in the list's own order of keys, and each key the
list still holds after it is typed into the box; the box waits (its KeyGate) until the
list is done, so the keys that came to the box directly follow them.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import DataTable

from observasi.tui.keys import translate_bindings
from observasi.tui.widgets.search_box import SearchBox


class HomeTable(DataTable[Any]):
    def __init__(self, search_box_id: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)  # Textual's English key names are not shown in help
        self.search_box_id = search_box_id

    async def on_key(self, event: events.Key) -> None:
        box = self.screen.query_one(f"#{self.search_box_id}", SearchBox)
        # Who has the focus now: has_focus says it only once the Focus event, queued
        # behind the keys, is handled.
        focused = self.screen.focused
        if event.key == "slash" and focused is self:
            event.stop()
            event.prevent_default()
            box.gate.close_until_done(self)
            await self.screen.run_action("search")
        elif focused is box:
            event.stop()
            event.prevent_default()
            await box.type_key(event)
