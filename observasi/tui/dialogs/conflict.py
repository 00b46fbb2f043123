"""Two versions of one observation side by side: the user keeps one or takes each
differing part from A or B. Opened from the sync screen, which it answers with whether
the conflict was resolved."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.core.record import Observation
from observasi.i18n import has, t
from observasi.sync import merge, service
from observasi.tui.base import BaseScreen
from observasi.tui.render import plain

_FIELD_LABELS = {
    "teacher": "show.teacher",
    "observer": "show.observer",
    "subject": "show.subject",
    "class_name": "show.class",
    "date": "show.date",
    "period": "show.period",
    "topic": "show.topic",
    "status": "show.status",
}


def part_label(difference: merge.Difference) -> str:
    """What the user reads for a part of the record."""
    if difference.field in ("ratings", "reflection"):
        return t(f"sync.part.{difference.field}", key=difference.key)
    if difference.field in ("evidence", "followups"):
        return t(f"sync.part.{difference.field}")
    key = _FIELD_LABELS.get(difference.field, "")
    return t(key) if key and has(key) else difference.field


def part_value(value: object) -> str:
    """A part's value in a few words."""
    if value is None:
        return t("sync.conflict.absent")
    if isinstance(value, dict):
        if "indicator_id" in value:  # a rating
            level = "N/A" if value.get("na") else (value.get("level") or "-")
            note = value.get("note") or ""
            return f"{level} {note}".strip()
        for key in ("text", "action", "name"):
            if key in value:
                return str(value[key])
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return f"{len(value)} ×"
    return str(value)


class ConflictScreen(BaseScreen[bool]):
    """Two versions side by side; each differing part taken from A or B; saved as a new
    revision whose parents are both versions, so the decision travels."""

    DEFAULT_CSS = """
    ConflictScreen { layout: vertical; }
    ConflictScreen #conflict-title { text-style: bold; padding: 0 1; background: $boost; }
    ConflictScreen #conflict-intro, ConflictScreen .conflict-side { padding: 0 1; }
    ConflictScreen #conflict-sides { height: auto; }
    ConflictScreen .conflict-side { width: 1fr; }
    ConflictScreen #conflict-parts { height: 1fr; margin: 0 1; }
    """
    BINDINGS = [
        Binding("space", "toggle_side", "sync.conflict.toggle", id="sync.conflict.toggle"),
        Binding("a", "keep('a')", "sync.conflict.keep_a", id="sync.conflict.keep_a"),
        Binding("b", "keep('b')", "sync.conflict.keep_b", id="sync.conflict.keep_b"),
        Binding("ctrl+s", "save", "sync.conflict.save", id="sync.conflict.save"),
        Binding("escape", "cancel", "sync.key.back", id="sync.conflict.back"),
    ]

    def __init__(self, context: AppContext, observation_id: str) -> None:
        super().__init__(context)
        self.observation_id = observation_id
        heads = sorted(service.conflict_heads(context, observation_id), key=lambda h: (h.created_at, h.revision_id))
        # Two versions side by side; a rare third waits for the next round.
        self.a: service.Head | None = heads[0] if heads else None
        self.b: service.Head | None = (heads + heads)[1] if heads else None
        self.differences = merge.differences(self.a.payload, self.b.payload) if self.a and self.b else []
        self.choices: dict[str, merge.Side] = {}

    def compose(self) -> ComposeResult:
        teacher = (self.a.payload.get("teacher") or {}).get("name", "") if self.a else ""
        yield Static(plain(t("sync.conflict.title", teacher=teacher)), id="conflict-title")
        yield Static(t("sync.conflict.intro"), id="conflict-intro")
        with Horizontal(id="conflict-sides"):
            for label, head in (("A", self.a), ("B", self.b)):
                text = ""
                if head is not None:
                    text = t(
                        "sync.conflict.side",
                        label=label,
                        author=head.author,
                        device=head.device_id[:8],
                        when=head.created_at,
                    )
                    if head.deleted:
                        text += " " + t("sync.conflict.deleted")
                yield Static(plain(text), classes="conflict-side")
        yield DataTable(id="conflict-parts", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#conflict-parts", DataTable)

    def on_mount(self) -> None:
        self.table.add_column(t("sync.conflict.col_part"), key="part")
        self.table.add_column("A", key="a")
        self.table.add_column("B", key="b")
        self.table.add_column(t("sync.conflict.col_choice"), key="choice")
        if not self.differences:
            self.table.add_row(plain(t("sync.conflict.same")), "", "", "")
        for difference in self.differences:
            self.table.add_row(
                plain(part_label(difference)),
                plain(part_value(difference.a)),
                plain(part_value(difference.b)),
                "A",
                key=difference.unit,
            )
        self.table.focus()

    def _set(self, unit: str, side: merge.Side) -> None:
        self.choices[unit] = side
        self.table.update_cell(unit, "choice", side.upper())

    def action_toggle_side(self) -> None:
        if not self.differences:
            return
        unit = self.differences[self.table.cursor_row].unit
        self._set(unit, "b" if self.choices.get(unit, "a") == "a" else "a")

    def action_keep(self, side: merge.Side) -> None:
        for difference in self.differences:
            self._set(difference.unit, side)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        if self.a is None or self.b is None:
            self.dismiss(False)
            return
        chosen_sides = {self.choices.get(d.unit, "a") for d in self.differences} or {"a"}
        # A tombstone wins only when every part was taken from the deleted side.
        deleted = len(chosen_sides) == 1 and (self.a if chosen_sides == {"a"} else self.b).deleted
        try:
            merged: Observation = service.merged_observation(self.a, self.b, self.choices)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            self.notify(t("sync.conflict.error", detail=str(exc).splitlines()[0]), severity="error")
            return
        self.save_resolution(merged, deleted)

    @work(thread=True, exclusive=True, exit_on_error=False, group="resolve")
    def save_resolution(self, merged: Observation, deleted: bool) -> None:
        try:
            service.resolve(self.context, self.observation_id, merged, deleted=deleted)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify, t("sync.conflict.error", detail=self.failure_line(exc)), severity="error"
            )
            return
        self.app.call_from_thread(self._saved)

    def _saved(self) -> None:
        self.notify(t("sync.conflict.saved"))
        self.dismiss(True)
