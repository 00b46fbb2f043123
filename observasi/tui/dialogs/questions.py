"""Two questions: a confirmation (what is about to happen, in full) and a line or a
paragraph of text."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static, TextArea

from observasi.core.text import displayable
from observasi.i18n import t
from observasi.tui.base import BaseModal

R = TypeVar("R")
MIN_TEXT_LINES = 3  # a question's text keeps at least these lines, the buttons shown or not


class QuestionText(VerticalScroll):
    """The text of a question answered with buttons: it takes no focus of its own, so Tab
    and Shift+Tab go from button to button and never to a place where Enter does nothing
    (the newcomer's Shift+Tab in "Finalkan observasi?"). It scrolls from the buttons
    (:class:`ButtonsQuestion`)."""

    def __init__(self) -> None:
        super().__init__(classes="dialog-body", can_focus=False)


class ButtonsQuestion(BaseModal[R]):
    """A dialog of a :class:`QuestionText` and buttons; the up/down arrows and page keys
    scroll the text, left/right go from button to button (as Tab does: the walk pressed
    the right arrow to reach "Batal", and nothing moved)."""

    BINDINGS = [
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
        Binding("up", "scroll_text('up')", show=False),
        Binding("down", "scroll_text('down')", show=False),
        Binding("pageup", "scroll_text('page_up')", show=False),
        Binding("pagedown", "scroll_text('page_down')", show=False),
    ]

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit_text)

    def on_resize(self) -> None:
        # A taller screen gives the text its room again (app.tcss: .dialog-body), then
        # it is fitted anew once laid out.
        self.query_one(QuestionText).styles.max_height = None
        self.call_after_refresh(self.fit_text)

    def fit_text(self) -> None:
        """Give the text no more lines than the dialog has beside its title and buttons:
        with .dialog-body's 16 lines, a long text pushed the buttons below the dialog's
        edge at 80x24 (the verify dialog's "Tutup" needed a scroll, walk10). The text
        scrolls in its own box instead."""
        body = self.query_one(QuestionText)
        dialog = body.parent
        if not isinstance(dialog, Widget):
            return
        over = dialog.virtual_size.height - dialog.scrollable_content_region.height
        if over > 0:
            body.styles.max_height = max(MIN_TEXT_LINES, body.outer_size.height - over)

    def action_scroll_text(self, how: str) -> None:
        body = self.query_one(QuestionText)
        {"up": body.scroll_up, "down": body.scroll_down, "page_up": body.scroll_page_up,
         "page_down": body.scroll_page_down}[how]()  # fmt: skip


class NoticeDialog(ButtonsQuestion[None]):
    """What must stay until it is read (a toast goes by itself): a title, lines, "Tutup".
    *first_style* marks the first line (a verdict)."""

    BINDINGS = [Binding("escape", "close", "tui.key.back", id="notice.close")]

    def __init__(self, title: str, lines: list[str], *, first_style: str = "") -> None:
        super().__init__()
        self.heading = title
        self.lines = lines
        self.first_style = first_style

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(displayable(self.heading), classes="dialog-title", markup=False)
            with QuestionText():
                for n, line in enumerate(self.lines):
                    yield Static(
                        Text(displayable(line), style=self.first_style if n == 0 else ""), classes="dialog-line"
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.key.close"), variant="primary", id="close")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ButtonsQuestion[bool]):
    """A question with a list of points and two buttons; Enter confirms, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="dialog.cancel"),
        Binding("ctrl+s", "confirm", "tui.key.confirm", id="dialog.confirm"),
    ]

    def __init__(
        self, title: str, lines: list[str], confirm: str, *, destructive: bool = False, cancel: str = ""
    ) -> None:
        super().__init__()
        self.heading = title
        self.lines = lines
        self.confirm_label = confirm
        self.cancel_label = cancel  # empty: "Batal"; a choice names what its other answer keeps
        # What cannot be undone starts on "Batal", so an Enter pressed too soon destroys nothing.
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(displayable(self.heading), classes="dialog-title", markup=False)
            with QuestionText():
                for line in self.lines:
                    yield Static(Text(displayable(line)), classes="dialog-line")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm_label, variant="error" if self.destructive else "primary", id="confirm")
                yield Button(self.cancel_label or t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel" if self.destructive else "#confirm", Button).focus()

    @on(Button.Pressed, "#confirm")
    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class TextPrompt(BaseModal[str | None]):
    """Ask for one line of text (Enter) or a paragraph (ctrl+s)."""

    # The label wraps inside the dialog: one sized to its text ran past the frame and was
    # cut (the join's "Nama Anda" lost what an empty answer means, at 80x24 and 100x30).
    DEFAULT_CSS = """
    TextPrompt .dialog > .field-label { width: 100%; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="prompt.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="prompt.save"),
    ]

    def __init__(
        self, title: str, label: str, initial: str = "", *, multiline: bool = False, required: bool = False
    ) -> None:
        super().__init__()
        self.heading = title
        self.label = label
        self.initial = initial
        self.multiline = multiline
        self.required = required

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title", markup=False)
            yield Label(self.label, classes="field-label", markup=False)
            if self.multiline:
                yield TextArea(self.initial, id="prompt-text", classes="prompt-area")
                yield Label(t("tui.dialog.save_hint"), classes="hint")
            else:
                yield Input(self.initial, id="prompt-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#prompt-text").focus()

    def _value(self) -> str:
        if self.multiline:
            return self.query_one("#prompt-text", TextArea).text
        return self.query_one("#prompt-text", Input).value

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        value = self._value().strip()
        if self.required and not value:
            self.notify(t("tui.dialog.required"), severity="warning")
            return
        self.dismiss(value)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
