"""The home list's search box: a place for typing, left with Enter, ↓ or Esc.

While it has the focus every letter is text (a name can hold any letter), so the screen's
letter keys (n, c, s, g ...) cannot act. The footer says how to get back to the list
instead of naming keys that would only be typed. Esc leaves the search as typed (what a
person typed is not dropped by a key meant as "done"); Esc on the list then clears it.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import Input

from observasi.tui.keys import translate_bindings


class SearchBox(Input):
    BINDINGS = [
        Binding("enter", "submit", "ux5.home.key.to_list", key_display="enter/esc", id="home.search_done"),
        Binding("escape", "submit", "ux5.home.key.to_list", show=False, id="home.search_leave"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
