"""The walk: the conflict row of "Perlu perhatian" was cut at 80 columns ("2 versi;
selesaikan di Si…") and Enter there opened Sinkronisasi, not the conflict; the conflict
screen showed the merged notes cut («Catatan A: modul ajar lengkap, dicek be…»). Now the
row fits, Enter opens the record's two versions, and the merged notes are there in full."""

from __future__ import annotations

from textual.widgets import Static

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.screens.attention_screen import AttentionScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.sync.conftest import conflict_on_b
from tests.waiting import screen_text, wait_for_screen, wait_until

NOTE_A = "Catatan A: modul ajar lengkap, dicek bersama guru pukul 07.10 di ruang guru."
NOTE_B = "Catatan B: identitas modul tidak mencantumkan alokasi waktu; guru berjanji melengkapi."


async def test_enter_on_the_conflict_row_opens_both_versions_with_merged_notes_whole(
    devices, mini_form: Instrument
) -> None:
    b, obs_id = conflict_on_b(
        devices, mini_form, (ch.Rate("R1", "3"), ch.AddEvidence(NOTE_A)), (ch.Rate("R1", "1"), ch.AddEvidence(NOTE_B))
    )

    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("4")
        screen = await wait_for_screen(pilot, AttentionScreen)
        await wait_until(pilot, lambda: screen.found is not None and screen.found.conflicts, "the conflict row")
        await wait_until(pilot, lambda: "2 versi · Enter: pilih" in screen_text(app), lambda: screen_text(app))
        await pilot.press("enter")
        conflict = await wait_for_screen(pilot, ConflictScreen)
        assert conflict.observation_id == obs_id
        shown = " ".join(str(conflict.query_one("#conflict-values", Static).render()).split())
        assert NOTE_A in shown and NOTE_B in shown, shown
        # The shortened lines above say where the texts are whole, and PageDown reads them
        # from the parts' table (the walk needed Tab first; nothing said there was more).
        assert "Teks yang digabung ditulis lengkap di bawah (PageDown)." in screen_text(app)
        detail = conflict.query_one("#conflict-detail")
        assert app.focused is conflict.query_one("#conflict-parts")
        await pilot.press("pagedown")
        await wait_until(pilot, lambda: detail.scroll_y > 0, "the full texts scrolled into sight")
        await pilot.press("escape")
        await wait_for_screen(pilot, AttentionScreen)
