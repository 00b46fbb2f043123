"""Impor daftar guru: choose a roster file, see what importing it would do, confirm.

Step one offers a typed path (completed as it is typed), the newest roster-like files in
Documents, Downloads and on the Desktop, and a folder tree rooted at one of those. Step two
is the preview the command line prints, as a table: each row of the file with what the
import would do to it (new, changed old -> new, unchanged, skipped and why), the full text
of the highlighted row below it. ctrl+s imports; a change to an existing teacher's name or
NIP/NUPTK is applied only after a dialog that lists each one. Nothing changes before that.

Opened from the teachers screen (i) and from the first-run set-up; it gives back the
:class:`~observasi.roster.service.ImportResult` (None when nothing was imported).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import Suggester
from textual.widgets import (
    ContentSwitcher,
    DataTable,
    DirectoryTree,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    Select,
    Static,
)
from textual.widgets.option_list import Option

from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.files import complete_path, is_roster_file, recent_roster_files, start_folders
from observasi.roster.report import change_text, ids_text, match_text, source_line, summary_line
from observasi.roster.rows import ParsedRoster
from observasi.tui.base import BaseScreen, cursor_key
from observasi.tui.dialogs.questions import NoticeDialog
from observasi.tui.textual_adapter import withdraw_toast

if TYPE_CHECKING:
    from collections.abc import Iterable

    from observasi.context import AppContext
    from observasi.roster.plan import RosterPreview, RowPlan
    from observasi.roster.service import ImportResult

# The order rows are shown in: what needs a decision first.
_ORDER = {"changed": 0, "skipped": 1, "new": 2, "unchanged": 3}
_STYLES = {"new": "green", "changed": "yellow", "skipped": "red", "unchanged": "dim"}


class PathSuggester(Suggester):
    """Completes a typed path to the folder or roster file it can only mean."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class RosterTree(DirectoryTree):
    """Folders and the files a roster can be (no hidden files, no Excel lock files)."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if not path.name.startswith(".") and (_is_dir(path) or is_roster_file(path))]


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


class RosterImportScreen(BaseScreen["ImportResult | None"]):
    TITLE_KEY = "tui.roster.title"
    HELP_KEY = "tui.roster.help"

    BINDINGS = [
        Binding("escape", "back", "tui.key.back", id="roster.back"),
        Binding("ctrl+s", "apply", "tui.roster.key.apply", id="roster.apply"),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.preview: RosterPreview | None = None
        self.error = ""  # what the file chosen last could not be read for, as shown
        self.reading = ""  # the toast said while a file is read
        self.folders = start_folders()

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with ContentSwitcher(initial="roster-choose", id="roster-steps"):
            with Vertical(id="roster-choose"):
                yield Static(Text(t("tui.roster.hint")), classes="hint")
                yield Label(t("tui.roster.path"), classes="field-label")
                yield Input(
                    placeholder=t("tui.roster.path_placeholder"),
                    suggester=PathSuggester(),
                    id="roster-path",
                    compact=True,
                )
                yield Static("", id="roster-error")
                with Horizontal(id="roster-pickers"):
                    recent = OptionList(id="roster-recent")
                    recent.border_title = t("tui.roster.recent")
                    yield recent
                    with Vertical(id="roster-browse") as browse:
                        browse.border_title = t("tui.roster.browse")
                        if self.folders:
                            yield Select(
                                [(str(folder), str(folder)) for folder in self.folders],
                                value=str(self.folders[0]),
                                allow_blank=False,
                                compact=True,
                                id="roster-root",
                            )
                            yield RosterTree(self.folders[0], id="roster-tree")
                        else:
                            yield Static(t("tui.roster.no_folders"), classes="hint")
            with Vertical(id="roster-preview"):
                yield Static("", id="roster-source", classes="hint")
                yield Static("", id="roster-summary")
                yield DataTable(id="roster-rows", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="roster-detail"):
                    yield Static("", id="roster-detail-text")
                yield Static("", id="roster-next", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#roster-rows", DataTable)
        table.add_column(t("tui.roster.col_line"), key="line", width=5)
        table.add_column(t("tui.roster.col_action"), key="action", width=9)
        table.add_column(t("tui.roster.col_name"), key="name", width=24)
        table.add_column(t("tui.roster.col_detail"), key="detail")
        self.query_one("#roster-path", Input).focus()
        self.list_recent()

    @work(thread=True, exclusive=True, group="roster-recent", exit_on_error=False)
    def list_recent(self) -> None:
        found = recent_roster_files(self.folders)
        self.app.call_from_thread(self._fill_recent, found)

    def _fill_recent(self, found: list[Path]) -> None:
        recent = self.query_one("#roster-recent", OptionList)
        recent.clear_options()
        if not found:
            recent.add_option(Option(Text(t("tui.roster.no_recent"), style="dim"), disabled=True))
        for path in found:
            recent.add_option(Option(Text(f"{path.name}\n  {path.parent}", overflow="ellipsis"), id=str(path)))
        if found:
            recent.highlighted = 0

    # -- choosing a file ----------------------------------------------------------------

    @on(Input.Submitted, "#roster-path")
    def _typed(self, event: Input.Submitted) -> None:
        # Windows Explorer's "Copy as path" puts the path in double quotes.
        typed = event.value.strip().strip('"').strip()
        if typed:
            self.load(Path(typed).expanduser())

    @on(OptionList.OptionSelected, "#roster-recent")
    def _recent_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.load(Path(event.option.id))

    @on(DirectoryTree.FileSelected, "#roster-tree")
    def _tree_chosen(self, event: DirectoryTree.FileSelected) -> None:
        self.load(event.path)

    @on(Select.Changed, "#roster-root")
    def _root_chosen(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.query_one("#roster-tree", RosterTree).path = Path(event.value)

    def load(self, path: Path) -> None:
        self.query_one("#roster-path", Input).value = str(path)
        self._error("")
        self.reading = t("tui.roster.reading", name=path.name)
        self.notify(self.reading, timeout=3)
        self._read(path)

    def _read_ended(self) -> None:
        # Said while the file was read: left for its 3 s, it covered the highlighted row's
        # text (the skipped row's reason, walk10) or the reading's error.
        withdraw_toast(self.app, self.reading)

    @work(thread=True, exclusive=True, group="roster-read", exit_on_error=False)
    def _read(self, path: Path) -> None:
        from observasi.roster.service import preview_import

        try:
            preview = preview_import(self.context, path)
        except UserError as exc:
            self.app.call_from_thread(self._error, exc.message)
            return
        self.app.call_from_thread(self.show_preview, preview)

    def _error(self, message: str) -> None:
        self._read_ended()
        self.error = message
        self.query_one("#roster-error", Static).update(Text(message, style="bold red"))

    # -- the preview --------------------------------------------------------------------

    def show_preview(self, preview: RosterPreview) -> None:
        self._read_ended()
        self.preview = preview
        self.query_one("#roster-source", Static).update(Text(source_line(preview)))
        self.query_one("#roster-summary", Static).update(Text(summary_line(preview), style="bold"))
        table = self.query_one("#roster-rows", DataTable)
        table.clear()
        for row in sorted(preview.rows, key=lambda r: (_ORDER[r.action], r.line)):
            table.add_row(
                str(row.line),
                Text(t(f"tui.roster.action.{row.action}"), style=_STYLES[row.action]),
                Text(row.current_name or row.name or "–"),
                Text(_detail(row)),
                key=str(row.line),
            )
        self.query_one("#roster-next", Static).update(Text(self._next_hint(preview)))
        self.query_one("#roster-steps", ContentSwitcher).current = "roster-preview"
        self.refresh_bindings()
        table.focus()
        self._show_detail()

    def _next_hint(self, preview: RosterPreview) -> str:
        if not preview.has_work:
            return t("tui.roster.nothing")
        if preview.renames:
            return t("tui.roster.next_renames", count=len(preview.renames))
        return t("tui.roster.next")

    @on(DataTable.RowHighlighted, "#roster-rows")
    def _show_detail(self) -> None:
        if self.preview is None:
            return
        key = cursor_key(self.query_one("#roster-rows", DataTable))
        row = next((r for r in self.preview.rows if str(r.line) == key), None)
        detail = self.query_one("#roster-detail-text", Static)
        detail.update(Text("\n".join(_full_detail(row, self.preview.parsed))) if row else "")

    # -- importing ----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # ctrl+s is offered (and shown) only where there is something to import.
        if action == "apply":
            return self.preview is not None and self.preview.has_work
        return True

    def action_apply(self) -> None:
        from observasi.roster.report import rename_lines
        from observasi.tui.dialogs.roster_confirm import RenameDialog

        preview = self.preview
        if preview is None or self.query_one("#roster-steps", ContentSwitcher).current != "roster-preview":
            return
        if not preview.renames:
            self._apply(preview, with_renames=False)
            return

        def answered(choice: str | None) -> None:
            if choice in ("all", "keep"):
                self._apply(preview, with_renames=choice == "all")

        self.app.push_screen(RenameDialog(len(preview.renames), rename_lines(preview)), answered)

    @work(thread=True, exclusive=True, group="roster-apply", exit_on_error=False)
    def _apply(self, preview: RosterPreview, *, with_renames: bool) -> None:
        from observasi.roster.service import apply_import

        try:
            result = apply_import(self.context, preview, with_renames=with_renames)
        except UserError as exc:
            # The teachers changed since the preview (a sync): show the new one.
            self.app.call_from_thread(self.notify, exc.message, severity="warning", timeout=10)
            self.app.call_from_thread(self._read, Path(preview.parsed.source))
            return
        self.app.call_from_thread(self._done, result)

    def _done(self, result: ImportResult) -> None:
        skipped = self.preview.of("skipped") if self.preview is not None else []
        if not skipped:
            self.notify(result.summary(), timeout=10)
            self.dismiss(result)
            return
        # The rows left out need the file mended and imported again: said until read, not
        # in a toast that goes by itself (walk10: the reason was covered, then gone).
        lines = [t("fx11s.roster.skipped", count=len(skipped))]
        lines += [
            t("fx11s.roster.skipped_row", line=r.line, name=r.name or "–", reason=r.reason or "") for r in skipped
        ]
        self.app.push_screen(NoticeDialog(result.summary(), lines), lambda _closed: self.dismiss(result))

    def action_back(self) -> None:
        steps = self.query_one("#roster-steps", ContentSwitcher)
        if steps.current == "roster-preview":
            steps.current = "roster-choose"
            self.preview = None
            self.refresh_bindings()
            self.query_one("#roster-path", Input).focus()
            return
        self.dismiss(None)


def _detail(row: RowPlan) -> str:
    """The row's cell in the table: what the import does with it, in one line."""
    if row.action == "skipped":
        return row.reason or ""
    if row.action == "changed":
        return "; ".join(change_text(change) for change in row.changes)
    if row.action == "new":
        return ids_text(dict(row.values))
    return match_text(row)


def _full_detail(row: RowPlan, parsed: ParsedRoster) -> list[str]:
    """Everything about the highlighted row, wrapped below the table: nothing is cut. A
    skipped row is named with its file, as a message the user may copy to whoever made it."""
    name = row.current_name or row.name or "–"  # a row with no name: as in the table, not "baris 3:  · "
    text = f"{name} · {t(f'tui.roster.action.{row.action}')}"
    if row.action == "skipped":
        lines = [t("bad.roster.problem", place=parsed.place(row.line), text=text)]
    else:
        lines = [t("roster.row_line", line=row.line, text=text)]
    if row.action == "changed":
        lines.append(match_text(row))
        for change in row.changes:
            mark = "  " + t("roster.needs_confirmation") if change.identity else ""
            lines.append("  " + change_text(change) + mark)
    elif row.action == "skipped":
        lines.append("  " + (row.reason or ""))
    elif row.action == "new":
        lines.append("  " + ids_text(dict(row.values)))
    lines.extend("  " + note for note in row.notes)
    return lines
