"""Details of the live screen: scales of other shapes, snapshots when due, pause."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from observasi.core.record import Status, utc_now
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.dialogs import SnapshotDialog
from observasi.tui.screens.observation_screen import ObservationScreen

from .conftest import fresh_store, make_context


def lesson_on(context, form_id: str, minutes_ago: int) -> str:
    """A lesson on a bundled form that started *minutes_ago*, clock running."""
    store = context.store
    known = context.catalog.get(form_id)
    teacher = store.list_teachers()[0]
    observer = store.self_observer()
    from observasi.core.record import Observation

    obs = store.create_observation(
        Observation(
            form_id=form_id,
            form_version=known.instrument.version,
            form_hash="",
            teacher_id=teacher.id,
            teacher=teacher.as_person(),
            observer_id=observer.id,
            observer=observer.as_person(),
            date="2026-11-24",
            semester="2026-1",
        ),
        known.instrument,
    )
    started = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).replace(microsecond=0)
    store.put_observation(
        store.get_observation(obs.id).model_copy(
            update={"status": Status.observing, "started_at": started.isoformat().replace("+00:00", "Z")}
        )
    )
    return obs.id


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


async def test_verbal_and_zero_based_scales_score_by_position(school_dir: Path) -> None:
    context = make_context(school_dir)
    pmm = lesson_on(context, "pmm-observasi-kelas", minutes_ago=1)
    pkg = lesson_on(context, "pkg", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for obs_id in (pmm, pkg):
            app.open_observation(obs_id)
            await pilot.pause()
            first = app.screen.indicators.current_id
            await pilot.press("2", "minus")  # N/A is not allowed on these forms: the 2nd level stays
            await pilot.pause()
            saved = fresh_store(school_dir).get_observation(obs_id)
            inst = context.store.instrument(saved.form_hash)
            assert saved.ratings[first].level == inst.scale.levels[1].key and not saved.ratings[first].na
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
        assert 295 <= paused.elapsed_seconds() <= 310
        await pilot.press("ctrl+b")
        await pilot.pause()
    assert fresh_store(school_dir).get_observation(obs_id).paused_at is None


async def test_evidence_lines_can_be_corrected_untagged_and_removed(school_dir: Path) -> None:
    from observasi.core.record import Evidence
    from observasi.tui.screens.dialogs import ConfirmDialog, EvidenceListDialog, TextPrompt

    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    context.store.add_evidence(obs_id, Evidence(text="Siswa berdiskusi", minute=2, indicator_id="IN5"))
    context.store.add_evidence(obs_id, Evidence(text="Guru menjelasakn", minute=4, indicator_id="IN1"))
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
