"""The conflict screen at 80 columns: with a note's row chosen the footer read "… k Kedua
teks  ^s Simpan gabungan  esc Kembal▏^p Perintah" (the walk): the way back was cut. "k
Keduanya" leaves room for it."""

from __future__ import annotations

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.tui.app import ObservasiApp
from tests.sync.conftest import conflict_on_b, open_conflict
from tests.waiting import screen_text, wait_until


async def test_the_way_back_is_whole_in_the_footer_at_80_columns(devices, mini_form: Instrument) -> None:
    on_a = (ch.Rate("R1", "3"), ch.SetNote("R1", "Catatan A"))
    b, obs_id = conflict_on_b(devices, mini_form, on_a, (ch.Rate("R1", "1"), ch.SetNote("R1", "Catatan B")))
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_conflict(app, pilot, obs_id)
        await pilot.press("down")  # the note's row: "k Keduanya" joins the footer
        await wait_until(pilot, lambda: "k Keduanya" in screen_text(app), lambda: screen_text(app))
        footer = screen_text(app).rstrip().splitlines()[-1]
        assert "esc Kembali" in footer, footer
