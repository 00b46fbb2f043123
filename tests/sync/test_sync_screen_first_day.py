"""The sync screen as a principal reads it (newcomer walk, 3 Dec): the last sync in this
laptop's time, a sync after the automatic sends says that all was sent already (not
"Terkirim 0"), a join request waiting is announced, the shared folder is chosen there."""

from __future__ import annotations

import re

from textual.app import App
from textual.widgets import Static

from observasi.core.instrument import Instrument
from observasi.sync import service
from observasi.tui.render import local_time
from observasi.tui.screens.sync_screen import SyncScreen
from tests.waiting import wait_for_screen, wait_until


class Host(App[None]):
    def __init__(self, screen: SyncScreen) -> None:
        super().__init__()
        self.first = screen

    def on_mount(self) -> None:
        self.push_screen(self.first)


def shown(screen: SyncScreen, widget_id: str) -> str:
    return str(screen.query_one(f"#{widget_id}", Static).render())


async def test_after_the_automatic_send_the_screen_says_all_was_sent(devices, mini_form: Instrument) -> None:
    a, _, _ = devices
    a.new_observation(mini_form)
    assert service.publish(a.context) > 0  # what the app does in the background after a change
    screen = SyncScreen(a.context)
    async with Host(screen).run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync that runs on opening")
        await wait_until(pilot, lambda: "diterima" in shown(screen, "sync-summary"), "the summary")
        summary = shown(screen, "sync-summary")
        assert "Terkirim 0" not in summary
        assert "Semua perubahan laptop ini sudah ada di folder bersama" in summary
        status = shown(screen, "sync-status")
        last = a.store.last_sync()
        assert last is not None and local_time(last) in status
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", status), status  # no raw UTC time
