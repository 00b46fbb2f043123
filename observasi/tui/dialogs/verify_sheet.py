"""Check a signed PDF in the app: a colleague's feedback sheet or recap, chosen in a file
picker (Downloads, Documents, the drives; a path may be typed or pasted). The verdict and
its details are the words of `observasi verify`, in a dialog: a principal had to leave the
app for a terminal to check a sheet (the newcomer's walk)."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import Button

from observasi import paths
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.dialogs.file_picker import FilePicker
from observasi.tui.dialogs.questions import NoticeDialog

# A sheet is some hundred KB, a long recap a few MB; the picker marks bigger files in red.
SHOWN_LIMIT = 50 * 1024 * 1024
VERIFY_BUTTON = "verify-sheet"


def verify_button() -> Button:
    """Settings → "Periksa lembar bertanda tangan"."""
    return Button(t("walk9.verify.button"), id=VERIFY_BUTTON)


class SheetPicker(FilePicker):
    """The file picker, its ctrl+s saying "Periksa"."""

    BINDINGS = [Binding("ctrl+s", "save", "walk9.verify.key", id="pick.save")]


class VerifyResultDialog(NoticeDialog):
    """The verdict (SAH / TIDAK SAH / BELUM DIKENAL) and what the check found, in full."""

    def __init__(self, file: str, lines: list[str], valid: bool) -> None:
        style = "bold green" if valid else "bold red"
        super().__init__(t("walk9.verify.title", name=Path(file).name), lines, first_style=style)
        self.file = file
        self.valid = valid


def check_sheet(host: DOMNode, context: AppContext) -> None:
    """Ask for a PDF, check it in a worker thread (pyHanko takes a second or two), show the verdict."""
    from observasi.year.attachments import size_text

    chosen: list[str] = []

    def accept(path: str, _line: str) -> None:
        typed = path.strip().strip('"')
        file = str(Path(typed).expanduser())  # "~/Unduhan/lembar.pdf", as the picker's own folders take it
        if not Path(file).is_file():  # said in the picker, which stays open with the path typed
            raise UserError(t("walk9.verify.no_file", path=typed))
        chosen.append(file)

    def picked(ok: bool | None) -> None:
        if ok and chosen:
            host.app.notify(t("walk9.verify.checking", name=Path(chosen[-1]).name), timeout=3)
            host.run_worker(
                lambda: _check(host, context, chosen[-1]),
                thread=True,
                exclusive=True,
                exit_on_error=False,
                group="verify",
            )

    picker = SheetPicker(
        t("walk9.verify.pick_title"),
        paths.picker_folders(),
        {".pdf"},
        SHOWN_LIMIT,
        size_text,
        accept,
        with_line=False,
        hint=t("walk9.verify.pick_hint"),
        save_label=t("walk9.verify.key"),
    )
    host.app.push_screen(picker, picked)


def _check(host: DOMNode, context: AppContext, file: str) -> None:
    from observasi.signing.verify_report import verify_report

    app = host.app
    try:
        report = verify_report(context, file)
    except UserError as exc:  # a folder, an unreadable file: said as the CLI says it
        app.call_from_thread(app.notify, exc.message, severity="error", timeout=10)
        return
    app.call_from_thread(app.push_screen, VerifyResultDialog(file, report.lines, report.valid))
