"""The conflict screen names a score's level beside its number, as the history does
(walk11 LOW: "2" against "4", with nothing saying which is Cukup and which Sangat Baik)."""

from __future__ import annotations

from textual.widgets import Static

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.tui.app import ObservasiApp
from tests.sync.conftest import conflict_on_b, open_conflict
from tests.waiting import wait_until


async def test_both_scores_show_their_levels_names(devices, mini_form: Instrument) -> None:
    b, obs_id = conflict_on_b(devices, mini_form, (ch.Rate("R1", "3"),), (ch.Rate("R1", "1"),))
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        conflict = await open_conflict(app, pilot, obs_id)
        values = conflict.query_one("#conflict-values", Static)

        def shown() -> str:
            return " ".join(str(values.render()).split())

        await wait_until(pilot, lambda: "3 (Baik)" in shown() and "1 (Kurang)" in shown(), shown)


def test_the_command_line_names_the_levels_too(devices, mini_form: Instrument, capsys) -> None:
    """walk11b: `observasi conflicts` still printed a bare "A: 4"."""
    from tests.cli.helpers import observasi

    b, _ = conflict_on_b(devices, mini_form, (ch.Rate("R1", "3"),), (ch.Rate("R1", "1"),))
    data_dir = str(b.store.data_dir)
    b.close()
    listed = observasi(capsys, "--data-dir", data_dir, "conflicts")
    assert listed.code == 0
    assert "3 (Baik)" in listed.out and "1 (Kurang)" in listed.out, listed.out
