"""The sync screen in the app: runs without freezing, lists problems and conflicts, and
the conflict screen resolves a conflict so that the decision travels."""

from __future__ import annotations

from textual.app import App
from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.sync import service
from observasi.sync.naming import app_dir
from observasi.tui.screens.sync_screen import ConflictScreen, SyncScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_until


class Host(App[None]):
    def __init__(self, screen: SyncScreen) -> None:
        super().__init__()
        self.first = screen

    def on_mount(self) -> None:
        self.push_screen(self.first)


async def test_sync_screen_shows_problems_and_resolves_a_conflict(devices, mini_form: Instrument) -> None:
    a, b, c = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.SetDetails({"topic": "Versi laptop A"}))
    edit(b.store, obs.id, ch.SetDetails({"topic": "Versi laptop B", "class_name": "IX C"}))
    a.sync()
    (app_dir(a.shared) / a.store.device_id / ("e" * 32 + ".json")).write_bytes(b"")  # still downloading
    b.context.update_settings(shared_folder=b.shared)

    screen = SyncScreen(b.context)
    app = Host(screen)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: screen.report is not None, "the sync that runs on opening")
        assert screen.report is not None and screen.report.received == 1
        problems = screen.query_one("#sync-problems", DataTable)
        assert problems.row_count == 1
        assert str(problems.get_row_at(0)[0]) == f"observasi/{a.store.device_id}/{'e' * 32}.json"
        conflicts = screen.query_one("#sync-conflicts", DataTable)
        assert conflicts.row_count == 1

        conflicts.focus()
        await pilot.press("enter")
        conflict = await wait_for_screen(pilot, ConflictScreen)
        units = [d.unit for d in conflict.differences]
        assert "topic" in units and "class_name" in units
        # Keep B's topic row by row: A for everything, then switch the topic row to the other side.
        await pilot.press("a")
        topic_row = units.index("topic")
        for _ in range(topic_row):
            await pilot.press("down")
        await pilot.press("space")
        b_topic = "Versi laptop B" if conflict.b.payload["topic"] == "Versi laptop B" else "Versi laptop A"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: conflicts.row_count == 0, "the conflict gone from the list")

    record = b.store.get_observation(obs.id)
    assert record.topic == b_topic
    assert service.status(b.context).conflicts == 0
    # The decision travels: A and C end with the same record and one head.
    a.sync()
    c.sync()
    assert a.store.get_observation(obs.id).topic == c.store.get_observation(obs.id).topic == b_topic
    assert a.heads(obs.id) == b.heads(obs.id) == c.heads(obs.id)
