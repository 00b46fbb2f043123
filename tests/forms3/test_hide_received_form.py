"""A colleague's form this school does not use is hidden on the Instrumen screen (h): it
leaves the list, the next sync does not bring it back, and the observations made on it
still read. A bundled form cannot be hidden, and pressing h on it says why."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.formbook.template import write_template
from observasi.paths import received_forms_dir
from observasi.queries import forms
from tests.conftest import edit
from tests.sync.conftest import Device


async def test_hiding_a_colleagues_form_asks_keeps_its_records_and_it_stays_hidden_after_sync(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    from textual.widgets import Button, DataTable

    from observasi.store.models import Observer, School
    from observasi.tui import places
    from observasi.tui.app import ObservasiApp
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
    received = b.context.catalog.get("contoh-supervisi")
    assert received is not None and received.origin == "received"
    obs = b.new_observation(received.instrument)
    edit(b.store, obs.id, ch.Rate("M1", "3"))
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

        def ids() -> list[str]:
            return [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]

        # A bundled form: h says why nothing happens.
        table.move_cursor(row=ids().index("supervisi-akademik"))
        await pilot.press("h")
        await wait_until(
            pilot, lambda: any("instrumen dari rekan" in m for m in said_aloud), "why a bundled form stays"
        )
        assert "supervisi-akademik" in ids() and not isinstance(app.screen, ConfirmDialog)

        table.move_cursor(row=ids().index("contoh-supervisi"))
        await pilot.press("h")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        said = " ".join(dialog.lines)
        assert "1 observasi" in said and "tidak mengambilnya lagi" in said
        assert app.focused is dialog.query_one("#cancel", Button)  # Enter pressed too soon destroys nothing
        await pilot.press("enter")
        await wait_for_screen(pilot, FormsScreen)
        assert "contoh-supervisi" in ids()  # cancelled: still there

        await pilot.press("h")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        dialog.query_one("#confirm", Button).press()
        await wait_until(pilot, lambda: "contoh-supervisi" not in ids(), "the hidden form leaving the list")

    assert not list(received_forms_dir(b.context.settings.data_dir).glob("*.toml"))
    b.sync()
    assert b.context.catalog.get("contoh-supervisi") is None  # not brought back
    assert not list(received_forms_dir(b.context.settings.data_dir).glob("*.toml"))
    assert b.store.get_observation(obs.id).ratings["M1"].level == "3"  # its record still reads


def test_a_new_version_of_a_hidden_form_stays_hidden_and_the_sync_says_so(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    """The walk: version 2 of the form B hid came back on B's list with no word."""
    from observasi.core.form_toml import form_toml
    from observasi.paths import user_forms_dir
    from observasi.sync.form_offers import hide_received_form

    a, b, _ = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    a.sync()
    arrived = b.sync()
    assert "Dari laptop rekan: 1 instrumen baru di daftar Instrumen (tanda «dari rekan»)." in arrived.notices
    hide_received_form(b.context, "contoh-supervisi", "1")

    first = a.context.catalog.get("contoh-supervisi")
    assert first is not None
    second = first.instrument.model_copy(update={"version": "2"})
    (user_forms_dir(a.context.settings.data_dir) / "contoh-supervisi-2.toml").write_text(
        form_toml(second), encoding="utf-8"
    )
    a.context.reload_forms()
    assert a.sync().sent_forms == 1
    report = b.sync()
    assert "1 instrumen baru disembunyikan (versi baru dari instrumen yang Anda sembunyikan)." in report.notices
    assert b.context.catalog.get("contoh-supervisi") is None  # neither version on the list
    assert not list(received_forms_dir(b.context.settings.data_dir).glob("*.toml"))
    assert not any("instrumen" in notice for notice in b.sync().notices)  # said once
