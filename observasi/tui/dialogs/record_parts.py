"""The dialogs for parts of a record: an indicator's note, a follow-up item, a snapshot,
and the list of evidence lines to correct one."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from observasi.core.dates import parse_date, typed_date
from observasi.core.instrument import Snapshot
from observasi.core.record import FollowUp
from observasi.i18n import t
from observasi.tui.base import BaseModal


class NoteDialog(BaseModal[tuple[str, str] | None]):
    """The note of an indicator and, where the form asks for it, its recommendation."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="note.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="note.save"),
    ]

    def __init__(
        self,
        title: str,
        note: str,
        recommendation: str | None,
        prompt: str = "",
        *,
        typed: Callable[[str, str | None], object] | None = None,
        restored: str = "",
    ) -> None:
        super().__init__()
        self.heading = title
        self.note = note
        self.recommendation = recommendation
        self.prompt = prompt
        # Called with the note and recommendation as they are typed (kept as a draft).
        self.typed = typed
        # Said above the fields when they hold a draft left by an app that ended.
        self.restored = restored

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title", markup=False)
            if self.restored:
                yield Static(Text(self.restored, style="bold"), id="note-restored", classes="hint")
            if self.prompt:
                yield Static(Text(self.prompt, style="italic"), classes="hint")
            yield Label(t("tui.note.note"), classes="field-label")
            yield TextArea(self.note, id="note-text", classes="prompt-area")
            if self.recommendation is not None:
                yield Label(t("tui.note.recommendation"), classes="field-label")
                yield TextArea(self.recommendation, id="note-recommendation", classes="prompt-area")
            yield Label(t("tui.dialog.save_hint"), classes="hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note-text").focus()

    def _texts(self) -> tuple[str, str | None]:
        note = self.query_one("#note-text", TextArea).text
        if self.recommendation is None:
            return note, None
        return note, self.query_one("#note-recommendation", TextArea).text

    @on(TextArea.Changed)
    def _typed(self) -> None:
        if self.typed is not None:
            self.typed(*self._texts())

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        note, recommendation = self._texts()
        self.dismiss((note.strip(), (recommendation or "").strip()))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class FollowUpDialog(BaseModal[FollowUp | None]):
    """One item of the follow-up plan: action, measure of success, support, due date."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="followup.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="followup.save"),
    ]

    def __init__(self, item: FollowUp | None = None) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        item = self.item
        # One line per label and per field (compact inputs, shaded; the focused one brighter):
        # the four fields and the buttons fit 80x24 without scrolling. With bordered inputs
        # the buttons fell below the screen's edge at 80x24 and "Batas waktu" was scrolled
        # out of sight at 100x30.
        with Vertical(classes="dialog compact-form"):
            yield Label(t("tui.followup.title"), classes="dialog-title")
            # Each label with its field in a box whose left edge lights up while the field has
            # the focus (app.tcss, .compact-form .field): the shading alone did not show which
            # field the typing goes to (walk 8).
            with VerticalScroll(classes="dialog-body"):
                with Vertical(classes="field"):
                    yield Label(t("tui.followup.action"), classes="field-label")
                    yield Input(item.action if item else "", id="fu-action", compact=True)
                with Vertical(classes="field"):
                    yield Label(t("tui.followup.measure"), classes="field-label")
                    yield Input(item.measure if item else "", id="fu-measure", compact=True)
                with Vertical(classes="field"):
                    yield Label(t("tui.followup.support"), classes="field-label")
                    yield Input(item.support if item else "", id="fu-support", compact=True)
                with Vertical(classes="field"):
                    # The form in the label too, in plain text: the walk saw no placeholder at
                    # 80x24, and once a day is typed the placeholder is gone while the form
                    # still matters.
                    yield Label(t("ux7s.followup.due"), classes="field-label")
                    # The form of a date, not an example: a fixed example date is soon a past
                    # one, and a due date is ahead (the walk read "24/11/2026" in December).
                    yield Input(
                        typed_date(item.due) if item else "",
                        id="fu-due",
                        placeholder=t("ux6.date.ahead"),
                        compact=True,
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#fu-action").focus()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if event.input.id == "fu-due":
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        action = self.query_one("#fu-action", Input).value.strip()
        if not action:
            self.notify(t("tui.followup.action_required"), severity="warning")
            self.query_one("#fu-action").focus()
            return
        due_text = self.query_one("#fu-due", Input).value.strip()
        due: str | None = None
        if due_text:
            try:
                due = parse_date(due_text).isoformat()
            except ValueError:
                self.notify(t("tui.date.invalid", value=due_text), severity="warning")
                self.query_one("#fu-due").focus()
                return
        values = {
            "action": action,
            "measure": self.query_one("#fu-measure", Input).value.strip(),
            "support": self.query_one("#fu-support", Input).value.strip(),
            "due": due,
        }
        self.dismiss(self.item.model_copy(update=values) if self.item else FollowUp(**values))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class SnapshotDialog(BaseModal[dict[str, str] | None]):
    """The form's snapshot prompts at one minute of the lesson."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="snapshot.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="snapshot.save"),
    ]

    def __init__(self, snapshot: Snapshot, minute: int) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.minute = minute

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("tui.snapshot.title", minute=self.minute), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                for prompt in self.snapshot.prompts:
                    yield Label(prompt.label, classes="field-label", markup=False)
                    if prompt.kind == "choice":
                        yield Select(
                            [(c, c) for c in prompt.choices], id=f"snap-{prompt.id}", prompt=t("tui.select.choose")
                        )
                    elif prompt.kind == "count":
                        yield Input(id=f"snap-{prompt.id}", type="integer")
                    else:
                        yield Input(id=f"snap-{prompt.id}")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.focus_next()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        values: dict[str, str] = {}
        for prompt in self.snapshot.prompts:
            if prompt.kind == "choice":
                choice = self.query_one(f"#snap-{prompt.id}", Select)
                values[prompt.id] = "" if choice.is_blank() else str(choice.value)
            else:
                values[prompt.id] = self.query_one(f"#snap-{prompt.id}", Input).value.strip()
        self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class EvidenceListDialog(BaseModal[tuple[str, str] | None]):
    """The evidence lines of an observation, to pick one to correct: Enter edits its text,
    u removes its indicator tag, Delete removes it. Returns (action, evidence id)."""

    BINDINGS = [
        Binding("enter", "choose('edit')", "tui.evidence.key.edit", id="evidence.edit"),
        Binding("u", "choose('untag')", "tui.evidence.key.untag", id="evidence.untag"),
        Binding("delete", "choose('delete')", "tui.evidence.key.delete", id="evidence.delete"),
        Binding("escape", "cancel", "tui.key.cancel", id="evidence.cancel"),
    ]

    def __init__(self, lines: list[tuple[str, Text]]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("tui.evidence.title"), classes="dialog-title")
            yield OptionList(*[Option(text, id=evidence_id) for evidence_id, text in self.lines], id="evidence-list")
            yield Label(t("tui.evidence.hint"), classes="hint")

    def on_mount(self) -> None:
        options = self.query_one("#evidence-list", OptionList)
        options.focus()
        options.highlighted = len(self.lines) - 1

    def action_choose(self, action: str) -> None:
        options = self.query_one("#evidence-list", OptionList)
        if options.highlighted is None:
            return
        chosen = options.get_option_at_index(options.highlighted).id
        if chosen is not None:
            self.dismiss((action, chosen))

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_choose("edit")

    def action_cancel(self) -> None:
        self.dismiss(None)
