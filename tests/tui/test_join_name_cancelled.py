"""Esc on "Nama Anda" (asked when "Gabung" finds no name on the welcome) cancels the join:
no request named by the computer ("vm"), and the laptop is not marked as joining."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from observasi.sync import devices
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import wait_for_screen

from .conftest import make_context


async def test_escape_on_the_name_question_sends_no_join_request(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#join-school", Button).press()
        await wait_for_screen(pilot, TextPrompt)
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
    assert not devices.joining(context)
    assert not list(shared.rglob("join.json"))
