"""Attaching a file without typing its path: the picker starts in Downloads, shows folders
and the kinds that can be attached with their sizes, is driven by the keyboard, and hands
the path to the same service (the 20 MB limit refused as before)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import platformdirs
import pytest
from textual.widgets import Button, DataTable, Input, Static

from observasi import paths
from observasi.context import AppContext
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.file_picker import EvidenceTree, FilePicker, drive_label
from observasi.tui.screens.attachments_screen import AttachmentsScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.tui.conftest import draft_of, make_context
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until


@pytest.fixture
def downloads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A person's Downloads: a modul ajar, a photo in a folder, a file of another kind, a
    hidden one, and a scan too big to attach."""
    folder = tmp_path / "Downloads"
    (folder / "Foto kelas").mkdir(parents=True)
    (folder / "Modul Ajar IPA.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    (folder / "Foto kelas" / "papan tulis.jpg").write_bytes(b"\xff\xd8\xff" + b"y" * 5000)
    (folder / "setup.exe").write_bytes(b"MZ")
    (folder / ".rahasia.pdf").write_bytes(b"%PDF")
    with (folder / "Scan besar.pdf").open("wb") as big:
        big.truncate(21 * 1024 * 1024)
    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: folder)
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: tmp_path / "no-documents")
    return folder


def tree_lines(picker: FilePicker) -> list[str]:
    tree = picker.query_one(EvidenceTree)
    return [tree.render_label(tree.get_node_at_line(n), tree.rich_style, tree.rich_style).plain  # type: ignore[arg-type]
            for n in range(tree.last_line + 1)]  # fmt: skip


def where(picker: FilePicker) -> str:
    return str(picker.query_one("#pick-where", Static).content)


async def test_a_modul_and_a_photo_are_attached_from_the_picker(school_dir: Path, downloads: Path) -> None:
    context: AppContext = make_context(school_dir)
    obs = draft_of(context, 0, dt.date.today().isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("l")
        screen = await wait_for_screen(pilot, AttachmentsScreen)
        await pilot.press("a")
        picker = await wait_for_screen(pilot, FilePicker)
        tree = picker.query_one(EvidenceTree)
        await wait_until(pilot, lambda: tree.last_line >= 3, "the folder listed")
        assert where(picker) == f"Folder: {downloads}"
        assert "Lampirkan berkas" in screen_text(app)
        lines = tree_lines(picker)
        assert lines[1:] == ["📁 Foto kelas", "📄 Modul Ajar IPA.pdf  3 KB", "📄 Scan besar.pdf  21 MB"], lines
        said = notifications(app)

        # The scan above 20 MB: refused as a typed path was, the picker stays.
        tree.focus()
        tree.move_cursor_to_line(3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: any("20 MB" in s for s in said), "the refusal")
        assert isinstance(app.screen, FilePicker)

        # The modul ajar, by keyboard only.
        await pilot.press("up", "enter")
        await wait_for_screen(pilot, AttachmentsScreen)
        table = screen.query_one("#attachments-list", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the modul listed")

        # The photo in a folder, for the first evidence line: open the folder, choose it.
        await pilot.press("a")
        picker = await wait_for_screen(pilot, FilePicker)
        tree = picker.query_one(EvidenceTree)
        await wait_until(pilot, lambda: tree.last_line >= 3, "the folder listed")
        picker.query_one("#field-line", Input).value = "x"
        tree.focus()
        tree.move_cursor_to_line(1)
        await pilot.press("enter")  # opens Foto kelas
        await wait_until(pilot, lambda: "papan tulis.jpg" in " ".join(tree_lines(picker)), "the photo shown")
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: any("bukan angka" in s for s in said), "the line refused")
        assert picker.query_one("#field-path", Input).value == str(downloads / "Foto kelas" / "papan tulis.jpg")
        picker.query_one("#field-line", Input).value = ""
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AttachmentsScreen)
        await wait_until(pilot, lambda: table.row_count == 2, "the photo listed")
    stored = context.store.get_observation(obs.id).attachments
    assert sorted((a.name, a.kind, a.size) for a in stored) == [
        ("Modul Ajar IPA.pdf", "pdf", 3009),
        ("papan tulis.jpg", "image", 5003),
    ]


async def test_backspace_goes_to_the_folder_above(school_dir: Path, downloads: Path) -> None:
    context = make_context(school_dir)
    draft_of(context, 0, dt.date.today().isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("l")
        await wait_for_screen(pilot, AttachmentsScreen)
        await pilot.press("a")
        picker = await wait_for_screen(pilot, FilePicker)
        tree = picker.query_one(EvidenceTree)
        await wait_until(pilot, lambda: tree.last_line >= 3, "the folder listed")
        await pilot.press("backspace")
        await wait_until(pilot, lambda: Path(tree.path) == downloads.parent, "the folder above")
        await wait_until(pilot, lambda: where(picker) == f"Folder: {downloads.parent}", "the folder said")
        await pilot.press("escape")
        await wait_for_screen(pilot, AttachmentsScreen)


async def test_a_folder_typed_is_shown_in_the_tree(school_dir: Path, downloads: Path, tmp_path: Path) -> None:
    """A USB stick (E:\\ on Windows) is reached by typing its folder: the tree shows it."""
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    (stick / "RPP.docx").write_bytes(b"PK" + b"z" * 2000)
    context = make_context(school_dir)
    obs = draft_of(context, 0, dt.date.today().isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("l")
        screen = await wait_for_screen(pilot, AttachmentsScreen)
        await pilot.press("a")
        picker = await wait_for_screen(pilot, FilePicker)
        path_box = picker.query_one("#field-path", Input)
        path_box.value = f'"{stick}"'
        path_box.focus()
        await pilot.press("enter")
        tree = picker.query_one(EvidenceTree)
        await wait_until(pilot, lambda: Path(tree.path) == stick, "the stick shown")
        await wait_until(pilot, lambda: "RPP.docx" in " ".join(tree_lines(picker)), "its file listed")
        assert isinstance(app.screen, FilePicker) and app.focused is tree
        await pilot.press("down", "enter")
        await wait_for_screen(pilot, AttachmentsScreen)
        table = screen.query_one("#attachments-list", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the file listed")
    assert [(a.name, a.kind) for a in context.store.get_observation(obs.id).attachments] == [("RPP.docx", "office")]


def test_the_drives_of_a_windows_laptop_from_listdrives() -> None:
    """os.listdrives names every letter in use; an empty card reader (F:) is not offered."""
    there = {"C:\\", "D:\\", "E:\\"}
    found = paths.drives(
        windows=True, listed=lambda: ["C:\\", "D:\\", "E:\\", "F:\\"], exists=lambda p: str(p) in there
    )
    assert [str(d) for d in found] == ["C:\\", "D:\\", "E:\\"]
    assert [drive_label(d) for d in found] == ["C:", "D:", "E:"]


def test_the_drives_of_a_windows_laptop_by_trying_each_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.11 has no os.listdrives: A: to Z: are tried, and the ones there kept."""
    monkeypatch.delattr(os, "listdrives", raising=False)
    tried: list[str] = []

    def exists(path: Path) -> bool:
        tried.append(str(path))
        return str(path) in {"C:\\", "G:\\"}

    assert [str(d) for d in paths.drives(windows=True, exists=exists)] == ["C:\\", "G:\\"]
    assert tried == [f"{letter}:\\" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]


def test_the_media_mounted_elsewhere(tmp_path: Path) -> None:
    media = tmp_path / "media" / "guru"
    (media / "USB-GURU").mkdir(parents=True)
    (media / "KARTU-SD").mkdir()
    (media / "catatan.txt").write_text("not a medium")
    found = paths.drives(windows=False, mounts=[media, tmp_path / "run-media-missing"])
    assert [drive_label(d) for d in found] == ["KARTU-SD", "USB-GURU"]


async def test_a_drive_button_shows_the_drive(
    school_dir: Path, downloads: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick is one button away: pressed, the tree shows it, and a file on it attaches."""
    stick = tmp_path / "USB-GURU"
    stick.mkdir()
    (stick / "Modul Ajar.pdf").write_bytes(b"%PDF-1.4\n" + b"m" * 900)
    monkeypatch.setattr(paths, "drives", lambda: [stick])
    context = make_context(school_dir)
    obs = draft_of(context, 0, dt.date.today().isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("l")
        await wait_for_screen(pilot, AttachmentsScreen)
        await pilot.press("a")
        picker = await wait_for_screen(pilot, FilePicker)
        assert "USB-GURU" in screen_text(app)
        picker.query_one("#pick-drive-0", Button).press()
        tree = picker.query_one(EvidenceTree)
        await wait_until(pilot, lambda: Path(tree.path) == stick, "the stick shown")
        await wait_until(pilot, lambda: where(picker) == f"Folder: {stick}", "the folder said")
        await wait_until(pilot, lambda: "Modul Ajar.pdf" in " ".join(tree_lines(picker)), "its file listed")
        await pilot.press("down", "enter")
        await wait_for_screen(pilot, AttachmentsScreen)
    assert [a.name for a in context.store.get_observation(obs.id).attachments] == ["Modul Ajar.pdf"]
