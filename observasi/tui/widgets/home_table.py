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
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widgets import Button, DataTable

from observasi.tui.keys import translate_bindings
from observasi.tui.widgets.search_box import SearchBox


class HomeTable(DataTable[Any]):
    def __init__(self, search_box_id: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)  # Textual's English key names are not shown in help
        self.search_box_id = search_box_id

    async def on_key(self, event: events.Key) -> None:
        await self.search_key(self, event)

    async def search_key(self, holder: MessagePump, event: events.Key) -> None:
        """*event*, delivered to *holder* (this list, or the resume button), taken by the
        search: `/` opens it; a letter that is none of the
        screen's keys opens it and is its first letter (a principal who starts typing a
        teacher's name expects it there: "sukru" opened Rekap); after either, the keys
        still held here are typed into the box."""
        if self.screen is not self.app.screen:
            return  # typed for the screen a key before it opened ("n", then a name): the app hands it on
        box = self.screen.query_one(f"#{self.search_box_id}", SearchBox)
        # Who has the focus now: has_focus says it only once the Focus event, queued
        # behind the keys, is handled.
        focused = self.screen.focused
        if focused is box:
            event.stop()
            event.prevent_default()
            await box.type_key(event)
        elif event.key == "slash" or starts_search(self.screen, event):
            event.stop()
            event.prevent_default()
            box.gate.close_until_done(holder)
            await self.screen.run_action("search")
            if event.key != "slash":
                await box.type_key(event)
        elif event.is_printable and (bound := self.screen.active_bindings.get(event.key)) and bound.enabled:
            # One of Beranda's keys, run here in the order typed (keys.run_own_binding says
            # why): "sukru" at once sorted after the search had taken "ukru", and typed the s.
            event.stop()
            event.prevent_default()
            await self.app.run_action(bound.binding.action, bound.node)


class ResumeButton(Button):
    """Beranda's "▶ Lanjutkan (c)", focused when a lesson waits: a name typed there goes
    into the search, in the order typed, as from the list."""

    async def on_key(self, event: events.Key) -> None:
        await self.screen.query_one(HomeTable).search_key(self, event)


def starts_search(screen: Screen[Any], event: events.Key) -> bool:
    """A letter that no key of *screen* (nor the app's) takes."""
    character = event.character
    return bool(character and character.isalpha() and event.is_printable) and event.key not in screen.active_bindings
