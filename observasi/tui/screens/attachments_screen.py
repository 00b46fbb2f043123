"""The evidence files of one observation: listed with size, hash and the evidence line
they belong to; a attaches a file chosen in a file picker (or a path typed there), Delete
takes one off (after asking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from observasi import paths
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import attachments
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.dialogs.file_picker import FilePicker
from observasi.tui.dialogs.questions import ConfirmDialog


class AttachmentsScreen(BaseScreen[None]):
    TITLE_KEY = "year.tui.att.title"
    HELP_KEY = "year.tui.att.help"
    DEFAULT_CSS = """
    AttachmentsScreen #attachments-summary { height: auto; padding: 0 1; }
    AttachmentsScreen #attachments-list { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="attachments.back"),
        Binding("a", "add", "year.tui.att.key.add", id="attachments.add"),
        Binding("delete", "remove", "year.tui.att.key.remove", id="attachments.remove"),
    ]

    def __init__(self, context: AppContext, obs_id: str) -> None:
        super().__init__(context)
        self.obs_id = obs_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="attachments-summary")
        yield DataTable(id="attachments-list", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#attachments-list", DataTable)

    def on_mount(self) -> None:
        table = self.table
        table.add_column(t("sheet.col.no"), key="no", width=3)
        table.add_column(t("year.sheet.col.name"), key="name", width=28)
        table.add_column(t("year.sheet.col.size"), key="size", width=9)
        table.add_column(t("year.sheet.col.hash"), key="hash", width=16)
        table.add_column(t("year.tui.att.evidence"), key="line")
        self.reload()
        table.focus()

    def reload(self) -> None:
        obs = attachments.record(self.context, self.obs_id)
        items = attachments.listed(self.context, obs)
        self.query_one("#attachments-summary", Static).update(
            Text(t("year.tui.att.summary", teacher=obs.teacher.name, date=obs.date, count=len(items)))
        )
        table = self.table
        selected = cursor_key(table)
        table.clear()
        for n, item in enumerate(items, 1):
            a = item.attachment
            table.add_row(
                str(n),
                Text(a.name),
                attachments.size_text(a.size),
                Text(a.sha256[:16], style="dim"),
                Text(item.evidence_text or t("year.sheet.whole"), style="" if item.present else "yellow"),
                key=a.id,
            )
        restore_cursor(table, selected)

    def action_add(self) -> None:
        def accept(path_text: str, line_text: str) -> None:
            line: int | None = None
            if line_text.strip():
                try:
                    line = int(line_text.strip())
                except ValueError:
                    raise UserError(t("year.tui.att.line_number", value=line_text.strip())) from None
            path = Path(path_text.strip().strip('"'))
            item = attachments.attach(self.context, self.obs_id, path, line)
            self.notify(
                t("year.cli.attached", name=item.name, size=attachments.size_text(item.size), sha=item.sha256[:16])
            )
            self.reload()

        picker = FilePicker(
            t("year.tui.att.add_title"),
            paths.picker_folders(),
            attachments.KINDS,
            attachments.MAX_BYTES,
            attachments.size_text,
            accept,
        )
        self.app.push_screen(picker)

    def action_remove(self) -> None:
        key = cursor_key(self.table)
        if key is None:
            self.notify(t("year.tui.att.none_selected"), severity="warning", timeout=4)
            return
        name = str(self.table.get_row(key)[1])

        def answered(yes: bool | None) -> None:
            if yes:
                ok, _ = self.guarded(attachments.detach, self.context, self.obs_id, key)
                if ok:
                    self.notify(t("year.cli.detached", name=name))
                    self.reload()

        lines = [t("year.tui.att.remove_line", name=name)]
        self.app.push_screen(
            ConfirmDialog(t("year.tui.att.remove_title"), lines, t("year.tui.att.key.remove"), destructive=True),
            answered,
        )

    def action_close(self) -> None:
        self.dismiss(None)

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("year.tui.att.key.add"), t("year.tui.att.add_title"), self.action_add)]
