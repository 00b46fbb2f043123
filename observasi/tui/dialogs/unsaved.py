"""A form that is left with edits not saved asks first, and says what would be lost.

A screen keeps :func:`form_values` from when it was shown; on Esc it calls
:func:`leave_or_ask`, which leaves at once when nothing changed and otherwise lists each
changed field by its label with what was typed, starting on "Batal".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label, Select, TextArea
from textual.widgets._select import NoSelection, SelectCurrent

from observasi.i18n import t
from observasi.tui.dialogs.questions import ConfirmDialog

# A long text is shown by its start: enough to recognise it.
SHOWN_CHARS = 50


def form_values(root: Widget | Screen[Any]) -> dict[str, str]:
    """What every input, choice and text area under *root* holds, by widget id."""
    values: dict[str, str] = {}
    for widget in root.query("Input, Select, TextArea"):
        if widget.id is None:
            continue
        if isinstance(widget, Input):
            values[widget.id] = widget.value
        elif isinstance(widget, Select):
            values[widget.id] = "" if widget.is_blank() else str(widget.value)
        elif isinstance(widget, TextArea):
            values[widget.id] = widget.text
    return values


def _label_of(widget: Widget) -> str:
    """The label shown above *widget* (the nearest Label before it in its container)."""
    parent = widget.parent
    if parent is not None:
        siblings = list(parent.children)
        for sibling in reversed(siblings[: siblings.index(widget)]):
            if isinstance(sibling, Label):
                return str(sibling.content).strip()
    return widget.id or ""


def _shown(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return t("firstday.unsaved.empty")
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _choice_label(select: Select[Any]) -> str:
    """The text a Select shows for its current choice (the theme "Gelap", not "textual-dark")."""
    label = select.query_one(SelectCurrent).label
    return "" if isinstance(label, NoSelection) else str(label)


def changed_fields(screen: Screen[Any], before: dict[str, str]) -> list[str]:
    """One line per field whose value differs from *before*: its label and what it holds."""
    now = form_values(screen)
    lines = []
    for widget_id, value in now.items():
        if value == before.get(widget_id, value):
            continue
        widget = screen.query_one(f"#{widget_id}")
        if isinstance(widget, Input) and widget.password:
            shown = "•" * len(value)
        elif isinstance(widget, Select):
            shown = _shown(_choice_label(widget))  # what the list shows, not its internal value
        else:
            shown = _shown(value)
        lines.append(f"• {_label_of(widget)}: {shown}")
    return lines


def leave_or_ask(
    screen: Screen[Any],
    before: dict[str, str],
    leave: Callable[[], object],
    stay: Callable[[], object] | None = None,
    also: Sequence[str] = (),
) -> None:
    """Run *leave* when nothing changed since *before* (and *also* names nothing else that
    would be lost); else ask, naming what is lost (*stay*: run when the answer is to stay)."""
    lines = [*changed_fields(screen, before), *also]
    if not lines:
        leave()
        return

    def answered(discard: bool | None) -> None:
        if discard:
            leave()
        elif stay is not None:
            stay()

    dialog = ConfirmDialog(
        t("firstday.unsaved.title"),
        [t("firstday.unsaved.lead"), *lines],
        t("firstday.unsaved.discard"),
        destructive=True,
    )
    screen.app.push_screen(dialog, answered)
