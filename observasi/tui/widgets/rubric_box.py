"""The rubric of the focused indicator on the live screen: beside the list from 110
columns, every level in full; under it on a narrower terminal, one line per level with
"…" where a descriptor is longer than the line (f4 shows the whole text).

The box has a height of its own (app.tcss), so a new rubric of as many lines as the
text has now is drawn in place: no layout of the screen, which at every score key (the
rubric of the next indicator) cost more than the key's save. A rubric of another height
changes the box's scroll range: then a layout."""

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

    def compose(self) -> ComposeResult:
        yield Static(id="rubric")

    def on_resize(self) -> None:
        # Across the breakpoint the form changes; a new width alone wraps the same text
        # anew by itself (a layout follows every resize). Not at every resize: a new
        # scroll range is one too, and showing the rubric again then was a second layout.
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
        """Whether *content* makes the text another height than it has; then the box's
        scroll range changes: a layout. (A layout already asked for lays the text out
        as it is by then.)"""
        width = text.content_region.width
        if width <= 0:  # not laid out yet
            return True
        return lines_of(text, content, width) != text.size.height
