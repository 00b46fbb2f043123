"""The school's devices (from the sync screen, key ``p``): this laptop's code while it waits,
the members, and the join requests; Enter on a request asks to compare the code on both
screens, then approves it; Del on a member (a lost or retired laptop) asks, starting on
"Batal", then removes it as ``observasi devices remove`` does."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.sync import devices
from observasi.tui.base import BaseModal, cursor_key
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.join_code import code_on_its_own_line
from observasi.tui.render import plain
from observasi.tui.textual_adapter import withdraw_toast

DEVICE_CHARS = 8  # a device is shown by the start of its id
DIALOG_WIDTH = 76  # .dialog's width in app.tcss
NAME_AT_LEAST = 20  # columns the laptop's name keeps beside a long state (it wraps, never cut)


class DevicesDialog(BaseModal[None]):
    """Members and join requests; Enter on a request approves it after the code is compared."""

    DEFAULT_CSS = """
    DevicesDialog #devices-state { padding: 0 1; }
    DevicesDialog #devices-table { height: auto; max-height: 12; }
    """
    SHOWS_JOIN_REQUESTS = True  # no toast about them over this dialog (AppShell.announce_join_requests)
    BINDINGS = [
        Binding("escape", "close", "tui.key.cancel", id="devices.close"),
        Binding("delete", "remove", "reach.devices.key.remove", id="devices.remove"),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.found: devices.DeviceList | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("privacy.tui.devices_title"), classes="dialog-title")
            yield Static(t("privacy.tui.devices_reading"), id="devices-state")
            yield DataTable(id="devices-table", cursor_type="row", zebra_stripes=True)
            yield Static(Text(t("reach.devices.hint"), style="dim"), classes="hint")

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#devices-table", DataTable)

    def on_mount(self) -> None:
        # A toast said before ("a laptop asks to join: y, then p") is about what this
        # dialog now shows, and at 80x24 it was drawn over the dialog's rows.
        withdraw_toast(self.app, getattr(self.app, "join_toast", None))  # that toast only
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="devices")
    def load(self) -> None:
        try:
            found = devices.device_list(self.context)
        except Exception as exc:
            line = self.failure_line(exc)
            self.app.call_from_thread(self._show_failure, line)
        else:
            self.app.call_from_thread(self._show, found)

    def _show_failure(self, line: str) -> None:
        self.query_one("#devices-state", Static).update(plain(line))

    def _show(self, found: devices.DeviceList) -> None:
        self.found = found
        state = self.query_one("#devices-state", Static)
        if found.no_school:
            state.update(Text(t("ux7j.join.no_school"), style="bold"))
        elif found.waiting_code:
            state.update(Text(code_on_its_own_line(t("privacy.tui.waiting", code=found.waiting_code)), style="bold"))
        elif found.requests:
            state.update(plain(t("privacy.tui.requests_hint", count=len(found.requests))))
        else:
            state.update(plain(t("privacy.devices.no_requests")))
        rows: list[tuple[str, str, str, str]] = []
        for request in found.requests:
            asks = t("ux7j2.devices.asks", code=request.code)  # the code first: never the part cut
            rows.append((request.device, devices.asking_name(request.label, request.device), asks, request.device))
        for member in found.members:
            mine = t("privacy.devices.this") if member.device == found.this_device else ""
            if member.device == found.founder:
                mine = f"{mine} {t('reach.devices.founder')}".strip()
            rows.append(
                (member.device, member.label or "-", f"{t('privacy.tui.member')} {mine}".strip(), member.device)
            )
        self._fill(rows)
        if self.table.row_count:
            self.table.focus()  # Enter approves a request, Del removes a member

    def _fill(self, rows: list[tuple[str, str, str, str]]) -> None:
        """The rows (device, name, state, key), every word of them on the screen: the device
        and state columns as wide as their texts, the name in what is left, a long name or
        state wrapped onto a second line of its row (at 80 columns "anggota (laptop ini)
        (pendiri)" was cut after a long laptop name)."""
        table = self.table
        headers = (t("privacy.tui.col_device"), t("privacy.tui.col_name"), t("privacy.tui.col_state"))
        # The dialog's width (app.tcss: .dialog, 76 or 95%) less its border and padding, a
        # scroll bar and each column's padding (one on each side).
        room = min(DIALOG_WIDTH, self.app.size.width * 95 // 100) - 4 - 2 - 2 * len(headers)
        device = max(DEVICE_CHARS, cell_len(headers[0]))
        longest = max([cell_len(headers[2]), *(cell_len(state) for _, _, state, _ in rows)])
        state = max(cell_len(headers[2]), min(longest, room - device - NAME_AT_LEAST))
        name = max(cell_len(headers[1]), room - device - state)
        table.clear(columns=True)
        for header, width in zip(headers, (device, name, state), strict=True):
            table.add_column(header, width=width)
        for device_id, label, said, key in rows:
            table.add_row(plain(device_id[:DEVICE_CHARS]), plain(label), plain(said), key=key, height=None)

    @on(DataTable.RowSelected, "#devices-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        found = self.found
        request = next((r for r in found.requests if r.device == event.row_key.value), None) if found else None
        if request is None:
            return

        def answered(yes: bool | None) -> None:
            # Answered either way, a toast about the request is stale (the walk saw "1
            # laptop minta bergabung" beside "kini perangkat sekolah"): the header's count
            # is read again at once.
            withdraw_toast(self.app, getattr(self.app, "join_toast", None))
            if yes:
                ok, _ = self.guarded(devices.approve, self.context, request.device)
                if ok:
                    self.notify(t("privacy.devices.approved", label=request.label or request.device, code=request.code))
                    self.load()
            refresh = getattr(self.app, "refresh_sync_status", None)
            if refresh is not None:  # a test's host app has no header line
                refresh()

        compare = t("privacy.tui.compare", code=request.code, label=devices.asking_name(request.label, request.device))
        lines = [code_on_its_own_line(compare), t("privacy.tui.compare_differs")]
        self.app.push_screen(ConfirmDialog(t("privacy.tui.approve_title"), lines, t("privacy.tui.approve")), answered)

    def action_remove(self) -> None:
        """Take the member under the cursor out of the school, after asking."""
        found = self.found
        key = cursor_key(self.table)
        member = next((m for m in found.members if m.device == key), None) if found else None
        if found is None or member is None:
            self.notify(t("reach.devices.pick_member"), timeout=4)
            return
        label = member.label or member.device[:8]
        if found.waiting_code or found.no_school:
            self.notify(t("reach.devices.not_member"), severity="warning", timeout=6)
            return
        if member.device == found.this_device:
            self.notify(t("reach.devices.not_self"), severity="warning", timeout=6)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                ok, gone = self.guarded(devices.remove, self.context, member.device)
                if ok and gone is not None:
                    self.notify(t("privacy.devices.removed", label=gone.label or gone.device, device=gone.device))
                    self.load()

        lines = [
            t("reach.devices.remove_what", label=label, device=member.device[:8]),
            t("reach.devices.remove_after"),
        ]
        title = t("reach.devices.remove_title", label=label)
        self.app.push_screen(ConfirmDialog(title, lines, t("reach.devices.remove"), destructive=True), answered)

    def action_close(self) -> None:
        self.dismiss(None)
