"""Details of the live screen: scales of other shapes, snapshots when due, pause."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.core.lesson import elapsed_seconds
from observasi.core.record import utc_now
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.dialogs import SnapshotDialog
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import edit

from .conftest import fresh_store, lesson_on, make_context


async def test_snapshot_is_asked_when_due_and_saved(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=11)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_observation(obs_id)
        await pilot.pause(1.3)  # one tick of the clock
        screen = app.screen
        assert isinstance(screen, ObservationScreen)
        assert screen.snapshot_due_minute() == 10
        assert screen.query_one("#snapshot-due").display
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, SnapshotDialog)
        app.screen.query_one("#snap-siswa_tidak_fokus").value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.snapshot_due_minute() is None
    saved = fresh_store(school_dir).get_observation(obs_id)
    assert len(saved.snapshots) == 1 and saved.snapshots[0].minute == 11
    assert saved.snapshots[0].values["siswa_tidak_fokus"] == "3"


async def test_verbal_and_zero_based_scales_score_by_the_digit_the_rubric_shows(school_dir: Path) -> None:
    """PKG's 0-2 scale: the key is the value (0 means 0, 2 means 2); PMM's verbal levels
    carry no number: the key is the position (2 is the second level)."""
    context = make_context(school_dir)
    pmm = lesson_on(context, "pmm-observasi-kelas", minutes_ago=1)
    pkg = lesson_on(context, "pkg", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for obs_id, keys, meant in ((pmm, "2", "belum_efektif"), (pkg, "0", "0"), (pkg, "2", "2")):
            app.open_observation(obs_id)
            await pilot.pause()
            first = app.screen.indicators.current_id
            assert f"{keys} " in str(app.screen.query_one("#rubric").render())
            await pilot.press(keys, "minus")  # N/A is not allowed on these forms: nothing more is saved
            await pilot.pause()
            saved = fresh_store(school_dir).get_observation(obs_id)
            assert saved.ratings[first].level == meant and not saved.ratings[first].na
            assert not any(r.na for r in saved.ratings.values())
            await pilot.press("escape")
            await pilot.pause()


async def test_pause_stops_the_clock_in_the_database(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_observation(obs_id)
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause()
        paused = fresh_store(school_dir).get_observation(obs_id)
        assert paused.paused_at and paused.paused_at <= utc_now()
        assert 295 <= elapsed_seconds(paused) <= 310
        await pilot.press("ctrl+b")
        await pilot.pause()
    assert fresh_store(school_dir).get_observation(obs_id).paused_at is None


async def test_evidence_lines_can_be_corrected_untagged_and_removed(school_dir: Path) -> None:
    from observasi.tui.screens.dialogs import ConfirmDialog, EvidenceListDialog, TextPrompt

    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    edit(context.store, obs_id, ch.AddEvidence("Siswa berdiskusi", "IN5"), ch.AddEvidence("Guru menjelasakn", "IN1"))
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_observation(obs_id)
        await pilot.pause()
        await pilot.press("f3")  # the last line is highlighted: fix its typo
        await pilot.pause()
        assert isinstance(app.screen, EvidenceListDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one("#prompt-text").value = "Guru menjelaskan konsep"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f3", "u")  # untag it
        await pilot.pause()
        await pilot.press("f3", "up", "delete")  # remove the first line, after confirming
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Guru menjelaskan konsep" in str(app.screen.query_one("#evidence-recent").render())
    saved = fresh_store(school_dir).get_observation(obs_id).evidence
    assert [(e.text, e.indicator_id) for e in saved] == [("Guru menjelaskan konsep", None)]
