"""What travels between the school's laptops besides observations, in the app:

* ``ColleagueCertificatesDialog`` (Settings → "Sertifikat rekan", sync screen key ``r``): this
  laptop's own certificate code to read out, and the colleagues' certificates waiting; Enter
  on one asks to compare its code, then trusts it (as ``observasi keys trust``).
* ``SchoolChoicesDialog`` (sync screen key ``c``): the profile or teacher fields two laptops
  changed differently; both values in full under the table; ``m`` keeps this laptop's value,
  ``t`` takes the colleague's (as ``observasi school choose``). Nothing is chosen by default.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Button, DataTable, Label, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.signing import colleagues
from observasi.sync import school_data
from observasi.sync.school_files import Choice
from observasi.tui.base import BaseModal, cursor_key
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.render import plain

CERTS_BUTTON = "colleague-certs"


def profile_source_line(context: AppContext) -> Iterator[Widget]:
    """Under the school's profile title in Settings: the laptop it last came from, if any."""
    source = school_data.profile_source(context)
    if source:
        yield Static(Text(source, style="dim"), id="profile-source", classes="hint")


def certificates_button() -> Button:
    """Settings → "Sertifikat rekan": the colleagues' certificates, and this laptop's code."""
    return Button(t("travel.tui.certs_button"), id=CERTS_BUTTON)


class ColleagueCertificatesDialog(BaseModal[None]):
    """This laptop's code, and the colleagues' certificates waiting to be trusted."""

    DEFAULT_CSS = """
    ColleagueCertificatesDialog #certs-own, ColleagueCertificatesDialog #certs-state { padding: 0 1; }
    ColleagueCertificatesDialog #certs-table { height: auto; max-height: 10; }
    """
    BINDINGS = [Binding("escape", "close", "tui.key.cancel", id="certs.close")]

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.waiting: list[colleagues.Pending] = []

    def compose(self) -> ComposeResult:
        data_dir = self.context.settings.data_dir
        with Vertical(classes="dialog"):
            yield Label(t("travel.tui.certs_title"), classes="dialog-title")
            own = colleagues.own_code(data_dir)
            yield Static(plain(t("travel.cert.own_code", code=own) if own else ""), id="certs-own")
            yield Static("", id="certs-state")
            yield DataTable(id="certs-table", cursor_type="row", zebra_stripes=True)
            yield Static(Text(t("travel.cert.compare"), style="dim"), classes="hint")

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#certs-table", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(t("privacy.tui.col_name"), t("travel.tui.col_code"))
        self.load()

    def load(self) -> None:
        self.waiting = colleagues.pending(self.context.settings.data_dir)
        self.query_one("#certs-state", Static).update(plain("" if self.waiting else t("travel.cert.none_pending")))
        self.table.clear()
        for item in self.waiting:
            # The code whole (it is compared digit by digit); NIP and laptop in the question.
            self.table.add_row(plain(item.name[:44]), plain(item.code), key=item.fingerprint)
        if self.waiting:
            self.table.focus()

    @on(DataTable.RowSelected, "#certs-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        item = next((p for p in self.waiting if p.fingerprint == event.row_key.value), None)
        if item is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                ok, _ = self.guarded(colleagues.trust, self.context.settings.data_dir, item)
                if ok:
                    self.notify(t("travel.cert.trusted", name=item.name, code=item.code), timeout=8)
                    self.load()

        lines = [item.described(), t("travel.cert.compare")]
        self.app.push_screen(ConfirmDialog(t("travel.tui.certs_title"), lines, t("travel.tui.trust")), answered)

    def action_close(self) -> None:
        self.dismiss(None)


class SchoolChoicesDialog(BaseModal[None]):
    """The fields two laptops changed differently: both values in full; m or t decides one."""

    DEFAULT_CSS = """
    SchoolChoicesDialog #choices-state { padding: 0 1; }
    SchoolChoicesDialog #choices-table { height: auto; max-height: 8; }
    SchoolChoicesDialog #choices-full { padding: 0 1; height: auto; max-height: 8; }
    """
    BINDINGS = [
        Binding("m", "mine", "travel.tui.take_mine", id="choices.mine"),
        Binding("t", "theirs", "travel.tui.take_theirs", id="choices.theirs"),
        Binding("escape", "close", "tui.key.cancel", id="choices.close"),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.found: list[Choice] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("travel.tui.choices_title"), classes="dialog-title")
            yield Static("", id="choices-state")
            yield DataTable(id="choices-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="choices-full")
            yield Static(
                Text(f"m: {t('travel.tui.take_mine')}   t: {t('travel.tui.take_theirs')}", style="dim"),
                classes="hint",
            )

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#choices-table", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(t("travel.tui.col_what"), t("travel.tui.col_field"), t("travel.tui.col_from"))
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="choices")
    def load(self) -> None:
        try:
            found = school_data.choices(self.context)
        except Exception as exc:
            line = self.failure_line(exc)
            self.app.call_from_thread(self._state, line)
        else:
            self.app.call_from_thread(self._show, found)

    def _state(self, line: str) -> None:
        self.query_one("#choices-state", Static).update(plain(line))

    def _show(self, found: list[Choice]) -> None:
        self.found = found
        self._state("" if found else t("travel.choices.none"))
        self.table.clear()
        for number, item in enumerate(found, 1):
            self.table.add_row(
                plain(school_data.what(item)), plain(item.label), plain(item.theirs_from), key=str(number)
            )
        if found:
            self.table.focus()
            self._full(0)
        else:
            self.query_one("#choices-full", Static).update("")

    @on(DataTable.RowHighlighted, "#choices-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._full(event.cursor_row)

    def _full(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        item = self.found[row]
        text = t(
            "travel.choices.line",
            number=row + 1,
            what=school_data.what(item),
            field=item.label,
            ours=item.ours,
            theirs=item.theirs,
            laptop=item.theirs_from or "-",
            at=item.theirs_at[:16].replace("T", " "),
        )
        self.query_one("#choices-full", Static).update(plain(text))

    def _decide(self, theirs: bool) -> None:
        key = cursor_key(self.table)
        if key is None:
            return
        ok, result = self.guarded(school_data.choose, self.context, int(key), theirs=theirs)
        if ok and result is not None:
            chosen, value, _ = result
            self.notify(t("travel.choices.done", what=school_data.what(chosen), field=chosen.label, value=value))
            self.load()

    def action_mine(self) -> None:
        self._decide(False)

    def action_theirs(self) -> None:
        self._decide(True)

    def action_close(self) -> None:
        self.dismiss(None)
