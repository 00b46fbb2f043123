"""The rubric of the focused indicator on the live screen: beside the list from 110
columns, every level in full; under it on a narrower terminal, one line per level with
"…" where a descriptor is longer than the line (f4 shows the whole text).

The box has a height of its own (app.tcss), so a new rubric of as many lines as the one
shown is drawn in place: no layout of the screen, which at every score key (the rubric
of the next indicator) cost more than the key's save."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.tui.render import rubric
from observasi.tui.textual_adapter import lines_of

WIDE = 110  # the app's "-wide" breakpoint (observasi.tui.shell.AppShell)


class RubricBox(VerticalScroll):
    shown: tuple[Observation, Instrument, str] | None = None
    _compact: bool | None = None  # the form last shown in: one line per level, or in full
    _lines: tuple[int, int] | None = None  # (width, height) of the text shown

    def compose(self) -> ComposeResult:
        yield Static(id="rubric")

    def on_resize(self) -> None:
        # Across the breakpoint the form changes; a new width alone wraps the same text
        # anew by itself (a layout follows every resize).
        self._lines = None
        if self.shown is not None and self._compact != self._is_compact():
            self.show(*self.shown)

    def _is_compact(self) -> bool:
        return self.app.size.width < WIDE

    def show(self, record: Observation, inst: Instrument, indicator_id: str) -> None:
        self.shown = (record, inst, indicator_id)
        compact = self._is_compact()
        text = self.query_one("#rubric", Static)
        restyled = compact != self._compact
        self._compact = compact
        text.set_class(compact, "compact")  # one line per level, "…" where cut (app.tcss)
        content = rubric(record, inst, indicator_id, compact=compact)
        text.update(content, layout=restyled or self._height_changed(text, content))

    def _height_changed(self, text: Static, content: Text) -> bool:
        """Whether *content* takes another number of lines than the text shown (then the
        box's scroll range changes: a layout); unknown before the first layout."""
        width = text.content_region.width
        if width <= 0:
            return True
        height = lines_of(text, content, width)
        lines, self._lines = self._lines, (width, height)
        return lines != (width, height)
