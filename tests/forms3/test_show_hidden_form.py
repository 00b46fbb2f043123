"""Hiding a colleague's form is never a dead end: the dialog says how to undo it, an Enter
that cancels says "Tidak disembunyikan.", the Instrumen screen lists the hidden forms and t
shows one again at once; the next sync then takes it and its new versions again."""

from __future__ import annotations

from pathlib import Path

from observasi.core.form_toml import form_toml
from observasi.formbook.template import write_template
from observasi.paths import user_forms_dir
from observasi.queries import forms
from tests.sync.conftest import Device


async def test_a_hidden_form_is_shown_again_from_the_instrumen_screen(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    from textual.widgets import Button, DataTable, Static

    from observasi.store.models import Observer, School
    from observasi.tui import places
    from observasi.tui.app import ObservasiApp
    from observasi.tui.dialogs.hidden_forms import HiddenFormsDialog
    from observasi.tui.dialogs.questions import ConfirmDialog
    from observasi.tui.screens.forms_screen import FormsScreen
    from observasi.tui.screens.home_screen import HomeScreen
    from tests.waiting import notifications, wait_for_screen, wait_until

    a, b, _ = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    a.sync()
    b.sync()
    b.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    me = b.store.save_observer(Observer(name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    b.store.set_setting("self_observer_id", me.id)

    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        said_aloud = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Forms())
        screen = await wait_for_screen(pilot, FormsScreen)
        table = screen.query_one(DataTable)
        hidden_line = screen.query_one("#forms-hidden", Static)

        def ids() -> list[str]:
            return [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]

        assert not hidden_line.display  # nothing hidden: no line
        table.move_cursor(row=ids().index("contoh-supervisi"))
        await pilot.press("h")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert any("tekan t di layar Instrumen untuk menampilkannya lagi" in line for line in dialog.lines)
        await pilot.press("enter")  # Batal has focus
        await wait_until(pilot, lambda: "Tidak disembunyikan." in said_aloud, "the cancel said")
        assert "contoh-supervisi" in ids()

        await pilot.press("h")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: "contoh-supervisi" not in ids(), "the hidden form leaving the list")
        assert hidden_line.display and "Tersembunyi (1)" in str(hidden_line.render())

        await pilot.press("t")
        await wait_for_screen(pilot, HiddenFormsDialog)
        await pilot.press("enter")  # the first hidden form has focus
        await wait_until(pilot, lambda: "contoh-supervisi" in ids(), "the form back on the list")
        assert any(m.startswith("Ditampilkan lagi:") for m in said_aloud)
        assert not hidden_line.display

        await pilot.press("t")  # nothing hidden any more: said, no empty dialog
        await wait_until(pilot, lambda: "Tidak ada instrumen yang disembunyikan." in said_aloud, "none hidden")
        assert isinstance(app.screen, FormsScreen)

    # The next sync takes its new versions again.
    first = a.context.catalog.get("contoh-supervisi")
    assert first is not None
    second = first.instrument.model_copy(update={"version": "2"})
    (user_forms_dir(a.context.settings.data_dir) / "contoh-supervisi-2.toml").write_text(
        form_toml(second), encoding="utf-8"
    )
    a.context.reload_forms()
    a.sync()
    b.sync()
    again = b.context.catalog.get("contoh-supervisi", "2")
    assert again is not None and again.origin == "received"
