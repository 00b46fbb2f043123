"""The join code is never split nor cut at 80x24, in the step whose whole point is
comparing it (the walk: "kodenya sama: 650" / "261" on the joiner, "harus sama persis:
650" / "261" in the approve dialog, "minta bergabung, kode 650" in the list)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.join_code import code_on_its_own_line
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join_code
from tests.waiting import screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import make_context, prepare


def test_a_code_that_ends_a_sentence_gets_its_own_line() -> None:
    assert code_on_its_own_line("setujui bila kodenya sama: 650 261") == "setujui bila kodenya sama:\n    650 261"
    assert code_on_its_own_line("Kodenya: 650 261\nDi laptop") == "Kodenya:\n    650 261\nDi laptop"
    said = 'observasi devices approve "650 261" (bila kodenya sama).'
    assert code_on_its_own_line(said) == said  # inside a sentence: one word-less piece already


async def test_the_code_is_whole_on_the_joiner_and_in_the_approvers_list_and_dialog(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    prepare(tmp_path / "A")
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)

    joiner = make_context(tmp_path / "B")
    joiner.update_settings(shared_folder=shared)
    app = ObservasiApp(joiner)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Hj. Siti Rahmawati, S.Pd."
        welcome.query_one("#join-school").press()
        screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the join request")
        assert screen.report is not None
        code = join_code(screen.report)
        await wait_for_text(pilot, code)  # whole, on one line of the joiner's screen

    app = ObservasiApp(make_context(tmp_path / "A"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        await wait_for_screen(pilot, SyncScreen)
        await pilot.press("p")
        await wait_for_screen(pilot, DevicesDialog)
        await wait_for_text(pilot, f"kode {code}")  # the list row: the code is not the part cut
        await pilot.press("enter")
        await wait_for_screen(pilot, ConfirmDialog)
        await wait_for_text(pilot, code)
        assert "Laptop Hj. Siti Rahmawati, S.Pd." in screen_text(app)
    assert [r.code for r in devices.device_list(school).requests] == [code]
