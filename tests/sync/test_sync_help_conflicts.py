"""F1 on the sync screen says how a conflict is opened and what the conflict screen does: the
walk (round 10) found s/p/f/f2/c/r/esc listed there and reached its conflict only through
Beranda's 4. The way it gives is the way that works."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.i18n import set_language
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.sync.conftest import conflict_on_b
from tests.waiting import screen_text, wait_for_screen, wait_until


def read(app: ObservasiApp) -> str:
    """The words on the screen, the help's wrapped lines joined (each between the dialog's edges)."""
    return " ".join(screen_text(app).replace("█", " ").split())


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", ("Tab pindah ke daftar Konflik", "Enter membukanya", "a atau b memakai versi A atau B")),
        ("en", ("Tab moves to the Conflicts list", "Enter opens one", "a or b takes version A or B")),
    ],
)
async def test_f1_on_the_sync_screen_says_how_to_open_a_conflict(
    devices, mini_form: Instrument, lang: str, said: tuple[str, ...]
) -> None:
    set_language(lang)
    b, _ = conflict_on_b(devices, mini_form, (ch.Rate("R1", "3"),), (ch.Rate("R1", "1"),))
    b.context.update_settings(lang=lang, lang_forced=True)
    app = ObservasiApp(b.context, after_start_delay=600)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            screen = SyncScreen(b.context, run_on_open=False)
            app.push_screen(screen)
            await wait_for_screen(pilot, SyncScreen)
            await pilot.press("f1")
            await wait_for_screen(pilot, HelpScreen)
            for _ in range(30):  # the words under the keys, scrolled to as a reader would
                await pilot.press("down")
            await wait_until(pilot, lambda: all(words in read(app) for words in said), lambda: read(app))
            await pilot.press("escape")
            await wait_for_screen(pilot, SyncScreen)
            await pilot.press("tab")  # as the help says
            table = screen.query_one("#sync-conflicts", DataTable)
            await wait_until(pilot, lambda: table.has_focus, lambda: f"the conflicts focused, not {app.focused}")
            await pilot.press("enter")
            await wait_for_screen(pilot, ConflictScreen)
    finally:
        set_language("id")
