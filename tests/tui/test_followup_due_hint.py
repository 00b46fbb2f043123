"""The walk: the follow-up's due-date field hinted "24/11/2026" in December, a day already
past for a date that is ahead. It now shows the form a date takes, never a date."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.record_parts import FollowUpDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import wait_for_screen, wait_for_still_screen

from .conftest import make_context


async def test_the_due_date_hint_is_the_form_of_a_date_not_a_past_day(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.push_screen(FollowUpDialog())
        dialog = await wait_for_screen(pilot, FollowUpDialog)
        hint = str(dialog.query_one("#fu-due", Input).placeholder)
        assert not re.search(r"\d", hint), hint
        assert "hh/bb/tttt" in hint
        assert "hh/bb/tttt" in await wait_for_still_screen(pilot)  # in sight at 80 columns
