"""The conflict screen at 80 columns: with a note's row chosen the footer read "… k Kedua
teks  ^s Simpan gabungan  esc Kembal▏^p Perintah" (the walk): the way back was cut. "k
Keduanya" leaves room for it."""

from __future__ import annotations

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.store.models import Observer, School
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.conftest import edit
from tests.waiting import screen_text, wait_for_screen, wait_until


async def test_the_way_back_is_whole_in_the_footer_at_80_columns(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.Rate("R1", "3"), ch.SetNote("R1", "Catatan A"))
    edit(b.store, obs.id, ch.Rate("R1", "1"), ch.SetNote("R1", "Catatan B"))
    a.sync()
    b.sync()
    assert b.store.sync_conflicts()
    b.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    me = b.store.save_observer(Observer(name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    b.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.push_screen(ConflictScreen(b.context, obs.id))
        conflict = await wait_for_screen(pilot, ConflictScreen)
        conflict.query_one("#conflict-parts").focus()
        await pilot.press("down")  # the note's row: "k Keduanya" joins the footer
        await wait_until(pilot, lambda: "k Keduanya" in screen_text(app), lambda: screen_text(app))
        footer = screen_text(app).rstrip().splitlines()[-1]
        assert "esc Kembali" in footer, footer
