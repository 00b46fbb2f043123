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


async def test_the_due_date_reads_as_the_app_says_dates_and_its_form_is_in_the_label(school_dir: Path) -> None:
    """The walk: the table showed "2026-12-17" where 17/12/2026 was typed, and no hint was
    seen in the field: the form is in the label, in plain text, and the table says the day
    as the app says days elsewhere (short_date)."""
    from observasi.tui.screens.reflection_screen import ReflectionScreen
    from tests.waiting import wait_for_text

    from .conftest import draft_of

    context = make_context(school_dir)
    obs = draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.push_screen(ReflectionScreen(context, obs.id))
        screen = await wait_for_screen(pilot, ReflectionScreen)
        screen.query_one("#followups").focus()
        await pilot.press("a")
        dialog = await wait_for_screen(pilot, FollowUpDialog)
        assert "Batas waktu (hh/bb/tttt" in await wait_for_still_screen(pilot)
        dialog.query_one("#fu-action", Input).value = "Latihan penutup"
        dialog.query_one("#fu-due", Input).value = "17/12/2026"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ReflectionScreen)
        shown = await wait_for_text(pilot, "17 Des 2026")
        assert "2026-12-17" not in shown
