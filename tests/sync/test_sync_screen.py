"""The sync screen in the app: runs without freezing, lists problems and conflicts, and
the conflict screen resolves a conflict so that the decision travels."""

from __future__ import annotations

from textual.app import App
from textual.widgets import DataTable, Static

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
    long_a = "Versi laptop A: " + "siswa mengukur panjang lintasan bola dengan meteran " * 3
    edit(a.store, obs.id, ch.SetDetails({"topic": long_a}))
    edit(a.store, obs.id, ch.Rate("R2", "3"))
    edit(b.store, obs.id, ch.SetDetails({"topic": "Versi laptop B", "class_name": "IX C"}))
    edit(b.store, obs.id, ch.SetNote("R1", "Catatan B3"))
    edit(b.store, obs.id, ch.Rate("R2", "2"))
    a.sync()
    (app_dir(a.shared) / a.store.device_id / ("e" * 32 + ".json")).write_bytes(b"")  # still downloading
    b.context.update_settings(shared_folder=b.shared)

    screen = SyncScreen(b.context)
    app = Host(screen)
    async with app.run_test(size=(80, 24)) as pilot:
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
        # Only the parts both laptops changed differently are asked; B's note and class
        # are merged already and named as such.
        units = [c.unit for c in conflict.clashes]
        assert units == ["topic", "ratings/R2/level"]
        kept = " ".join(str(w.render()) for w in conflict.query(".conflict-kept"))
        assert "Catatan skor R1" in kept and "Kelas" in kept
        sides = " ".join(str(w.render()) for w in conflict.query(".conflict-side"))
        assert "laptop ini" in sides and "Pengamat A" in sides
        # The topic defaults to both texts; both are shown in full, wrapped.
        assert conflict.choices == {"topic": "both"}
        shown = str(conflict.query_one("#conflict-values", Static).render())
        assert long_a.strip() in " ".join(shown.split()) + " " and "Versi laptop B" in shown
        # The score has no default: saving asks for it and nothing is saved.
        await pilot.press("ctrl+s")
        assert app.screen is conflict and b.store.sync_conflicts()
        await pilot.press("down")
        shown = str(conflict.query_one("#conflict-values", Static).render())
        assert "Skor R2" in shown
        assert conflict.check_action("take", ("both",)) is False  # "both texts" is not offered for a score
        await pilot.press("b")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: conflicts.row_count == 0, "the conflict gone from the list")
        summary = str(screen.query_one("#sync-summary", Static).render())
        assert "konflik 0" in summary, summary  # the summary says what is still open
        b_level = conflict.view.merge.b["ratings"]["R2"]["level"] if conflict.view else None

    record = b.store.get_observation(obs.id)
    assert "Versi laptop B" in record.topic and long_a.strip() in record.topic
    assert record.class_name == "IX C" and record.ratings["R1"].note == "Catatan B3"
    assert record.ratings["R2"].level == b_level
    assert service.status(b.context).conflicts == 0
    # The decision travels: A and C end with the same record and one head.
    a.sync()
    c.sync()
    assert a.store.get_observation(obs.id) == c.store.get_observation(obs.id) == b.store.get_observation(obs.id)
    assert a.heads(obs.id) == b.heads(obs.id) == c.heads(obs.id)
