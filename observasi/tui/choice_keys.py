"""Letters typed on a closed list of choices (a Select) are said, not swallowed.

Textual's Select ignores a letter while its list is closed, so text a principal types
there (a folder's path typed while the cursor was on "Bahasa") vanished without a word.
The screen now says which field it is and how to choose in it, once per visit of the
field. A key the screen binds (a letter shortcut on the home screen) keeps its meaning.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.screen import Screen
from textual.widgets import Label, Select

from observasi.i18n import t


def field_label(widget: Any) -> str:
    """The text of the label just before *widget* in its container ("" when none)."""
    parent = widget.parent
    if parent is None:
        return ""
    found = ""
    for child in parent.children:
        if child is widget:
            break
        if isinstance(child, Label):
            found = str(child.content).strip()
    return found


def closed_choice_under(screen: Screen[Any], event: events.Key) -> Select[Any] | None:
    """The closed Select that *event*'s letter would vanish on (None: not such a key)."""
    select = screen.focused
    if not isinstance(select, Select) or select.expanded:
        return None
    if not event.is_printable or event.key == "space" or event.key in screen.active_bindings:
        return None
    return select


def say_typed_on_choice(screen: Screen[Any], select: Select[Any]) -> None:
    label = field_label(select)
    key = "firstday_a.choice.typed_named" if label else "firstday_a.choice.typed"
    screen.notify(t(key, field=label), severity="warning", timeout=8)
