"""The feedback sheet from the app: a preview summary, "Simpan PDF" and "Cetak".

The PDF is drawn and signed in a thread worker, so the screen stays responsive; any
problem becomes a notification. The key's passphrase is asked once per app session and
kept on the App object (memory only, never written anywhere).
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.notifications import SeverityLevel
from textual.widgets import Button, Label, Static

from observasi.context import AppContext
from observasi.core.dates import long_date
from observasi.core.numbers import number_text
from observasi.core.predikat import predikat_text
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries.reports import SigningState, sheet_preview
from observasi.tui.base import BaseModal
from observasi.tui.dialogs.passphrase import (
    PASSPHRASE_ATTR,
    PassphrasePrompt,
    remembered_passphrase,
    signing_with,
)
from observasi.tui.dialogs.signing_key import SigningKeyDialog

__all__ = ["PASSPHRASE_ATTR", "PassphrasePrompt", "SheetScreen"]

SIGN_LINES: dict[SigningState, str] = {
    "draft": "sheet.tui.signed_draft",
    # The key is offered here (k), not as a command to type in a shell.
    "no_key": "firstday.sheet.no_key",
    "not_mine": "sheet.tui.signed_other",
    "signed": "sheet.tui.signed_yes",
}


CHROME_LINES = 12  # what the dialog needs besides its texts (border, padding, title, buttons)


# What the dialog says of the file when the sheet is not in its form's language.
LANGUAGE_FILE_LINES = {"-en": "lead11.sheet.language-en", "-id": "lead11.sheet.language-id"}


class SheetScreen(BaseModal[None]):
    """Preview of one observation's feedback sheet, with save and print."""

    DEFAULT_CSS = """
    SheetScreen { align: center middle; }
    SheetScreen > Vertical { width: 90; max-width: 100%; height: auto; max-height: 100%;
                             border: round $primary; padding: 1 2; background: $surface; }
    SheetScreen #sheet-title { text-style: bold; margin-bottom: 1; }
    SheetScreen #sheet-body { height: auto; }
    SheetScreen #sheet-summary { height: auto; }
    SheetScreen #sheet-warn { height: auto; color: $warning; margin-bottom: 1; }
    SheetScreen #sheet-save-facts { height: auto; margin-top: 1; }
    SheetScreen #sheet-sign { color: $text-muted; }
    SheetScreen #sheet-amendment { height: auto; }
    SheetScreen #sheet-result { margin-top: 1; color: $success; display: none; }  /* shown with a text */
    SheetScreen #sheet-result.-trouble { color: $warning; }
    SheetScreen Horizontal { height: auto; margin-top: 1; }
    SheetScreen Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("s", "save", "sheet.tui.key.save", id="sheet.save"),
        Binding("c", "print", "sheet.tui.key.print", id="sheet.print"),
        Binding("k", "create_key", "firstday.sheet.key.key", id="sheet.create_key"),
        Binding("escape", "close", "sheet.tui.key.close", id="sheet.close"),
    ]

    def __init__(self, context: AppContext, observation_id: str) -> None:
        super().__init__()
        self.context = context
        self.observation_id = observation_id
        self.will_sign = False
        self.signing: SigningState | None = None
        self.stale_key = False  # signs, but the certificate names another person or number
        self.last_path: Path | None = None
        self._amendment_line = ""  # what an amended record's save makes (a new file)
        self._pressed: str | None = "save"  # the button that started the last save or print

    # -- the preview -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("sheet.tui.title"), id="sheet-title", markup=False)
            # The texts scroll when a long answer (no printer, the path) does not fit at
            # 80x24; the buttons stay on screen below them.
            with VerticalScroll(id="sheet-body"):
                # What the sheet will be made without (the signature image): first, so it is
                # read at 80x24 before the passphrase is asked.
                yield Static("", id="sheet-warn", markup=False)
                yield Static("", id="sheet-summary", markup=False)
                yield Static("", id="sheet-result", markup=False)
            # What a save makes, never scrolled away: signed or not, and an amendment's new
            # file (the walk: at 80x24 a long summary and the amendment's line pushed
            # "Akan ditandatangani" below the fold; the principal saved without seeing it).
            with Vertical(id="sheet-save-facts"):
                yield Static("", id="sheet-sign", markup=False)
                yield Static("", id="sheet-amendment", markup=False)
            with Horizontal():
                yield Button(t("sheet.tui.save"), variant="primary", id="save")
                yield Button(t("sheet.tui.print"), id="print")
                yield Button(t("firstday.sheet.key_button"), id="create-key")
                yield Button(t("sheet.tui.close"), id="close")

    def on_resize(self) -> None:
        # Border, padding, title and the row of buttons take 12 lines, the lines of what a
        # save makes their own; the texts above them get the rest.
        facts = self.query_one("#sheet-save-facts").outer_size.height
        self.query_one("#sheet-body").styles.max_height = max(3, self.size.height - CHROME_LINES - facts)

    def _facts_changed(self, then_end: bool = False) -> None:
        """Fit the texts again once the lines of what a save makes are laid out (their
        height is known then); *then_end*: show the end of the texts (a save's answer)."""

        def refit() -> None:
            self.on_resize()
            if then_end:  # after the new height is laid out (scroll_end waits for the refresh)
                self.query_one("#sheet-body", VerticalScroll).scroll_end(animate=False)

        self.call_after_refresh(refit)

    def on_mount(self) -> None:
        self.on_resize()
        self._show_preview()
        self.query_one("#save", Button).focus()

    def _show_preview(self) -> None:
        self.signing, self.stale_key = None, False
        warning = ""
        try:
            summary, sign_line, warning = self._summary()
        except UserError as exc:
            summary, sign_line = exc.message, ""
            self.query_one("#save", Button).disabled = True
            self.query_one("#print", Button).disabled = True
        self.query_one("#sheet-warn", Static).update(warning)
        self.query_one("#sheet-warn", Static).display = bool(warning)
        self.query_one("#sheet-summary", Static).update(summary)
        self.query_one("#sheet-sign", Static).update(sign_line)
        amendment = self.query_one("#sheet-amendment", Static)
        amendment.update(self._amendment_line)
        amendment.display = bool(self._amendment_line)
        self._facts_changed()
        key_button = self.query_one("#create-key", Button)
        key_button.label = t("fx10c.sheet.replace_button" if self.stale_key else "firstday.sheet.key_button")
        key_button.display = self.signing == "no_key" or self.stale_key

    def _summary(self) -> tuple[str, str, str]:
        import datetime as dt

        preview = sheet_preview(self.context, self.observation_id)
        self.observation_id = preview.obs_id
        obs, inst, result = preview.scored.record, preview.scored.instrument, preview.scored.score
        lines = [
            f"{t('sheet.tui.teacher')}: {obs.teacher.name}",
            f"{t('sheet.tui.date')}: {long_date(dt.date.fromisoformat(obs.date))}",
        ]
        if result.numeric:
            suffix = f" ({t('score.provisional')})" if result.provisional else ""
            lines.append(f"{t('sheet.tui.nilai')}: {number_text(result.nilai)}{suffix}")
            lines.append(f"{t('sheet.tui.predikat')}: {predikat_text(result.predikat) or '-'}")
        else:
            counts = ", ".join(f"{level.label}: {result.level_counts.get(level.key, 0)}" for level in inst.scale.levels)
            lines.append(f"{t('sheet.tui.levels')}: {counts}")
        lines.append(f"{t('sheet.tui.strengths')}: {obs.strengths.strip() or '-'}")
        lines.append(f"{t('sheet.tui.improvements')}: {obs.improvements.strip() or '-'}")
        lines.append(f"{t('sheet.tui.followups')}: {len(obs.followups)}")
        # The PDF says it is an amendment; the dialog said nothing of the file it makes
        # (walk 8): a new one beside the sheet handed out before, which stays as it was.
        files = [t("ux9v.sheet.amendment", number=len(obs.amendments))] if obs.amendments else []
        if preview.language_suffix:  # switching the screens' language never replaces the sheet handed out
            files.append(t(LANGUAGE_FILE_LINES[preview.language_suffix]))
        self._amendment_line = "\n".join(files)
        self.will_sign = preview.signing == "signed"
        self.signing = preview.signing
        warnings = [preview.role_doubt] if preview.role_doubt else []  # the sheet prints the Jabatan
        if preview.image_trouble is not None:  # said now, before the passphrase is asked
            what = "fx9s.sheet.will_sign" if self.will_sign else "fx9s.sheet.unsigned"
            warnings.append(t(what, reason=preview.image_trouble.reason()))
        sign_line = t(SIGN_LINES[preview.signing])
        differs = preview.certificate_differs
        if differs is not None:  # signed all the same: a new key is the person's choice (k)
            self.stale_key = True
            sign_line = t("fx10c.sheet.signed_differs", named=differs.named, profile=differs.profile)
        return "\n".join(lines), sign_line, "\n".join(warnings)

    # -- actions ---------------------------------------------------------------------------

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self._start(then_print=False)

    @on(Button.Pressed, "#print")
    def action_print(self) -> None:
        self._start(then_print=True)

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#create-key")
    def action_create_key(self) -> None:
        """k: make the key there is none of, or replace one whose certificate names another
        person or number (the replace dialog says what replacing does)."""
        if self.signing != "no_key" and not self.stale_key:
            return

        def made(created: bool | None) -> None:
            if created:
                self._show_preview()
                self.query_one("#save", Button).focus()

        self.app.push_screen(SigningKeyDialog(replace=self.stale_key), made)

    def _start(self, then_print: bool) -> None:
        if self.query_one("#save", Button).disabled:
            return
        if not self.will_sign:
            self._produce(None, then_print)
            return
        cached = remembered_passphrase(self.app)
        if cached:
            self._produce(cached, then_print)
            return

        def answered(value: str | None) -> None:
            if value is None:  # cancelled: nothing is written
                return
            self._produce(value or None, then_print)

        self.app.push_screen(PassphrasePrompt(), answered)

    def _busy(self, busy: bool) -> None:
        pressed = self.focused.id if isinstance(self.focused, Button) else None
        if busy:
            self._pressed = pressed or self._pressed
        for button_id in ("#save", "#print"):
            self.query_one(button_id, Button).disabled = busy
        if busy:
            self._say_result(t("sheet.tui.working"))
        elif self._pressed and self.is_active:
            # A disabled button loses the focus while the PDF is made: it comes back, so the
            # next Tab and Enter land where the person expects (Cetak after Simpan PDF).
            self.query_one(f"#{self._pressed}", Button).focus()

    def _say_result(self, text: str) -> Static:
        """What a save did, under the texts; no line (nor its margin) while there is none."""
        result = self.query_one("#sheet-result", Static)
        result.update(text)
        result.display = bool(text)
        return result

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _produce(self, passphrase: str | None, then_print: bool) -> None:
        from observasi.sheet.service import print_pdf, sheet_notes, write_sheet

        self.app.call_from_thread(self._busy, True)
        message, path = "", None
        severity: SeverityLevel = "information"
        sign = False
        try:
            sign = self.will_sign and passphrase is not None
            with signing_with(self.app, passphrase, sign):
                path = write_sheet(self.context, self.observation_id, sign=sign, passphrase=passphrase)
            message = t("ux8w.sheet.saved_signed" if sign else "sheet.tui.saved", path=path)
            if then_print:
                message = print_pdf(path)
            if self.will_sign and not sign:  # the passphrase left empty: the line above promised a signature
                message, severity = "\n".join([t("ux8w.sheet.not_signed"), message]), "warning"
            notes = sheet_notes(self.context, self.observation_id)
            if notes:  # printed anyway; what is missing from it is said
                message, severity = "\n".join([message, *notes]), "warning"
        except UserError as exc:
            message, severity = exc.message, "error"
        except Exception as exc:
            message, severity = self.failure_line(exc, "cli.err.unexpected"), "error"
        self.app.call_from_thread(self._done, path, message, severity, sign)

    def _done(self, path: Path | None, message: str, severity: SeverityLevel, signed: bool = False) -> None:
        self._busy(False)
        if path is None:  # nothing was written: the dialog keeps its text, the toast says why
            self._say_result("")
            self.notify(message, severity=severity, timeout=8 if severity == "error" else 5)
            return
        self.last_path = path
        if self.will_sign:  # "Akan ditandatangani" said before; now what was done, and what a save again does
            sign_line = "ux9v.sheet.signed_done" if signed else "ux9v.sheet.not_signed_done"
            self.query_one("#sheet-sign", Static).update(t(sign_line))
        # Saved, printed or not: the dialog itself says what happened and where the PDF is,
        # in full and for as long as it is open (a toast hid the Tutup button and faded).
        self._say_result(message).set_class(severity == "error", "-trouble")
        self._facts_changed(then_end=True)  # the answer in full, under lines that may have grown
        if not self.is_active:
            self.notify(message, severity=severity, timeout=8 if severity == "error" else 5)
