"""The rubric of the focused indicator on the live screen: beside the list from 110
columns, every level in full; under it on a narrower terminal, one line per level with
"…" where a descriptor is longer than the line (f4 shows the whole text)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.tui.render import rubric

WIDE = 110  # the app's "-wide" breakpoint (observasi.tui.shell.AppShell)


class RubricBox(VerticalScroll):
    shown: tuple[Observation, Instrument, str] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="rubric")

    def on_resize(self) -> None:
        if self.shown is not None:  # across the breakpoint the layout changes
            self.show(*self.shown)

    def show(self, record: Observation, inst: Instrument, indicator_id: str) -> None:
        self.shown = (record, inst, indicator_id)
        compact = self.app.size.width < WIDE
        text = self.query_one("#rubric", Static)
        text.set_class(compact, "compact")  # one line per level, "…" where cut (app.tcss)
        text.update(rubric(record, inst, indicator_id, compact=compact))
