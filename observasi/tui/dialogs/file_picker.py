"""Choose a file to attach without typing its path: the folders from Downloads or Documents
as a tree (keyboard: up and down, Enter opens a folder or attaches the file, Backspace goes
to the folder above; a button for each drive, C:, D:, a USB stick's E:; a folder typed in
the path box is shown there too), showing only the kinds that can be attached and each file's size
(red above the limit). A path can still be typed or pasted (Ctrl+S attaches it).

Like a FieldsForm, *accept* gets the path and the evidence line typed; it raises UserError
to refuse (the file is missing, too big, of another kind), and then the picker stays open
with the refusal said and nothing lost."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Input, Label, Static
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from observasi import paths
from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.base import BaseModal

Accept = Callable[[str, str], None]  # (path, evidence line) -> None; UserError refuses


class EvidenceTree(DirectoryTree):
    """Folders and the files of the allowed kinds, hidden ones left out, with sizes."""

    BINDINGS = [
        Binding("enter", "select_cursor", "reachb.pick.key.choose", id="pick.choose"),
        Binding("backspace", "up_folder", "reachb.pick.key.up", id="pick.up"),
    ]

    def __init__(
        self, path: Path, kinds: Collection[str], limit: int, size_text: Callable[[int], str], *, id: str | None = None
    ) -> None:
        super().__init__(path, id=id)
        self.kinds = {k.lower() for k in kinds}
        self.limit = limit
        self.size_text = size_text
        self.sizes: dict[Path, int | None] = {}

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        shown = []
        for path in paths:
            if path.name.startswith((".", "~$")):  # hidden files, Office's lock files
                continue
            try:
                if path.is_dir() or (path.suffix.lower() in self.kinds and path.is_file()):
                    shown.append(path)
            except OSError:
                continue  # unreadable: not offered
        return shown

    def file_size(self, path: Path) -> int | None:
        if path not in self.sizes:
            try:
                self.sizes[path] = path.stat().st_size
            except OSError:
                self.sizes[path] = None
        return self.sizes[path]

    def render_label(self, node: TreeNode[DirEntry], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        path = node.data.path if node.data is not None else None
        if path is not None and not node.allow_expand:
            size = self.file_size(path)
            if size is not None:
                label.append(f"  {self.size_text(size)}", style="bold red" if size > self.limit else "dim")
        return label

    def action_up_folder(self) -> None:
        parent = Path(self.path).resolve().parent
        if parent != Path(self.path).resolve():
            self.path = parent


def _folder_of(text: str) -> Path | None:
    """The folder *text* names (quotes as Windows' "Copy as path" gives them), or None."""
    try:
        path = Path(text.strip().strip('"')).expanduser()
        return path if path.is_dir() else None
    except OSError:
        return None


def drive_label(drive: Path) -> str:
    """ "E:" for a Windows drive's root, else the mounted medium's name ("USB-GURU")."""
    text = str(drive)
    if len(text) <= 3 and text[1:2] == ":":
        return text[:2]
    return drive.name or text


class FilePicker(BaseModal[bool]):
    """True once *accept* took a file, False when cancelled."""

    DEFAULT_CSS = """
    FilePicker { align: center middle; }
    FilePicker > Vertical { width: 78; max-width: 100%; height: 100%; max-height: 24;
                            border: round $primary; padding: 0 1; background: $surface; }
    FilePicker #pick-title { text-style: bold; }
    FilePicker #pick-hint { color: $text-muted; height: auto; }
    FilePicker #pick-folders, FilePicker #pick-buttons { height: 1; }
    FilePicker Button { margin-right: 1; }
    FilePicker #pick-where { color: $text-muted; height: auto; max-height: 2; }
    FilePicker EvidenceTree { height: 1fr; min-height: 4; }
    FilePicker .pick-label { height: 1; margin-top: 0; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="pick.cancel"),
        Binding("ctrl+s", "save", "reachb.pick.key.attach", id="pick.save"),
    ]

    def __init__(
        self,
        title: str,
        folders: list[Path],
        kinds: Collection[str],
        limit: int,
        size_text: Callable[[int], str],
        accept: Accept,
        drives: Sequence[Path] | None = None,
        *,
        with_line: bool = True,
        hint: str = "",
        save_label: str = "",
    ) -> None:
        super().__init__()
        # Attaching asks for the evidence line too; choosing a sheet to check does not, and
        # says its own hint and button ("Periksa").
        self.with_line = with_line
        self.hint = hint
        self.save_label = save_label
        # C:, D:, a USB stick's E: (elsewhere: the media mounted): one button each.
        self.drives = list(drives) if drives is not None else paths.drives()
        self.heading = title
        self.folders = folders
        self.kinds = kinds
        self.limit = limit
        self.size_text = size_text
        self.accept = accept

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.heading, id="pick-title", markup=False)
            yield Static(Text(self.hint or t("reachb.pick.hint", limit=self.size_text(self.limit))), id="pick-hint")
            with Horizontal(id="pick-folders"):
                for n, folder in enumerate(self.folders):
                    yield Button(folder.name or str(folder), id=f"pick-folder-{n}", compact=True)
                yield Button(t("reachb.pick.up"), id="pick-up", compact=True)
                for n, drive in enumerate(self.drives):
                    yield Button(drive_label(drive), id=f"pick-drive-{n}", compact=True)
            yield Static("", id="pick-where", markup=False)
            yield EvidenceTree(self.folders[0], self.kinds, self.limit, self.size_text, id="pick-tree")
            yield Label(t("reachb.pick.path"), classes="pick-label", markup=False)
            yield Input(id="field-path", placeholder=t("reachb.pick.path_placeholder"), compact=True)
            if self.with_line:
                yield Label(t("year.tui.att.line"), classes="pick-label", markup=False)
                yield Input(id="field-line", compact=True)
            with Horizontal(id="pick-buttons"):
                yield Button(self.save_label or t("reachb.pick.attach"), variant="primary", id="save", compact=True)
                yield Button(t("tui.dialog.cancel"), id="cancel", compact=True)

    @property
    def picker_tree(self) -> EvidenceTree:
        return self.query_one("#pick-tree", EvidenceTree)

    def on_mount(self) -> None:
        # The folder shown follows the tree's (a button, Backspace, the folder above).
        self.watch(self.picker_tree, "path", self._show_where)
        self.picker_tree.focus()

    def _show_where(self) -> None:
        self.query_one("#pick-where", Static).update(t("reachb.pick.where", folder=self.picker_tree.path))

    @on(Button.Pressed, "#pick-folders Button")
    def _folder(self, event: Button.Pressed) -> None:
        name = event.button.id or ""
        if name == "pick-up":
            self.picker_tree.action_up_folder()
        elif name.startswith("pick-folder-"):
            self.picker_tree.path = self.folders[int(name.removeprefix("pick-folder-"))]
        elif name.startswith("pick-drive-"):
            self.picker_tree.path = self.drives[int(name.removeprefix("pick-drive-"))]
        self.picker_tree.focus()

    @on(DirectoryTree.FileSelected)
    def _chosen(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#field-path", Input).value = str(event.path)
        self.action_save()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        path = self.query_one("#field-path", Input).value
        if not path.strip():
            self.notify(t("reachb.pick.nothing"), severity="warning", timeout=5)
            return
        folder = _folder_of(path)
        if folder is not None:  # a folder typed (a USB stick's E:\): shown in the tree
            self.picker_tree.path = folder
            self.picker_tree.focus()
            return
        try:
            self.accept(path, self.query_one("#field-line", Input).value if self.with_line else "")
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=10)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
