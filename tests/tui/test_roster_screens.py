"""Teachers in the app, at 80×24: import a roster through its preview (a rename asks first),
add, edit, remove and bring back a teacher; a first day says how teachers get in."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, OptionList

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog, NoticeDialog
from observasi.tui.dialogs.roster_confirm import RenameDialog
from observasi.tui.dialogs.teacher_form import TeacherDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.roster_import_screen import RosterImportScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.roster.dapodik import write_dapodik_xlsx
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_text, wait_for_workers, wait_until

from .conftest import fresh_store, make_context

SIZE = (80, 24)
SITI = "1".zfill(32)


@pytest.fixture(autouse=True)
def _home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The file picker looks in Documents and Downloads: the test's, never the user's."""
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name in ("XDG_DOCUMENTS_DIR", "XDG_DOWNLOAD_DIR", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


def names(data_dir: Path) -> list[str]:
    store = fresh_store(data_dir)
    try:
        return [x.name for x in store.list_teachers()]
    finally:
        store.close()


async def import_screen(pilot) -> RosterImportScreen:
    """Home, g (the teachers), i (import): the way a principal gets there."""
    await wait_for_screen(pilot, HomeScreen)
    await pilot.press("g")
    await wait_for_screen(pilot, TeachersScreen)
    await pilot.press("i")
    return await wait_for_screen(pilot, RosterImportScreen)


async def open_import(pilot, path: Path) -> RosterImportScreen:
    """The import screen showing the preview of *path*, typed into the path field."""
    screen = await import_screen(pilot)
    screen.query_one("#roster-path", Input).value = str(path)
    await pilot.press("enter")
    await wait_until(pilot, lambda: screen.preview is not None, "the preview")
    return screen


async def test_a_dapodik_workbook_is_previewed_then_imported(school_dir: Path, _home: Path) -> None:
    workbook = write_dapodik_xlsx(_home / "Downloads" / "daftar-guru-SMP NEGERI 1 CONTOH.xlsx")
    app = ObservasiApp(make_context(school_dir))
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_screen(pilot)
        # The download is offered among the newest files: Tab to the list, Enter.
        recent = screen.query_one("#roster-recent", OptionList)
        await wait_until(
            pilot, lambda: recent.option_count and recent.get_option_at_index(0).id == str(workbook), "the download"
        )
        await pilot.press("tab", "enter")
        await wait_until(pilot, lambda: screen.preview is not None, "the preview")
        await wait_for_text(pilot, "9 baris dibaca: 5 baru, 0 berubah, 0 tidak berubah, 4 dilewati")
        table = screen.query_one("#roster-rows", DataTable)
        shown = {str(table.get_row(key)[0]): str(table.get_row(key)[1]) for key in table.rows}
        assert shown["13"] == "Dilewati" and shown["9"] == "Baru" and len(shown) == 9
        # The highlighted row's full text is below the table: the skipped rows come first.
        table.move_cursor(row=table.get_row_index("13"))
        await wait_for_text(pilot, "Tenaga Administrasi Sekolah' adalah tenaga kependidikan")
        assert names(school_dir) == ["Ahmad Fauzi, S.Pd.", "Dewi Lestari, S.Pd.", "Siti Aminah, S.Pd."]  # nothing yet

        await pilot.press("ctrl+s")
        # The rows left out are said until read (fix11: a toast went by itself), then Enter.
        notice = await wait_for_screen(pilot, NoticeDialog)
        assert notice.heading.startswith("Tersimpan: 5 guru baru")
        assert notice.lines[0].startswith("4 baris dilewati") and len(notice.lines) == 5
        await pilot.press("enter")
        teachers = await wait_for_screen(pilot, TeachersScreen)
        await wait_until(pilot, lambda: teachers.table.row_count == 8, "three teachers and five imported")
        assert "Dr. H. Ahmad Fauzi, M.Pd., M.Si." in names(school_dir)
        assert "Rina Marlina" not in names(school_dir)
        assert not any("Tersimpan" in text for text in said)  # in the notice, not also in a toast


async def test_a_rename_is_listed_and_applied_only_when_confirmed(school_dir: Path, tmp_path: Path) -> None:
    roster = tmp_path / "guru.csv"
    roster.write_text(
        "Nama;NIP;JK;Jenis PTK\n"
        "Dra. Hj. Siti Aminah;198001012005012000;P;Guru Mapel\n"  # Siti Aminah, S.Pd.'s NIP
        "Nguyễn Văn An, S.Pd.;;L;Guru Mapel\n"
        "Rina Marlina;;P;Tenaga Administrasi Sekolah\n",
        encoding="utf-8",
    )
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(pilot, roster)
        await wait_for_text(pilot, "1 berubah")
        await pilot.press("ctrl+s")
        dialog = await wait_for_screen(pilot, RenameDialog)
        said = screen_text(app)
        assert "Nama: Siti Aminah, S.Pd. → Dra. Hj. Siti Aminah" in said
        assert isinstance(app.focused, Button) and app.focused.id == "cancel"
        await pilot.press("enter")  # an Enter pressed too soon renames nobody, imports nothing
        await wait_until(pilot, lambda: app.screen is screen, "back on the preview")
        assert names(school_dir) == ["Ahmad Fauzi, S.Pd.", "Dewi Lestari, S.Pd.", "Siti Aminah, S.Pd."]

        await pilot.press("ctrl+s")
        dialog = await wait_for_screen(pilot, RenameDialog)
        await pilot.click("#all")
        await wait_for_screen(pilot, NoticeDialog)  # Rina Marlina's row left out, said until read
        await pilot.press("enter")
        await wait_for_screen(pilot, TeachersScreen)
        await wait_for_workers(pilot)
        assert names(school_dir) == [
            "Ahmad Fauzi, S.Pd.",
            "Dewi Lestari, S.Pd.",
            "Dra. Hj. Siti Aminah",
            "Nguyễn Văn An, S.Pd.",
        ]
        store = fresh_store(school_dir)
        assert store.get_teacher(SITI).name == "Dra. Hj. Siti Aminah"  # the same teacher, renamed
        store.close()
        del dialog


async def test_a_file_that_is_not_a_roster_is_named_on_the_screen(school_dir: Path, tmp_path: Path) -> None:
    old = tmp_path / "guru.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_screen(pilot)
        screen.query_one("#roster-path", Input).value = f'"{old}"'  # as Explorer's "Copy as path" gives it
        await pilot.press("enter")
        await wait_until(pilot, lambda: "guru.xls adalah buku kerja Excel lama (.xls)" in screen.error, "the message")
        await wait_for_text(pilot, "simpan sebagai .xlsx (tanpa kata sandi) atau CSV")
        assert screen.preview is None
        await pilot.press("escape")
        await wait_for_screen(pilot, TeachersScreen)


async def test_add_edit_remove_and_bring_back_a_teacher(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("g")
        teachers = await wait_for_screen(pilot, TeachersScreen)
        await wait_until(pilot, lambda: teachers.table.row_count == 3, "three teachers")

        await pilot.press("a")
        dialog = await wait_for_screen(pilot, TeacherDialog)
        await pilot.press(*"Nguyen Van An")
        dialog.query_one("#teacher-nip", Input).value = "198001012005012000"  # Siti's
        await pilot.press("ctrl+s")
        await wait_for_text(pilot, "NIP 198001012005012000 sudah dipakai Siti Aminah, S.Pd.")
        assert app.screen is dialog and len(names(school_dir)) == 3
        dialog.query_one("#teacher-nip", Input).value = "19850312 201001 1 004"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, TeachersScreen)
        await wait_until(pilot, lambda: teachers.table.row_count == 4, "the new teacher")
        store = fresh_store(school_dir)
        added = next(x for x in store.list_teachers() if x.name == "Nguyen Van An")
        store.close()
        assert added.nip == "198503122010011004"
        assert teachers.table.get_row_index(added.id) == teachers.table.cursor_row  # the cursor is on them

        await pilot.press("u")
        dialog = await wait_for_screen(pilot, TeacherDialog)
        dialog.query_one("#teacher-subject", Input).value = "Matematika"
        await pilot.press("escape")  # an edit is not thrown away without asking
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is dialog, "back in the form")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, TeachersScreen)
        await wait_for_text(pilot, "Matematika")

        teachers.table.move_cursor(row=teachers.table.get_row_index(SITI))
        await pilot.press("delete")
        await wait_for_screen(pilot, ConfirmDialog)
        said = screen_text(app)
        assert "Siti Aminah, S.Pd. dikeluarkan dari daftar guru" in said
        assert "Belum ada observasi guru ini" in said and "Tidak ada yang dihapus" in said
        await pilot.press("enter")
        await wait_until(pilot, lambda: SITI not in {k.value for k in teachers.table.rows}, "Siti off the list")
        assert "Siti Aminah, S.Pd." not in names(school_dir)

        await pilot.press("r")  # the removed teachers, struck through, to bring one back
        await wait_until(pilot, lambda: SITI in {k.value for k in teachers.table.rows}, "Siti shown as removed")
        teachers.table.move_cursor(row=teachers.table.get_row_index(SITI))
        await pilot.press("k")
        await wait_until(pilot, lambda: "Siti Aminah, S.Pd." in names(school_dir), "Siti back")


async def test_a_first_day_says_how_teachers_get_in(school_dir: Path) -> None:
    from observasi.roster.teachers import remove_teacher

    context = make_context(school_dir)
    for teacher in context.store.list_teachers():
        remove_teacher(context, teacher.id)
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("g")
        await wait_for_screen(pilot, TeachersScreen)
        await wait_for_text(pilot, "Belum ada guru. Tekan a untuk menambah seorang guru, atau i untuk mengimpor")


async def test_in_english_a_file_chosen_in_the_folder_tree(school_dir: Path, _home: Path) -> None:
    from observasi.tui.screens.roster_import_screen import RosterTree

    documents = _home / "Documents"
    documents.mkdir()
    (documents / "roster.csv").write_text("Name,Sex\nMaria Goreti,F\n", encoding="utf-8")
    (documents / "~$roster.xlsx").write_bytes(b"lock")  # Excel's lock file is not offered
    app = ObservasiApp(make_context(school_dir, lang="en"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_screen(pilot)
        tree = screen.query_one("#roster-tree", RosterTree)
        await wait_until(pilot, lambda: len(tree.root.children) == 1, "the folder's one roster file")
        assert str(tree.root.children[0].label) == "roster.csv"
        tree.focus()
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: screen.preview is not None, "the preview")
        await wait_for_text(pilot, "1 rows read: 1 new, 0 changed, 0 unchanged, 0 skipped")
        await wait_for_text(pilot, "ctrl+s imports the new teachers")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, TeachersScreen)
        await wait_until(pilot, lambda: "Maria Goreti" in names(school_dir), "Maria imported")


async def test_excel_unicode_text_without_a_bom_is_read_and_a_bad_row_names_its_file(
    school_dir: Path, tmp_path: Path
) -> None:
    """Excel's "Unicode Text" (UTF-16 LE, tabs, no BOM) is read; a skipped row's full text
    below the table names the file, as a line a principal copies to whoever made it."""
    roster = tmp_path / "guru.txt"
    roster.write_bytes("Nama\tNIP\r\nSri Wahyuni\t12345\r\nNguyễn Văn An\t\r\n".encode("utf-16-le"))
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(pilot, roster)
        await wait_for_text(pilot, "UTF-16-LE")
        await wait_for_text(pilot, "1 baru")
        table = screen.query_one("#roster-rows", DataTable)
        table.move_cursor(row=table.get_row_index("2"))
        await wait_for_text(pilot, "guru.txt, baris 2: Sri Wahyuni · Dilewati")


async def test_a_word_document_given_as_roster_is_named_and_said_what_it_is(school_dir: Path, tmp_path: Path) -> None:
    """A .docx chosen by mistake: the screen names it and says it is a Word document,
    not a roster, and what to give instead."""
    import shutil

    given = Path(shutil.copy(Path(__file__).parents[1] / "corpus" / "verify" / "lembar.docx", tmp_path / "guru.docx"))
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_screen(pilot)
        screen.query_one("#roster-path", Input).value = str(given)
        await pilot.press("enter")
        error = screen.query_one("#roster-error")
        await wait_until(pilot, lambda: "dokumen Word (.docx)" in str(error.render()), "the refusal")
        shown = str(error.render())
        assert f"{given}: bukan daftar guru: berkas ini dokumen Word (.docx)" in shown, shown
        assert screen.preview is None
