"""The home list's search box: a place for typing, left with Enter, ↓ or Esc.

While it has the focus every letter is text (a name can hold any letter), so the screen's
letter keys (n, c, s, g ...) cannot act. The footer says how to get back to the list
instead of naming keys that would only be typed. Esc leaves the search as typed (what a
person typed is not dropped by a key meant as "done"); Esc on the list then clears it.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding

from observasi.tui.keys import translate_bindings
from observasi.tui.widgets.gated_input import GatedInput


class SearchBox(GatedInput):
    BINDINGS = [
        Binding("enter", "submit", "ux5.home.key.to_list", key_display="enter/esc", id="home.search_done"),
        Binding("escape", "submit", "ux5.home.key.to_list", show=False, id="home.search_leave"),
    ]
    # Enter, Esc or ↓ reaching the box through the list mean "done, back to the list".
    DONE_KEYS = frozenset({"enter", "escape", "down"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        translate_bindings(self)
