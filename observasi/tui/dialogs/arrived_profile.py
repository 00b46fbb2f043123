"""The school's profile arriving on a joining laptop's welcome (the walk: the newcomer's
unsaved "SMPN 7 Sukamaju" stayed in the field under "the profile came", and saving it
renamed the school on every laptop, silently).

The received values are what the welcome shows. Where the newcomer had typed something
else, both are shown side by side in a question whose first answer keeps the school's;
what was typed comes back only when the person chooses it, and is never dropped unseen:
the first answer's button says the typing is set aside, and under each field the welcome
keeps showing what was typed there, to copy back (the review: an Enter dropped it without
a trace).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from observasi.i18n import t
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.unsaved import _label_of
from observasi.tui.textual_adapter import push_unbidden


@dataclass(frozen=True)
class Differs:
    """One field where the newcomer typed something other than the school's profile."""

    widget_id: str
    label: str
    school: str
    typed: str


def _value(widget: Widget) -> str:
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, Select):
        return "" if widget.is_blank() else str(widget.value)
    return ""


def _put(widget: Widget, value: str) -> None:
    if isinstance(widget, Input):
        widget.value = value
    elif isinstance(widget, TextArea):
        widget.text = value
    elif isinstance(widget, Select):
        widget.value = value


def _same(one: str, other: str) -> bool:
    return " ".join(one.split()) == " ".join(other.split())


def take_arrived(
    screen: Screen[Any], arrived: Mapping[str, str], shown: Mapping[str, str], kept: dict[str, tuple[str, str]]
) -> list[Differs]:
    """Put the school's *arrived* values (by widget id) in the form. A field the newcomer
    typed in (it differs from what was *shown* when the form opened) and that differs from
    the school's is listed; a field the school left empty keeps what was typed. *kept*:
    the typed values already chosen over the school's (not asked again for the same pair)."""
    differs: list[Differs] = []
    for widget_id, school_value in arrived.items():
        if not school_value.strip():
            continue  # the school has nothing there: what was typed adds to it
        widget = screen.query_one(f"#{widget_id}")
        now = _value(widget)
        if _same(now, school_value) or kept.get(widget_id) == (school_value, now):
            continue
        if now.strip() and not _same(now, shown.get(widget_id, "")):
            differs.append(Differs(widget_id, _label_of(widget), school_value, now))
        _put(widget, school_value)
    return differs


def ask_which(
    screen: Screen[Any],
    school: str,
    differs: list[Differs],
    kept: dict[str, tuple[str, str]],
    undecided: list[Differs],
) -> None:
    """Both spellings of each field side by side; the first answer (Enter, Esc) keeps the
    school's, the other puts what was typed back in its field (saved only with ctrl+s).
    Until the answer, *undecided* holds what was typed: quitting meanwhile names it as lost
    (:func:`undecided_lines`)."""
    undecided[:] = differs
    lines = [t("ux7j2.arrived.lead", school=school)]
    for one in differs:
        lines.append(t("ux7j2.arrived.field", label=one.label, school=one.school.strip(), typed=one.typed.strip()))
    lines.append(t("ux8j.arrived.after"))

    def answered(typed: bool | None) -> None:
        undecided.clear()
        if not typed:
            _show_set_aside(screen, differs)
            return
        for one in differs:
            _put(screen.query_one(f"#{one.widget_id}"), one.typed)
            kept[one.widget_id] = (one.school, one.typed)

    dialog = ConfirmDialog(
        t("ux7j2.arrived.title"),
        lines,
        t("ux7j2.arrived.use_typed"),
        destructive=True,  # the school's profile is what an early Enter keeps
        cancel=t("ux8j.arrived.use_school"),
    )
    push_unbidden(screen.app, dialog, answered)  # a sync's question: keys typed before it are not its answer


def _show_set_aside(screen: Screen[Any], differs: list[Differs]) -> None:
    """Under each field whose typing gave way to the school's, a line with what was typed:
    visible for as long as the welcome is open, so it can be copied back by hand."""
    for one in differs:
        widget = screen.query_one(f"#{one.widget_id}")
        line_id = f"set-aside-{one.widget_id}"
        for old in screen.query(f"#{line_id}"):
            old.remove()
        said = t("ux8j.arrived.set_aside", typed=one.typed.strip())
        line = Static(Text(said, style="dim"), id=line_id, classes="hint set-aside")
        if isinstance(widget.parent, Widget):
            widget.parent.mount(line, after=widget)


def undecided_lines(undecided: list[Differs]) -> list[str]:
    """What the newcomer typed and has not yet chosen to keep, as the question before
    quitting names what is lost (the review: ctrl+q over the question dropped it unsaid)."""
    return [f"• {one.label}: {one.typed.strip()}" for one in undecided]
