"""A record's version history in the app: reached from the home list with one key, each
version with its laptop and what it changed in full, a version opened read-only, and a
restore that says what changes before it is done and keeps everything in the history."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.record_screen import RecordScreen
from observasi.tui.screens.versions_screen import VersionsScreen
from tests.conftest import edit
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, fresh_store, make_context


async def wait_for_words(pilot, *texts: str) -> None:
    """The screen shows every one of *texts*, wrapped over lines or not."""

    def flat() -> str:
        return " ".join(screen_text(pilot.app).split())

    await wait_until(pilot, lambda: all(text in flat() for text in texts), lambda: f"{texts!r} in:\n{flat()}")


NOTE = "Tujuan ditulis di papan dan dibacakan bersama siswa sebelum kegiatan inti dimulai."


def record_with_three_versions(data_dir: Path) -> tuple[ObservasiApp, str]:
    """A draft rated R1 4 with a long note (version 2), then rated 1 with the note cleared
    (version 3)."""
    context = make_context(data_dir)
    obs = draft_of(context)
    store = context.store
    edit(store, obs.id, ch.Rate("R1", "4"), ch.SetNote("R1", NOTE))
    store.record_revision(obs.id)
    edit(store, obs.id, ch.Rate("R1", "1"), ch.SetNote("R1", ""))
    store.record_revision(obs.id)
    return ObservasiApp(context), obs.id


async def test_the_history_is_one_key_from_home_and_a_restore_says_what_changes(school_dir: Path) -> None:
    app, obs_id = record_with_three_versions(school_dir)
    said = notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        table.focus()
        await wait_until(pilot, lambda: table.has_focus and table.row_count == 1, "the list with the record")
        await pilot.press("v")
        screen = await wait_for_screen(pilot, VersionsScreen)
        versions = screen.query_one("#versions-table", DataTable)
        assert [str(versions.get_row_at(r)[0]) for r in range(versions.row_count)] == ["3", "2", "1"]
        # The newest version's change, the note it cleared shown in full below the table.
        await wait_for_words(pilot, "Versi 3", "Skor R1", "4 (Sangat Baik) → 1 (Kurang)")
        assert NOTE in " ".join(screen_text(app).split())
        await pilot.press("down")
        await wait_for_words(pilot, "Versi 2", "(tidak ada) → 4 (Sangat Baik)")
        assert "recommendation" not in screen_text(app)

        # Enter: the whole content of version 2, read-only.
        await pilot.press("enter")
        shown = await wait_for_screen(pilot, RecordScreen)
        assert shown.version is not None and shown.obs.ratings["R1"].level == "4"
        await wait_for_text(pilot, "Versi 2", "baca saja")
        assert not shown.check_action("edit", ()) and not shown.check_action("versions", ())
        await pilot.press("escape")
        await wait_for_screen(pilot, VersionsScreen)

        # p: the confirmation names what changes and that nothing is deleted.
        await pilot.press("p")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        shown_lines = "\n".join(dialog.lines)
        assert "Memulihkan versi 2" in shown_lines and "1 (Kurang) → 4 (Sangat Baik)" in shown_lines
        assert NOTE in shown_lines and "Tidak ada yang dihapus" in shown_lines
        await wait_for_text(pilot, "Pulihkan versi 2?")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, VersionsScreen)
        assert dialog is not app.screen
        await wait_until(pilot, lambda: versions.row_count == 4, "the restore as version 4")
        assert str(versions.get_row_at(0)[4]) == "Pemulihan versi 2"
        assert "Versi 2 dipulihkan sebagai versi baru." in said

    again = fresh_store(school_dir)
    record = again.get_observation(obs_id)
    assert (record.ratings["R1"].level, record.ratings["R1"].note) == ("4", NOTE)
    assert len(again.revisions(obs_id)) == 4
    again.close()


async def test_restoring_a_final_record_asks_the_amendments_reason_first(school_dir: Path) -> None:
    from observasi.core.status import Status
    from observasi.tui import places
    from observasi.tui.dialogs.questions import TextPrompt

    app, obs_id = record_with_three_versions(school_dir)
    edit(app.context.store, obs_id, ch.Finalise())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Versions(obs_id))
        screen = await wait_for_screen(pilot, VersionsScreen)
        versions = screen.query_one("#versions-table", DataTable)
        await wait_until(pilot, lambda: versions.row_count == 4, "the final version on top")
        await pilot.press("down", "down")  # version 2: the score 4 and the note
        await pilot.press("p")
        await wait_for_screen(pilot, TextPrompt)
        await pilot.press(*"Skor R1 salah", "enter")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        assert any("amandemen" in line and "Skor R1 salah" in line for line in dialog.lines)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: versions.row_count == 5, "the restore as version 5")

    again = fresh_store(school_dir)
    record = again.get_observation(obs_id)
    assert record.status is Status.reflecting and record.ratings["R1"].note == NOTE
    assert [a.reason for a in record.amendments] == ["Skor R1 salah"]
    again.close()
