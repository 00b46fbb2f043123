"""The home screen says what needs attention; each list is one key away, and a follow-up
is marked done there with a note and a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from observasi.core import changes as ch
from observasi.core.record import FollowUp, FollowUpStatus
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.followup_done import FollowUpDoneDialog
from observasi.tui.screens.attention_screen import AttentionScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.conftest import edit
from tests.tui.conftest import draft_of, make_context, school_dir  # noqa: F401 - the fixture
from tests.waiting import wait_for_screen, wait_until


def _panel(screen: HomeScreen) -> str:
    return str(screen.query_one("#attention").render())


async def test_an_overdue_follow_up_is_marked_done_from_the_home_screen(school_dir: Path) -> None:  # noqa: F811
    context = make_context(school_dir)
    today = dt.date.today()
    # Siti: observed a while ago, with a follow-up due three days ago.
    siti = draft_of(context, 0, (today - dt.timedelta(days=1)).isoformat())
    due = (today - dt.timedelta(days=3)).isoformat()
    item = FollowUp(action="Menyusun asesmen formatif", due=due)
    edit(context.store, siti.id, ch.StartLesson(), ch.EndLesson(), ch.SaveFollowUp(item))
    # Ahmad: a draft for today (planned this week).
    draft_of(context, 1, today.isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        assert "Terjadwal minggu ini: 1" in _panel(home)
        assert "Belum diobservasi: 2 dari 3 guru" in _panel(home)  # Ahmad and Dewi
        assert "Tindak lanjut: 1 lewat batas, 0 jatuh tempo" in _panel(home)
        home.query_one("#observations").focus()
        await pilot.press("3")
        screen = await wait_for_screen(pilot, AttentionScreen)
        await wait_until(pilot, lambda: screen.found is not None, "the attention list")
        await pilot.press("enter")
        dialog = await wait_for_screen(pilot, FollowUpDoneDialog)
        dialog.query_one("#done-note", Input).value = "Exit ticket dipakai di tiap pertemuan"
        dialog.query_one("#done-date", Input).value = today.strftime("%d/%m/%Y")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AttentionScreen)
        stored = context.store.get_observation(siti.id).followups[0]
        assert (stored.status, stored.done_on, stored.done_note) == (
            FollowUpStatus.done,
            today.isoformat(),
            "Exit ticket dipakai di tiap pertemuan",
        )
        await wait_until(pilot, lambda: screen.found is not None and not screen.found.overdue, "no overdue left")
        await pilot.press("escape")
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "0 lewat batas" in _panel(home), lambda: _panel(home))
