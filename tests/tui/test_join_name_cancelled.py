"""Esc on "Nama Anda" (asked when "Gabung" finds no name on the welcome) cancels the join:
no request named by the computer ("vm"), and the laptop is not marked as joining."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_name_question_is_read_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    """The walk: at 80x24 its line was cut at "Kosongkan", and "…: nama komputer" (what an
    empty answer means) was never seen."""
    context = make_context(tmp_path / "B")
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#join-school", Button).press()
        prompt = await wait_for_screen(pilot, TextPrompt)
        await pilot.pause()
        frame = prompt.query_one(".dialog").content_region
        label = prompt.query_one(".field-label")
        assert "nama komputer" in str(label.render())
        assert frame.contains_region(label.region), (frame, label.region)
        for widget in (prompt.query_one("#prompt-text"), prompt.query_one("#save"), prompt.query_one("#cancel")):
            assert frame.contains_region(widget.region)
