"""Two versions of one observation that did not merge by themselves. What only one laptop
changed, and what both added, is merged already (and listed); the table holds only the
parts both laptops changed differently, each shown in full below it. A choice that loses
nothing is preset (two texts: both kept); any other part waits for A or B, and saving
says which parts still need a choice. Opened from the sync screen, which it answers with
whether the conflict was resolved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.core.merge_rule import Choice, Clash
from observasi.i18n import t
from observasi.sync import conflicts, history, service
from observasi.tui.base import BaseScreen
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.render import plain

_SHOWN: dict[Choice, str] = {"a": "A", "b": "B", "both": "AB"}


class ConflictScreen(BaseScreen[bool]):
    """The parts both laptops changed differently; each taken from A, B or both texts;
    saved as a new revision whose parents are both versions, so the decision travels."""

    DEFAULT_CSS = """
    ConflictScreen { layout: vertical; }
    ConflictScreen #conflict-title { text-style: bold; padding: 0 1; background: $boost; }
    ConflictScreen #conflict-intro, ConflictScreen .conflict-side, ConflictScreen .conflict-kept { padding: 0 1; }
    ConflictScreen .conflict-kept { color: $text-muted; }
    ConflictScreen #conflict-parts { height: auto; max-height: 8; margin: 0 1; }
    ConflictScreen #conflict-detail { height: 1fr; margin: 0 1; border-top: solid $primary; }
    """
    BINDINGS = [
        Binding("a", "take('a')", "trust.conflict.key_a", id="sync.conflict.keep_a"),
        Binding("b", "take('b')", "trust.conflict.key_b", id="sync.conflict.keep_b"),
        Binding("k", "take('both')", "trust.conflict.key_both", id="trust.conflict.both"),
        Binding("ctrl+s", "save", "sync.conflict.save", id="sync.conflict.save"),
        Binding("escape", "cancel", "sync.key.back", id="sync.conflict.back"),
        # The page keys read the full texts below, whichever part has the focus (the parts'
        # table is at most 8 rows: it has no pages of its own to turn).
        Binding("pagedown", "read_below('down')", show=False, priority=True),
        Binding("pageup", "read_below('up')", show=False, priority=True),
    ]

    def __init__(self, context: AppContext, observation_id: str) -> None:
        super().__init__(context)
        self.observation_id = observation_id
        self.view = conflicts.conflict_view(context, observation_id)
        self.clashes: list[Clash] = list(self.view.merge.clashes) if self.view else []
        # Preset only what loses nothing; the rest waits for the person.
        self.choices: dict[str, Choice] = {c.unit: c.default for c in self.clashes if c.default is not None}
        self.preset = dict(self.choices)  # what the person's own choices differ from

    def compose(self) -> ComposeResult:
        view = self.view
        yield Static(plain(t("sync.conflict.title", teacher=view.teacher_name if view else "")), id="conflict-title")
        yield Static(t("trust.conflict.intro"), id="conflict-intro")
        if view is not None:
            for side in (view.a, view.b):
                text = t(
                    "trust.conflict.side",
                    label=side.label,
                    author=side.author,
                    laptop=side.laptop,
                    when=history.local_time(side.created_at),
                )
                if side.deleted:
                    text += " " + t("sync.conflict.deleted")
                yield Static(plain(text), classes="conflict-side")
            for side in (view.a, view.b):
                payload = view.merge.a if side is view.a else view.merge.b
                alone = view.changed_alone(side.label)
                text = (
                    t(
                        "trust.conflict.kept",
                        label=side.label,
                        parts="; ".join(conflicts.part_label(u, (payload,)) for u in alone),
                    )
                    if alone
                    else t("trust.conflict.kept_none", label=side.label)
                )
                yield Static(plain(text), classes="conflict-kept")
            if self.merged_texts():  # the lines above shorten them: say where they are whole
                yield Static(t("ux7s.conflict.below"), classes="conflict-kept")
        yield DataTable(id="conflict-parts", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="conflict-detail"):
            yield Static(id="conflict-values")
        yield Footer()

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#conflict-parts", DataTable)

    def on_mount(self) -> None:
        self.table.add_column(t("sync.conflict.col_part"), key="part")
        self.table.add_column(t("sync.conflict.col_choice"), key="choice")
        if not self.clashes:
            self.table.add_row(plain(t("sync.conflict.same")), "")
        for clash in self.clashes:
            self.table.add_row(plain(self._label(clash)), self._choice_text(clash.unit), key=clash.unit)
        self.table.focus()
        self._show_values()

    def _label(self, clash: Clash) -> str:
        payloads = (self.view.merge.a, self.view.merge.b) if self.view else ()
        return conflicts.part_label(clash.unit, payloads)

    def _choice_text(self, unit: str) -> str:
        choice = self.choices.get(unit)
        return _SHOWN[choice] if choice else t("trust.conflict.choose")

    def values_text(self, clash: Clash) -> str:
        """Both values of a part in full (the detail pane wraps them)."""
        assert self.view is not None
        lines = [self._label(clash)]
        for side, value in ((self.view.a, clash.a), (self.view.b, clash.b)):
            shown = conflicts.value_text(value, clash.unit, self.view.inst)
            lines += ["", f"{side.label} — {side.author}, {side.laptop}:", shown]
        return "\n".join(lines)

    @on(DataTable.RowHighlighted, "#conflict-parts")
    def _highlighted(self) -> None:
        self._show_values()
        self.refresh_bindings()  # "both texts" is offered only for two texts

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "take" and parameters == ("both",):
            clash = self._current()
            return clash is not None and bool(clash.texts)
        return True

    def _current(self) -> Clash | None:
        if not self.clashes:
            return None
        return self.clashes[min(self.table.cursor_row, len(self.clashes) - 1)]

    def _show_values(self) -> None:
        clash = self._current()
        shown = [self.values_text(clash)] if clash else []
        self.query_one("#conflict-values", Static).update(plain("\n\n".join(shown + self.merged_texts())))

    def merged_texts(self) -> list[str]:
        """The texts merged from one side (evidence lines, follow-ups) in full, under the
        part being chosen: the lines above name them shortened, and a person deciding
        reads what is kept whole (the walk: «Catatan A: modul ajar lengkap, dicek be…»)."""
        view = self.view
        if view is None:
            return []
        said = []
        for side, payload in ((view.a, view.merge.a), (view.b, view.merge.b)):
            texts = [conflicts.part_text(unit, (payload,)) for unit in view.changed_alone(side.label)]
            shown = [f"• {text}" for text in texts if text]
            if shown:
                said.append("\n".join([t("ux6.conflict.merged", label=side.label), *shown]))
        return said

    def action_take(self, choice: Choice) -> None:
        clash = self._current()
        if clash is None:
            return
        if choice == "both" and not clash.texts:
            return  # only two texts can be kept both
        self.choices[clash.unit] = choice
        self.table.update_cell(clash.unit, "choice", self._choice_text(clash.unit))

    def action_read_below(self, way: str) -> None:
        detail = self.query_one("#conflict-detail", VerticalScroll)
        (detail.scroll_page_down if way == "down" else detail.scroll_page_up)()

    def action_cancel(self) -> None:
        self.ask_before_leaving(lambda: self.dismiss(False), lambda: None)

    def ask_before_leaving(self, leave: Callable[[], object], stay: Callable[[], object]) -> None:
        """Esc and ctrl+q: the A/B choices made here and not saved are named, and kept on
        "Batal" (Esc dropped them without a word); none made (the presets only): *leave*."""
        made = [c for c in self.clashes if c.unit in self.choices and self.choices[c.unit] != self.preset.get(c.unit)]
        if not made:
            leave()
            return

        def answered(discard: bool | None) -> None:
            (leave if discard else stay)()

        lines = [t("fx9j.conflict.unsaved_lead")]
        lines += [t("fx9j.conflict.unsaved_part", part=self._label(c), choice=self._choice_text(c.unit)) for c in made]
        title = t("fx9j.conflict.unsaved_title", count=len(made))
        self.app.push_screen(ConfirmDialog(title, lines, t("fx9j.conflict.leave"), destructive=True), answered)

    def action_save(self) -> None:
        if self.view is None:
            self.dismiss(False)
            return
        missing = self.view.merge.undecided(self.choices)
        if missing:
            parts = "; ".join(self._label(c) for c in missing)
            self.notify(t("trust.conflict.undecided", parts=parts), severity="warning", timeout=8)
            return
        self.save_resolution(dict(self.choices))

    @work(thread=True, exclusive=True, exit_on_error=False, group="resolve")
    def save_resolution(self, choices: dict[str, Choice]) -> None:
        try:
            service.resolve(self.context, self.observation_id, choices)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify, t("sync.conflict.error", detail=self.failure_line(exc)), severity="error"
            )
            return
        self.app.call_from_thread(self._saved)

    def _saved(self) -> None:
        self.notify(t("sync.conflict.saved"))
        self.dismiss(True)
