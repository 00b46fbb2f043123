"""The programme changed on two laptops: the parts both changed differently (a field, or
one teacher's schedule row), each shown in full on both sides below the list; a person
takes A (this laptop) or B (the other) for each, and Ctrl+S saves the version made from
both, which travels to every laptop. What only one laptop changed is merged already, and
said. Opened from the planner (k), which it answers with whether it saved."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.core.dates import semester_label
from observasi.core.programme import Programme
from observasi.core.programme_merge import Side
from observasi.i18n import t
from observasi.queries import programme as programmes
from observasi.tui.base import BaseScreen
from observasi.tui.render import plain

_SHOWN: dict[Side, str] = {"ours": "A", "theirs": "B"}


class ProgrammeClashScreen(BaseScreen[bool]):
    DEFAULT_CSS = """
    ProgrammeClashScreen { layout: vertical; }
    ProgrammeClashScreen #clash-title { text-style: bold; padding: 0 1; background: $boost; }
    ProgrammeClashScreen #clash-intro, ProgrammeClashScreen #clash-taken { padding: 0 1; }
    ProgrammeClashScreen #clash-taken { color: $text-muted; }
    ProgrammeClashScreen #clash-parts { height: auto; max-height: 6; margin: 0 1; }
    ProgrammeClashScreen #clash-detail { height: 1fr; margin: 0 1; border-top: solid $primary; }
    """
    BINDINGS = [
        Binding("a", "take('ours')", "trust.conflict.key_a", id="programme.clash.a"),
        Binding("b", "take('theirs')", "trust.conflict.key_b", id="programme.clash.b"),
        # Two laptops that each planned the semester differ in every row: one key for all.
        Binding("A", "take_all('ours')", "sync.conflict.keep_a", id="programme.clash.all_a"),
        Binding("B", "take_all('theirs')", "sync.conflict.keep_b", id="programme.clash.all_b"),
        Binding("ctrl+s", "save", "sync.conflict.save", id="programme.clash.save"),
        Binding("escape", "cancel", "sync.key.back", id="programme.clash.back"),
    ]

    def __init__(self, context: AppContext, programme: Programme) -> None:
        super().__init__(context)
        self.programme = programme
        self.clash = programmes.clash(context, programme)
        self.choices: dict[str, Side] = {}

    def compose(self) -> ComposeResult:
        clash = self.clash
        yield Static(plain(t("year3.clash.title", semester=semester_label(self.programme.semester))), id="clash-title")
        if clash is not None:
            yield Static(plain(t("year3.clash.intro", laptop=clash.laptop)), id="clash-intro")
            taken = t("year3.clash.taken", parts="; ".join(clash.taken)) if clash.taken else t("year3.clash.taken_none")
            yield Static(plain(taken), id="clash-taken")
        yield DataTable(id="clash-parts", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="clash-detail"):
            yield Static(id="clash-values")
        yield Footer()

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#clash-parts", DataTable)

    def on_mount(self) -> None:
        self.table.add_column(t("sync.conflict.col_part"), key="part")
        self.table.add_column(t("sync.conflict.col_choice"), key="choice")
        if self.clash is None:
            self.table.add_row(plain(t("year3.clash.none")), "")
        for part in self.clash.parts if self.clash else []:
            self.table.add_row(plain(part.label), t("trust.conflict.choose"), key=part.key)
        self.table.focus()
        self._show_values()

    def values_text(self, index: int) -> str:
        """Both sides of a part in full (the pane below wraps them)."""
        assert self.clash is not None
        part = self.clash.parts[index]
        side_b = t("year3.clash.side_b", laptop=self.clash.laptop)
        return "\n".join([part.label, "", t("year3.clash.side_a"), part.ours, "", side_b, part.theirs])

    def _index(self) -> int | None:
        if self.clash is None or not self.clash.parts:
            return None
        return min(self.table.cursor_row, len(self.clash.parts) - 1)

    @on(DataTable.RowHighlighted, "#clash-parts")
    def _show_values(self) -> None:
        index = self._index()
        self.query_one("#clash-values", Static).update(plain(self.values_text(index) if index is not None else ""))

    def action_take(self, side: Side) -> None:
        index = self._index()
        if index is None or self.clash is None:
            return
        key = self.clash.parts[index].key
        self.choices[key] = side
        self.table.update_cell(key, "choice", _SHOWN[side])
        if index + 1 < len(self.clash.parts):
            self.table.move_cursor(row=index + 1)

    def action_take_all(self, side: Side) -> None:
        for part in self.clash.parts if self.clash else []:
            self.choices[part.key] = side
            self.table.update_cell(part.key, "choice", _SHOWN[side])

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        if self.clash is None:
            self.dismiss(False)
            return
        missing = [p.label for p in self.clash.parts if p.key not in self.choices]
        if missing:
            self.notify(t("trust.conflict.undecided", parts="; ".join(missing)), severity="warning", timeout=8)
            return
        ok, _ = self.guarded(programmes.resolve_clash, self.context, self.programme, dict(self.choices))
        if ok:
            self.notify(t("year3.clash.saved"))
            self.dismiss(True)
