"""The Instrumen screen: the forms with origin and version, a preview, the problems of a
broken file, and a form imported from a workbook (refused with its cells, then installed)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Static

from observasi.formbook.template import write_template
from observasi.paths import user_forms_dir
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.screens.forms_screen import FormsScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.tui.conftest import make_context, prepare
from tests.waiting import wait_for_screen, wait_until


def _text(screen: FormsScreen, widget_id: str) -> str:
    return str(screen.query_one(widget_id, Static).render())


async def test_forms_listed_previewed_broken_named_and_imported(tmp_path: Path) -> None:
    data_dir = tmp_path / "school"
    prepare(data_dir)
    (user_forms_dir(data_dir) / "rusak.toml").write_text('id = "rusak"\n', encoding="utf-8")
    good = tmp_path / "instrumen.xlsx"
    write_template(good)
    from openpyxl import load_workbook

    bad = tmp_path / "rusak.xlsx"
    book = load_workbook(good)
    book["Indikator"]["A3"] = "tidak-ada"
    book.save(bad)

    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Forms())
        screen = await wait_for_screen(pilot, FormsScreen)
        table = screen.query_one(DataTable)
        titles = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "Telaah Modul Ajar" in titles and "Instrumen Mini" in titles
        assert "rusak.toml" in _text(screen, "#forms-problems")
        table.move_cursor(row=titles.index("Telaah Modul Ajar"))
        await wait_until(pilot, lambda: "Telaah Modul Ajar" in _text(screen, "#forms-preview"), "the preview")
        preview = _text(screen, "#forms-preview")
        assert "0 Tidak ada" in preview and "Sangat Baik 91" in preview and "MA12" in preview

        for path, installed in ((bad, False), (good, True)):
            await pilot.press("i")
            prompt = await wait_for_screen(pilot, TextPrompt)
            prompt.query_one(Input).value = str(path)
            await pilot.press("enter")
            await wait_for_screen(pilot, FormsScreen)
            if not installed:
                await wait_until(pilot, lambda: "Indikator!A3" in _text(screen, "#forms-problems"), "the cell named")
        await wait_until(pilot, lambda: any(k[0] == "contoh-supervisi" for k in screen.keys), "the new form listed")
        assert (user_forms_dir(data_dir) / "contoh-supervisi-1.toml").is_file()
