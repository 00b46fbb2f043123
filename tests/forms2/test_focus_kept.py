"""Choosing a PMM target behaviour fills the agreed focus, but never over what the
principal typed there: the typed text stays and the behaviour is added after it (it was
written over, review8 LOW). A second choice replaces only what the first choice put."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, Select

from observasi.paths import user_forms_dir
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import FIXTURES
from tests.tui.conftest import fresh_store, make_context, prepare
from tests.waiting import wait_for_screen, wait_until


async def test_a_chosen_target_behaviour_keeps_the_focus_typed(tmp_path: Path) -> None:
    data_dir = tmp_path / "school"
    prepare(data_dir)
    shutil.copy(FIXTURES / "v2.toml", user_forms_dir(data_dir) / "v2.toml")
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        new = await wait_for_screen(pilot, NewObservationScreen)
        new.pick_teacher(f"{2:032d}")
        new.query_one("#form", Select).value = "v2-mini"
        await wait_until(pilot, lambda: bool(new.query("#target-behaviour")), "the v2 form's fields shown")
        focus = new.query_one("#focus", Input)
        target = new.query_one("#target-behaviour", Select)

        # Empty: the choice fills it; another choice replaces its own suggestion.
        target.value = "Disiplin positif"
        await wait_until(pilot, lambda: focus.value == "Disiplin positif", "the focus filled")
        target.value = "Umpan balik konstruktif"
        await wait_until(pilot, lambda: focus.value == "Umpan balik konstruktif", "the suggestion replaced")

        # Typed by the principal: kept, the behaviour added after it; a second choice
        # replaces only the added behaviour.
        focus.focus()
        await wait_until(pilot, lambda: new.focused is focus, "the focus field focused")
        await pilot.press(*"Diferensiasi")  # over the suggestion, shown selected
        await wait_until(pilot, lambda: focus.value == "Diferensiasi", "the focus typed")
        target.value = "Disiplin positif"
        await wait_until(pilot, lambda: focus.value == "Diferensiasi; Disiplin positif", "kept and added")
        assert any("teks Anda tetap" in str(n.message) for n in app._notifications)
        target.value = "Umpan balik konstruktif"
        await wait_until(pilot, lambda: focus.value == "Diferensiasi; Umpan balik konstruktif", "choice replaced")

        new.query_one("#identity-fase", Select).value = "E"
        new.query_one("#identity-tahun", Input).value = "2026/2027"
        await pilot.press("ctrl+s")
        live = await wait_for_screen(pilot, ObservationScreen)
        assert fresh_store(data_dir).get_observation(live.obs_id).focus == "Diferensiasi; Umpan balik konstruktif"
