"""One base class for the app's screens (:class:`BaseScreen`) and one for its dialogs
(:class:`BaseModal`), and what both share: keys in the display language, ``self.app``
typed as the app, a worker's failure reported in one place, the failure line of
background work, the help paragraph, the palette's commands and the rebuild after a
language switch. Also the two helpers of every table with a cursor.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App
from textual.binding import ActiveBinding
from textual.coordinate import Coordinate
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import DataTable, Input, Select
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist
from textual.worker import Worker, WorkerState

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.choice_keys import closed_choice_under, say_typed_on_choice
from observasi.tui.keys import translate_bindings
from observasi.tui.palette import PaletteCommand
from observasi.tui.shell import AppShell

# How many changes a sync made to an open record are named in its toast (then "+N more").
SAID_CHANGES = 3

if TYPE_CHECKING:
    from textual import getters

    from observasi.core.record import Observation
    from observasi.queries.records import Scored

R = TypeVar("R")
T = TypeVar("T")

__all__ = [
    "BaseModal",
    "BaseScreen",
    "PaletteCommand",
    "cursor_key",
    "failure_text",
    "is_suggestion",
    "keep_text_on_focus",
    "prefill",
    "restore_cursor",
]


def failure_text(app: App[Any], error: Exception, unexpected_key: str | None = None) -> str:
    """The one line a screen shows for its failed background work: a UserError's own
    message; anything else as its type and text (inside *unexpected_key*'s message when
    given), after its traceback is kept in the app's error log (observasi-error.log) so it
    can be reported. Safe from a worker thread."""
    if isinstance(error, UserError):
        return error.message
    if isinstance(app, AppShell):  # a screen shown on its own (a test's host app) has no log
        app.log_error(error)
    detail = f"{type(error).__name__}: {error}"
    return t(unexpected_key, detail=detail) if unexpected_key else detail


def cursor_key(table: DataTable[Any]) -> str | None:
    """The key of the row under *table*'s cursor (None when empty)."""
    if not table.row_count:
        return None
    try:
        return table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
    except CellDoesNotExist:  # the cursor points past the rows
        return None


def restore_cursor(table: DataTable[Any], key: str | None) -> None:
    """Put *table*'s cursor back on the row *key* after a refill, if that row is still there."""
    if key is None:
        return
    with contextlib.suppress(RowDoesNotExist):
        table.move_cursor(row=table.get_row_index(key))


# Inputs holding a value the program put there (see prefill), with that value.
_SUGGESTED: WeakKeyDictionary[Input, str] = WeakKeyDictionary()


def prefill(widget: Input, value: str) -> Input:
    """Put *value* in *widget* as the program's suggestion, not the user's text: the
    teacher's subject, today's date, the principal's name copied to the observer's.
    Reached while it still holds the suggestion, the field shows it selected, so what is
    typed replaces it (the walk typed "Matematika" over the teacher's "Matematika" and
    got "MatematikaMatematika"); once changed, it is the user's text (keep_text_on_focus).
    Returns *widget*, so a compose can yield ``prefill(Input(...), value)``."""
    widget.value = value
    _SUGGESTED[widget] = value
    return widget


def is_suggestion(widget: Input) -> bool:
    """Whether *widget* holds the program's suggestion (prefill), not the user's text."""
    return bool(widget.value) and _SUGGESTED.get(widget) == widget.value


def keep_text_on_focus(widget: Widget | None) -> None:
    """A filled field reached by Tab keeps its text: the cursor goes to its end and nothing
    is selected, so what is typed next is added, not put in place of it (Textual selects
    the whole text on focus; a principal correcting "Sukamaju" by typing " Raya" lost the
    town's name). A field still holding the program's suggestion (prefill) has it
    selected instead, visibly, so typing replaces it. Done before the focus event is
    sent, so keys typed right after the Tab find the field as described."""
    if isinstance(widget, Input):
        widget.select_on_focus = False
        if is_suggestion(widget):
            widget.select_all()
        else:
            widget.cursor_position = len(widget.value)


class _Shared(Screen[R]):
    """What every screen and dialog of the app has (through one of the two classes below)."""

    # A paragraph shown under the keys in F1 help (catalog key), when the screen needs one.
    HELP_KEY: ClassVar[str] = ""
    # Keys the footer shows only from a terminal width on (binding id -> columns), whatever
    # their own `show` says: at 80 columns the main keys and help fit, a wider terminal
    # shows more. F1 help lists every key at any width.
    FOOTER_FROM: ClassVar[dict[str, int]] = {}

    if TYPE_CHECKING:
        # At run time this is Textual's own property (a test may show a screen in a plain
        # App); for the type checker it is the app the screens are written for.
        app = getters.app(AppShell)

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        translate_bindings(self)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        active = super().active_bindings
        if not self.FOOTER_FROM:
            return active
        width = self.app.size.width
        for key, item in active.items():
            wide = self.FOOTER_FROM.get(item.binding.id or "")
            if wide is not None and item.binding.show != (width >= wide):
                active[key] = ActiveBinding(
                    item.node, replace(item.binding, show=width >= wide), item.enabled, item.tooltip
                )
        return active

    # The list of choices whose swallowed letters were already pointed out (once a visit).
    _told_choice: Select[Any] | None = None

    def set_focus(self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False) -> None:
        keep_text_on_focus(widget)
        if widget is not self.focused:
            self._told_choice = None
        super().set_focus(widget, scroll_visible, from_app_focus)

    def on_key(self, event: events.Key) -> None:
        select = closed_choice_under(self, event)
        if select is None:
            return
        event.stop()  # said here; nothing else was going to take the letter
        if self._told_choice is not select:
            self._told_choice = select
            say_typed_on_choice(self, select)

    def on_resize(self) -> None:
        if self.FOOTER_FROM:
            self.refresh_bindings()  # the footer asks active_bindings again

    @property
    def help_text(self) -> str:
        return t(self.HELP_KEY) if self.HELP_KEY else ""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.app.report_error(event.worker.error)

    def failure_line(self, error: Exception, unexpected_key: str | None = None) -> str:
        """See :func:`failure_text` (safe from a worker thread)."""
        return failure_text(self.app, error, unexpected_key)

    def guarded(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[bool, T | None]:
        """Run a call that may refuse (a UserError becomes a notification).

        Returns (ok, result). The caller shows a change as saved only when ok is true,
        i.e. after the store has committed it."""
        try:
            return True, call(*args, **kwargs)
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return False, None

    def rebuilt(self) -> Screen[Any] | None:
        """A fresh copy of this screen after a language switch (None: not kept)."""
        return None

    def palette_commands(self) -> list[PaletteCommand]:
        """Commands of this screen for the command palette."""
        return []


class BaseScreen(_Shared[R]):
    """A full screen of the app, on the app's context."""

    # The screen's title in the header (catalog key).
    TITLE_KEY: ClassVar[str] = ""
    _shown_before = False

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        if self.TITLE_KEY:
            self.title = t(self.TITLE_KEY)

    def tell_changed_elsewhere(self, before: Observation, after: Scored) -> None:
        """A sync changed the record this screen shows (a colleague's edit, a conflict
        decided on another laptop): say what it changed -- the screen redrew it, and a
        score that changed under the principal's eyes without a word was the walk's F8."""
        from observasi.queries.records import changes_since  # pydantic: never on the start path

        lines = [" ".join(line.split()) for line in changes_since(before, after)]
        if not lines:
            self.notify(t("tui.live.updated"), timeout=4)
            return
        shown = "; ".join(lines[:SAID_CHANGES])
        more = t("fx10l.sync.more", count=len(lines) - SAID_CHANGES) if len(lines) > SAID_CHANGES else ""
        self.notify(t("fx10l.sync.changed", changes=shown + more), severity="warning", timeout=15)

    def on_screen_resume(self) -> None:
        """The header's "menunggu dikirim" is true as soon as a screen that wrote returns
        (an edited draft left with Esc), not at the next timed refresh seconds later: a
        few indexed counts (m118, m121), read before the returned screen is drawn."""
        if not self._shown_before:  # its first showing: the app's start or its opener reads it
            self._shown_before = True
            return
        read = getattr(self.app, "read_sync_status", None)  # a test may show a screen in a plain App
        if read is not None:
            read()


class BaseModal(ModalScreen[R], _Shared[R]):
    """A dialog over the current screen."""
