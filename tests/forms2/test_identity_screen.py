"""Pra-observasi asks the identity fields the chosen form declares; a required one left
empty is named and nothing is saved until it is given."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, Label, Select

from observasi.paths import user_forms_dir
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import FIXTURES
from tests.tui.conftest import fresh_store, make_context, prepare
from tests.waiting import wait_for_screen, wait_until


async def test_identity_fields_follow_the_form_and_required_ones_are_asked(tmp_path: Path) -> None:
    data_dir = tmp_path / "school"
    prepare(data_dir)
    shutil.copy(FIXTURES / "v2.toml", user_forms_dir(data_dir) / "v2.toml")
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        new = await wait_for_screen(pilot, NewObservationScreen)
        new.pick_teacher(f"{2:032d}")
        new.query_one("#form", Select).value = "mini"
        await wait_until(pilot, lambda: not new.query("#identity-tahun"), "the mini form asks no identity fields")

        new.query_one("#form", Select).value = "v2-mini"
        await wait_until(pilot, lambda: bool(new.query("#identity-tahun")), "the v2 form's fields shown")
        labels = [str(label.render()) for label in new.query("#identity-fields Label").results(Label)]
        assert labels == [
            "Fase *",
            "Materi pokok / Modul",
            "Tahun pelajaran *",
            "Jumlah jam tatap muka",
            "Fokus perilaku",
        ]
        new.query_one("#identity-fase", Select).value = "E"
        # The form's target behaviours: picking one fills the agreed focus.
        new.query_one("#target-behaviour", Select).value = "Disiplin positif"
        await wait_until(pilot, lambda: new.query_one("#focus", Input).value == "Disiplin positif", "the focus")
        new.query_one("#identity-modul", Input).value = "Modul 3"

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: new.focused is new.query_one("#identity-tahun"), "the empty field focused")
        assert isinstance(app.screen, NewObservationScreen)
        assert any("Tahun pelajaran wajib diisi" in str(n.message) for n in app._notifications)

        new.query_one("#identity-tahun", Input).value = "2026/2027"
        await pilot.press("ctrl+s")
        live = await wait_for_screen(pilot, ObservationScreen)
        saved = fresh_store(data_dir).get_observation(live.obs_id)
        assert saved.identity == {"fase": "E", "modul": "Modul 3", "tahun": "2026/2027"}
        assert saved.focus == "Disiplin positif"
