"""The follow-up plan of the reflection screen: a table whose keys (add, edit, remove)
work while it has focus, and ask the screen through messages."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from observasi.tui.keys import translate_bindings


class FollowUpTable(DataTable[Any]):
    """The follow-up plan; the screen holds the items and answers the table's requests."""

    BINDINGS = [
        Binding("a,insert", "add", "ux5.refl.key.add", id="refl.add"),  # short: the footer at 80 columns
        Binding("enter", "edit", "tui.refl.key.edit", id="refl.edit"),
        Binding("delete", "remove", "tui.refl.key.remove", id="refl.remove"),
    ]

    class AddRequested(Message):
        """A new item is wanted."""

    class EditRequested(Message):
        """The item under the cursor is to be changed (a new one, when there is none)."""

    class RemoveRequested(Message):
        """The item under the cursor is to be removed (after asking)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        translate_bindings(self)

    def action_add(self) -> None:
        self.post_message(self.AddRequested())

    def action_edit(self) -> None:
        self.post_message(self.EditRequested())

    def action_remove(self) -> None:
        self.post_message(self.RemoveRequested())
