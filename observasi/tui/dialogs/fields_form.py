"""A small form of named fields (one line or a paragraph each) that stays open until what
was typed is accepted: *accept* gets the values and raises UserError to refuse them, so
a refusal is said and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Static, TextArea

from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.base import BaseModal


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    multiline: bool = False
    placeholder: str = ""


class FieldsForm(BaseModal[bool]):
    """Returns True once *accept* took the values, False when cancelled."""

    DEFAULT_CSS = """
    FieldsForm TextArea { height: 5; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="fields.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="fields.save"),
    ]

    def __init__(
        self, title: str, fields: Sequence[Field], accept: Callable[[dict[str, str]], None], hint: str = ""
    ) -> None:
        super().__init__()
        self.heading = title
        self.fields = list(fields)
        self.accept = accept
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title", markup=False)
            hint = f"{self.hint} {t('tui.dialog.save_hint')}" if self.hint else t("tui.dialog.save_hint")
            yield Static(hint, classes="hint", markup=False)
            with VerticalScroll(classes="dialog-body"):
                for field in self.fields:
                    yield Label(field.label, classes="field-label", markup=False)
                    if field.multiline:
                        yield TextArea(field.value, id=f"field-{field.name}")
                    else:
                        yield Input(field.value, id=f"field-{field.name}", placeholder=field.placeholder)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        # Tighter than the app's dialogs (inline styles: the app's stylesheet outranks a
        # widget's defaults), so three one-line fields and the buttons fit 80x24.
        for label in self.query(".field-label"):
            label.styles.margin = (0, 0, 0, 0)
        self.query_one(".dialog-body").styles.max_height = 12
        self.query_one(".dialog-buttons").styles.margin = (0, 0, 0, 0)
        if self.fields:
            self.query_one(f"#field-{self.fields[0].name}").focus()

    def values(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for field in self.fields:
            if field.multiline:
                found[field.name] = self.query_one(f"#field-{field.name}", TextArea).text
            else:
                found[field.name] = self.query_one(f"#field-{field.name}", Input).value
        return found

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if self.fields and event.input.id == f"field-{self.fields[-1].name}":
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        try:
            self.accept(self.values())
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
