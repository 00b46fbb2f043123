"""Make this laptop's signing key in the app, in plain words: whose key it is, that a
password protects it, and what it is for. Gives back True when a key was made.

The password typed here is kept for the rest of the session (memory only), as the sheet
dialog would after asking for it once, so the first signed sheet does not ask again.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from observasi.i18n import t
from observasi.queries import people
from observasi.signing.key_status import certificate_differs
from observasi.signing.keys import MIN_PASSPHRASE, create_key
from observasi.tui.base import BaseModal
from observasi.tui.dialogs.passphrase import remember_passphrase


class SigningKeyDialog(BaseModal[bool]):
    """Two password fields, "Buat kunci" and "Nanti saja"."""

    DEFAULT_CSS = """
    SigningKeyDialog .hint { margin-top: 1; }
    SigningKeyDialog .key-row { height: 1; margin-top: 1; }
    SigningKeyDialog .key-label { width: 20; }
    SigningKeyDialog .key-row Input { width: 1fr; background: $boost; }
    SigningKeyDialog .key-row Input:focus { background: $primary 40%; }
    SigningKeyDialog #key-error { height: auto; }
    """

    def __init__(self, replace: bool = False) -> None:
        super().__init__()
        self.replacing = replace  # the user confirmed that the old key is replaced
        self._about_typing = False  # the message shown is about the passwords as typed then

    BINDINGS = [
        Binding("escape", "later", "firstday.key.later", id="key.later"),
        Binding("ctrl+s", "create", "firstday.key.create", id="key.create"),
    ]

    def compose(self) -> ComposeResult:
        observer = people.profile(self.app.context).observer
        name = observer.name if observer else ""
        with Vertical(classes="dialog key-dialog"):
            if self.replacing:  # what replacing destroys, said where the user confirms it
                yield Label(t("bad.key.replace_title"), classes="dialog-title", markup=False)
                yield Static(Text(self._replace_what(name)), id="key-what")
            else:
                yield Label(t("firstday.key.title"), classes="dialog-title", markup=False)
                yield Static(Text(t("firstday.key.what", name=name)), id="key-what")
            yield Static(Text(t("firstday.key.password_hint", min=MIN_PASSPHRASE), style="dim"), classes="hint")
            # One line per field (compact inputs), so the dialog and its buttons fit 80x24.
            with Horizontal(classes="key-row"):
                yield Label(t("firstday.key.password"), classes="key-label")
                yield Input(password=True, id="key-password", compact=True)
            with Horizontal(classes="key-row"):
                yield Label(t("firstday.key.repeat"), classes="key-label")
                yield Input(password=True, id="key-repeat", compact=True)
            yield Static("", id="key-error")
            with Horizontal(classes="dialog-buttons"):
                if self.replacing:
                    yield Button(t("bad.key.replace_button"), variant="error", id="create")
                else:
                    yield Button(t("firstday.key.create"), variant="primary", id="create")
                yield Button(t("firstday.key.later"), id="later")

    def _replace_what(self, name: str) -> str:
        """What replacing does; for a key whose certificate names another person or number
        than the profile, what it names first (the reason this dialog was offered)."""
        differs = certificate_differs(self.app.context)
        if differs is None:
            return t("bad.key.replace_what", name=name)
        return t("fx10c.key.replace_what", named=differs.named, profile=differs.profile)

    def on_mount(self) -> None:
        self.query_one("#key-password", Input).focus()

    @on(Input.Submitted, "#key-password")
    def _to_repeat(self) -> None:
        self.query_one("#key-repeat", Input).focus()

    def _refuse(self, message: str, field: str, about_typing: bool = True) -> None:
        self.query_one("#key-error", Static).update(Text(message, style="bold red"))
        self._about_typing = about_typing
        self.query_one(f"#{field}", Input).focus()

    @on(Input.Changed, "#key-password, #key-repeat")
    def _retyped(self) -> None:
        """A refusal of the typed passwords ("tidak sama", too short) is about the text typed
        then: gone once either field changes (the walk: it stayed while the person typed the
        password again)."""
        if self._about_typing:
            self._about_typing = False
            self.query_one("#key-error", Static).update("")

    @on(Input.Submitted, "#key-repeat")
    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        password = self.query_one("#key-password", Input).value
        repeat = self.query_one("#key-repeat", Input).value
        if len(password) < MIN_PASSPHRASE:
            self._refuse(t("firstday.key.err_short", min=MIN_PASSPHRASE), "key-password")
            return
        if password != repeat:
            with self.prevent(Input.Changed):  # emptied here, not retyped: the message stays
                self.query_one("#key-repeat", Input).value = ""  # typed again from the start
            self._refuse(t("firstday.key.err_differ"), "key-repeat")
            return
        context = self.app.context
        if people.profile(context).observer is None:
            self._refuse(t("firstday.key.err_no_observer"), "key-password", about_typing=False)
            return
        ok, info = self.guarded(create_key, context, password, force=self.replacing)
        if not ok or info is None:
            return
        remember_passphrase(self.app, password)
        observer = people.profile(context).observer
        self.notify(t("firstday.key.created", name=observer.name if observer else ""), timeout=5)
        self.dismiss(True)

    @on(Button.Pressed, "#later")
    def action_later(self) -> None:
        # Said every time: Shift+Tab from the first field goes round to this button, and an
        # Enter meant for the fields closed the dialog with no key and no word (the walk).
        self.notify(t("ux7s.key.not_replaced" if self.replacing else "ux7s.key.not_made"), timeout=6)
        self.dismiss(False)
