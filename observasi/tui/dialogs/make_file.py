"""Make a document from the app (the semester's report from the planner, a teacher's
evidence bundle): what it will hold, a box to sign it with this laptop's key (shown only
when there is a key, unticked: the user asks), one button per variant (a semester or a
calendar year), then where it went and what it holds, with "Cetak" for a PDF.

The file is made in a thread worker, so the screen stays responsive; the key's passphrase
is asked once per session, like the feedback sheet's (see dialogs.passphrase).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.widgets import Button, Checkbox, Label, Static

from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.base import BaseModal
from observasi.tui.dialogs.passphrase import PassphrasePrompt, remembered_passphrase, signing_with


@dataclass(frozen=True)
class Made:
    path: Path
    line: str  # where it went and what it holds, in words


# (sign, passphrase) -> what was made; a UserError refuses.
MakeFile = Callable[[bool, str | None], Made]


@dataclass(frozen=True)
class Variant:
    id: str
    label: str
    make: MakeFile


class MakeFileDialog(BaseModal[Path | None]):
    """Dismissed with the last file written (None when nothing was)."""

    DEFAULT_CSS = """
    MakeFileDialog { align: center middle; }
    MakeFileDialog > Vertical { width: 76; max-width: 100%; height: auto; max-height: 100%;
                                border: round $primary; padding: 0 1; background: $surface; }
    MakeFileDialog #make-title { text-style: bold; margin-bottom: 1; }
    MakeFileDialog #make-summary { height: auto; }
    MakeFileDialog #make-result { height: auto; margin-top: 1; color: $success; }
    MakeFileDialog Horizontal { height: auto; margin-top: 1; }
    MakeFileDialog Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("c", "print", "reachb.make.key.print", id="make.print"),
        Binding("k", "create_key", "firstday.sheet.key.key", id="make.create_key"),
        Binding("escape", "close", "sheet.tui.key.close", id="make.close"),
    ]

    def __init__(
        self,
        title: str,
        lines: Sequence[str],
        variants: Sequence[Variant],
        *,
        can_sign: bool,
        sign_label: str,
        printable: bool,
        sign_ticked: bool = False,
        working: str | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.lines = list(lines)
        self.variants = {v.id: v for v in variants}
        self.can_sign = can_sign
        self.sign_label = sign_label
        self.printable = printable
        self.sign_ticked = sign_ticked and can_sign
        self.last_path: Path | None = None
        self.working = working or t("sheet.tui.working")  # said while the file is made

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, id="make-title", markup=False)
            yield Static(Text("\n".join(self.lines)), id="make-summary")
            sign = Checkbox(self.sign_label, self.sign_ticked, id="make-sign")
            sign.display = self.can_sign
            yield sign
            # No key on this laptop: said, and one key away (as on the feedback sheet).
            no_key = Static(Text(t("firstday.sheet.no_key"), style="dim"), id="make-no-key")
            no_key.display = not self.can_sign
            yield no_key
            yield Static("", id="make-result", markup=False)
            with Horizontal():
                for n, variant in enumerate(self.variants.values()):
                    yield Button(variant.label, variant="primary" if n == 0 else "default", id=f"make-{variant.id}")
                printing = Button(t("sheet.tui.print"), id="make-print", disabled=True)
                printing.display = self.printable
                yield printing
                making_key = Button(t("firstday.sheet.key_button"), id="make-key")
                making_key.display = not self.can_sign
                yield making_key
                yield Button(t("sheet.tui.close"), id="make-close")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    # -- making ----------------------------------------------------------------------------

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        name = (event.button.id or "").removeprefix("make-")
        if name in self.variants:
            self._start(self.variants[name])
        elif name == "print":
            self.action_print()
        elif name == "key":
            self.action_create_key()
        elif name == "close":
            self.action_close()

    def _start(self, variant: Variant) -> None:
        if not (self.can_sign and self.query_one("#make-sign", Checkbox).value):
            self._produce(variant, False, None)
            return
        cached = remembered_passphrase(self.app)
        if cached:
            self._produce(variant, True, cached)
            return

        def answered(value: str | None) -> None:
            if value is None:  # cancelled: nothing is written
                return
            # Empty: made without the digital signature, as the sheet does.
            self._produce(variant, bool(value), value or None)

        self.app.push_screen(PassphrasePrompt(), answered)

    def _busy(self, busy: bool) -> None:
        for button in self.query(Button):
            if button.id not in ("make-close", "make-key"):
                button.disabled = busy or (button.id == "make-print" and self.last_path is None)
        if busy:
            self.query_one("#make-result", Static).update(self.working)

    @work(thread=True, exclusive=True, group="make-file", exit_on_error=False)
    def _produce(self, variant: Variant, sign: bool, passphrase: str | None) -> None:
        self.app.call_from_thread(self._busy, True)
        made: Made | None = None
        severity: SeverityLevel = "information"
        try:
            with signing_with(self.app, passphrase, sign):
                made = variant.make(sign, passphrase)
            message = made.line
        except UserError as exc:
            message, severity = exc.message, "error"
        except Exception as exc:
            message, severity = self.failure_line(exc, "cli.err.unexpected"), "error"
        self.app.call_from_thread(self._done, made, message, severity)

    def _done(self, made: Made | None, message: str, severity: SeverityLevel) -> None:
        if made is not None:
            self.last_path = made.path
        self._busy(False)
        self.query_one("#make-result", Static).update(message)
        self.notify(message, severity=severity, timeout=10 if severity == "error" else 6)
        if made is not None and self.printable:
            self.query_one("#make-print", Button).focus()

    # -- printing and closing -----------------------------------------------------------------

    def action_print(self) -> None:
        if not self.printable:
            return
        if self.last_path is None:
            self.notify(t("reachb.make.nothing_yet"), severity="warning", timeout=4)
            return
        self._print(self.last_path)

    @work(thread=True, exclusive=True, group="make-file-print", exit_on_error=False)
    def _print(self, path: Path) -> None:
        from observasi.sheet.printing import print_pdf

        severity: SeverityLevel = "information"
        try:
            message = print_pdf(path)
        except UserError as exc:
            message, severity = exc.message, "error"
        self.app.call_from_thread(self.notify, message, severity=severity, timeout=8)

    def action_create_key(self) -> None:
        if self.can_sign:
            return
        from observasi.tui.dialogs.signing_key import SigningKeyDialog

        def made(created: bool | None) -> None:
            if created:
                self.can_sign = True
                sign = self.query_one("#make-sign", Checkbox)
                sign.display, sign.value = True, True
                self.query_one("#make-no-key").display = False
                self.query_one("#make-key").display = False

        self.app.push_screen(SigningKeyDialog(), made)

    def action_close(self) -> None:
        self.dismiss(self.last_path)
