"""Choose the shared folder without a terminal: the folders under the user's home as a
tree (up and down move, Enter opens a folder, Backspace goes to the folder above), the
folder under the cursor named below it; or a path typed or pasted in the box (a USB
stick's E:\\), which wins when it is filled. Ctrl+S or "Pakai folder ini" gives back the
folder; one that does not exist is refused with its path named, and the dialog stays open."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Input, Label, Static

from observasi.i18n import t
from observasi.tui.base import BaseModal
from observasi.tui.widgets.gated_input import GatedInput


class FolderTree(DirectoryTree):
    """Folders only, hidden ones left out. A path typed while the tree has the focus goes
    to the path box, whole (it was lost to the tree, and "Pakai folder ini" then took the
    folder under the cursor: the home folder, not the one typed)."""

    BINDINGS = [Binding("backspace", "up_folder", "reachb.pick.key.up", id="folder.up")]

    def __init__(self, path: Path, box_id: str, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self.box_id = box_id
        self.handed_over = False  # a path is being typed: the keys that reach the tree go to the box

    async def on_key(self, event: events.Key) -> None:
        box = self.screen.query_one(f"#{self.box_id}", GatedInput)
        # A character before this one handed the typing to the box (the focus moves there a
        # moment later): this key, already on its way here, goes there too.
        if self.handed_over or self.screen.focused is box:
            await box.type_key(event)
        elif event.is_printable and event.character is not None and event.key != "space":
            self.handed_over = True
            box.take_over_from(self)
            await box.type_key(event)

    def on_paste(self, event: events.Paste) -> None:
        # A pasted path (ctrl+v, the usual way to give one) is the box's too: the tree has no
        # use for it, and "Pakai folder ini" would take the folder under the cursor.
        event.stop()
        box = self.screen.query_one(f"#{self.box_id}", GatedInput)
        self.handed_over = True
        box.take_over_from(self)
        selection = box.selection
        text = " ".join(event.text.splitlines()).strip()
        if selection.is_empty:
            box.insert_text_at_cursor(text)
        else:
            box.replace(text, *selection)

    def on_focus(self) -> None:
        self.handed_over = False  # back in the tree: its keys are its own again

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        shown = []
        for path in paths:
            if path.name.startswith((".", "$")):
                continue
            try:
                if path.is_dir():
                    shown.append(path)
            except OSError:
                continue  # unreadable: not offered
        return shown

    def action_up_folder(self) -> None:
        parent = Path(self.path).resolve().parent
        if parent != Path(self.path).resolve():
            self.path = parent


def folder_of(text: str) -> Path | None:
    """The folder *text* names (quotes as Windows' "Copy as path" gives them), or None."""
    cleaned = text.strip().strip('"')
    if not cleaned:
        return None
    try:
        path = Path(cleaned).expanduser()
        return path.resolve() if path.is_dir() else None
    except OSError:
        return None


class FolderDialog(BaseModal["Path | None"]):
    """The folder chosen, or None when cancelled."""

    DEFAULT_CSS = """
    FolderDialog > Vertical { width: 78; max-width: 100%; height: 100%; max-height: 22;
                              border: thick $primary; padding: 0 1; background: $surface; }
    FolderDialog #folder-title { text-style: bold; }
    FolderDialog #folder-hint { color: $text-muted; height: auto; }
    FolderDialog FolderTree { height: 1fr; min-height: 4; }
    FolderDialog #folder-path { background: $boost; }
    FolderDialog #folder-path:focus { background: $primary 40%; }
    FolderDialog #folder-buttons { height: 1; margin-top: 1; align-horizontal: right; }
    FolderDialog #folder-buttons Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="folder.cancel"),
        Binding("ctrl+s", "use", "firstday_a.folder.use", id="folder.use"),
    ]

    def __init__(self, start: Path | None = None, current: Path | None = None) -> None:
        super().__init__()
        self.start = start if start is not None and start.is_dir() else Path.home()
        self.current = current
        self.highlighted: Path | None = None  # the folder under the tree's cursor

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("firstday_a.folder.title"), id="folder-title")
            yield Static(Text(t("firstday_a.folder.hint")), id="folder-hint")
            yield FolderTree(self.start, "folder-path", id="folder-tree")
            yield Static("", id="folder-where", markup=False)
            yield Label(t("firstday_a.folder.path"))
            yield GatedInput("", id="folder-path", compact=True)
            with Horizontal(id="folder-buttons"):
                yield Button(t("firstday_a.folder.use"), variant="primary", id="folder-use", compact=True)
                yield Button(t("tui.dialog.cancel"), id="folder-cancel", compact=True)

    @property
    def folder_tree(self) -> FolderTree:
        return self.query_one("#folder-tree", FolderTree)

    @property
    def path_box(self) -> Input:
        return self.query_one("#folder-path", Input)

    def on_mount(self) -> None:
        self._show_where()
        self.folder_tree.focus()

    def _show_where(self) -> None:
        typed = self.path_box.value.strip().strip('"')
        # What "Gunakan" will take: a typed path wins over the folder under the cursor.
        chosen = Path(typed).expanduser() if typed else self.highlighted or self.current
        where = t("firstday_a.folder.where", path=chosen) if chosen else t("firstday_a.folder.where_none")
        self.query_one("#folder-where", Static).update(where)

    @on(DirectoryTree.NodeHighlighted, "#folder-tree")
    def _highlighted(self, event: DirectoryTree.NodeHighlighted[object]) -> None:
        path = getattr(event.node.data, "path", None)
        if path is not None:
            self.highlighted = Path(path)
            self._show_where()

    @on(Input.Changed, "#folder-path")
    def _typing(self) -> None:
        self._show_where()

    @on(Input.Submitted, "#folder-path")
    def _typed(self) -> None:
        self.action_use()

    @on(Button.Pressed, "#folder-use")
    def action_use(self) -> None:
        text = self.path_box.value
        if not text.strip() and self.highlighted is not None:
            text = str(self.highlighted)  # nothing typed: the folder under the cursor
        folder = folder_of(text)
        if folder is None:
            key = "firstday_a.folder.nothing" if not text.strip() else "firstday_a.folder.missing"
            self.notify(t(key, path=text.strip()), severity="error", timeout=8)
            self.path_box.focus()
            return
        self.dismiss(folder)

    @on(Button.Pressed, "#folder-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
