"""Key bindings: descriptions that follow the display language, keys bound at run time,
and bindings run in the order keys were typed. The one module that reaches into
Textual's binding maps (written for Textual 8).

(A form's tally keys are bound after the translation, with the form's own labels.)

Bindings are declared on the classes with a catalog key as description ("tui.key.help");
every screen and widget translates its own copy when it is built, so rebuilding the
screens after a language switch gives footers and help in the new language.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Mapping

from textual import events
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.widget import Widget

from observasi.i18n import has, t
from observasi.tui.textual_adapter import (
    class_bindings,
    own_bindings,
    retitle_class_bindings,
    set_bindings,
    textual_keyed_widgets,
)

# Textual's own widgets' keys, by widget and action, in the app's words (catalog keys).
TEXTUAL_KEYS = {
    "SelectOverlay": {"dismiss": "firstday.textual.dismiss_menu"},
    "CommandPalette": {
        "escape": "firstday.textual.close_palette",
        "cursor_down": "firstday.textual.next_command",
        "command_list('cursor_up')": "firstday.textual.previous_command",
        "command_list('page_down')": "firstday.textual.next_page",
        "command_list('page_up')": "firstday.textual.previous_page",
        "command_list('first')": "firstday.textual.top",
        "command_list('last')": "firstday.textual.bottom",
    },
}


def translate_textual_widgets() -> None:
    """Textual's Select menu and command palette show their keys in the display language
    (a description with no word of ours is dropped rather than shown in English)."""
    for name, cls in textual_keyed_widgets().items():
        texts = {action: t(key) for action, key in TEXTUAL_KEYS.get(name, {}).items()}
        retitle_class_bindings(cls, texts, lambda _english: "")


def describe(description: str) -> str:
    """The text of a binding description: a catalog key, translated. Descriptions that
    Textual's own widgets bring (English only) are dropped, so help never shows them."""
    return t(description) if description and has(description) else ""


def translate_bindings(node: DOMNode) -> None:
    """Give *node* its class bindings with translated descriptions."""
    bindings = class_bindings(node)
    if bindings is None:
        return
    for key, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            dataclasses.replace(b, description=describe(b.description), tooltip=describe(b.tooltip)) for b in items
        ]
    set_bindings(node, bindings)


def bind_extra(node: DOMNode, key: str, action: str, description: str) -> None:
    """Bind *key* on *node* alone, after it is built: keys known only at run time (a
    form's tally keys, with the form's own labels)."""
    own_bindings(node).bind(key, action, description, show=False)


async def run_own_binding(node: Widget, event: events.Key, screen_keys: Mapping[str, str] | None = None) -> bool:
    """Run the action *node* itself binds to *event*'s key (or, for a key in
    *screen_keys*, the screen's action named there), now, and stop the key there.

    Textual runs a widget's bindings only once the key has bubbled back up to the app,
    and looks the binding up in the focus chain of *that* moment. Keys typed faster than
    that round trip went astray: a digit typed right after ``/`` was looked up against the
    evidence line that ``/`` had focused meanwhile (and lost), the characters after ``/``
    reached the list before the focus moved, a digit scored the indicator the previous
    digit had not yet moved away from. Run here, in the widget's own queue, every key is
    handled by the widget it was sent to, in the order it was typed. (The screen's keys
    stay bound on the screen too, where the footer and the help show them.) Returns
    whether the key was handled here."""
    screen_action = (screen_keys or {}).get(event.key)
    bindings = own_bindings(node).key_to_bindings.get(event.key) or []
    if screen_action is None and not bindings:
        return False
    event.stop()
    event.prevent_default()
    if screen_action is not None:
        await node.screen.run_action(screen_action)
    else:
        await node.run_action(bindings[0].action)
    return True


class KeyGate:
    """Keys that reach a widget after the focus moved to it wait until the widget the focus
    left has handled the keys typed before the move.

    Textual hands each key to the widget focused when the key arrives, and each widget
    works through its own keys. After a move (``/`` into the evidence line, Esc or Enter
    back to the list) the two widgets work at the same time: a lesson key typed after the
    move could act before a line typed before it was stamped. The move closes the gate of
    the widget it goes to and posts, behind the keys the other widget still holds, the call
    that opens it again. The gate closes behind the keys its own widget (*owner*) holds at
    the move, too: those were typed before it (``/ a Enter 3 / b`` at once: the line's "a"
    must not wait for the list's "3", which waits for the line's Enter)."""

    # A widget that never gets to its keys again (its screen closed) must not hold the
    # other one for long.
    LIMIT_SECONDS = 2.0

    def __init__(self, owner: MessagePump | None = None) -> None:
        self._owner = owner
        self._open: asyncio.Event | None = None

    def close_until_done(self, previous: MessagePump) -> None:
        """Close the gate until *previous* has handled what it holds now."""
        opened = asyncio.Event()
        if not previous.call_later(opened.set):
            return
        if self._owner is None or not self._owner.call_later(self._close, opened):
            self._open = opened

    def _close(self, opened: asyncio.Event) -> None:
        if not opened.is_set():
            self._open = opened

    async def wait(self) -> None:
        opened = self._open
        if opened is None:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(opened.wait(), self.LIMIT_SECONDS)
        if self._open is opened:
            self._open = None
