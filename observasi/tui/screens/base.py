"""What every observasi screen shares: the context, translated keys, guarded store calls,
worker failures reported in one place, and the commands it offers to the palette."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from textual.app import App
from textual.coordinate import Coordinate
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist
from textual.worker import Worker

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store
from observasi.tui.keys import translate_bindings

R = TypeVar("R")

# (title, help text, callback): one entry of the command palette.
PaletteCommand = tuple[str, str, Callable[[], Any]]


def failure_text(app: App[Any], error: Exception, unexpected_key: str | None = None) -> str:
    """The one line a screen shows for its failed background work: a UserError's own
    message; anything else as its type and text (inside *unexpected_key*'s message when
    given), after its traceback is kept in the app's error log (observasi-error.log) so it
    can be reported. Safe from a worker thread."""
    if isinstance(error, UserError):
        return error.message
    log_error = getattr(app, "log_error", None)
    if callable(log_error):
        log_error(error)
    detail = f"{type(error).__name__}: {error}"
    return t(unexpected_key, detail=detail) if unexpected_key else detail


def cursor_key(table: DataTable) -> str | None:
    """The key of the row under *table*'s cursor (None when empty)."""
    if not table.row_count:
        return None
    try:
        return table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
    except CellDoesNotExist:  # the cursor points past the rows
        return None


def restore_cursor(table: DataTable, key: str | None) -> None:
    """Put *table*'s cursor back on the row *key* after a refill, if that row is still there."""
    if key is None:
        return
    with contextlib.suppress(RowDoesNotExist):
        table.move_cursor(row=table.get_row_index(key))


class BaseScreen(Screen[None]):
    """A full screen of the app."""

    TITLE_KEY: ClassVar[str] = ""
    # A paragraph shown under the keys in F1 help (catalog key), when the screen needs one.
    HELP_KEY: ClassVar[str] = ""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        translate_bindings(self)
        if self.TITLE_KEY:
            self.title = t(self.TITLE_KEY)

    @property
    def store(self) -> Store:
        return self.context.store

    def guarded(self, call: Callable[..., R], *args: Any, **kwargs: Any) -> tuple[bool, R | None]:
        """Run a store call; a problem the user can fix becomes a notification.

        Returns (ok, result). The caller shows a change as saved only when ok is true,
        i.e. after the store has committed it."""
        try:
            return True, call(*args, **kwargs)
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return False, None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.worker_changed(event)  # type: ignore[attr-defined]

    def rebuilt(self) -> Screen[Any] | None:
        """A fresh copy of this screen after a language switch (None: not kept)."""
        return None

    def palette_commands(self) -> list[PaletteCommand]:
        """Commands of this screen for the command palette."""
        return []


class BaseModal(ModalScreen[R]):
    """A dialog over the current screen."""

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.worker_changed(event)  # type: ignore[attr-defined]
