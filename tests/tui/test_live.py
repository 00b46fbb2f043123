"""Details of the live screen: scales of other shapes, snapshots when due, pause."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from textual.widgets import Input

from observasi.core.record import Status, utc_now
from observasi.i18n import t
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.dialogs import SnapshotDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import notifications, wait_for_screen, wait_until

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
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.snapshot_due_minute() == 10
        # The clock's next tick shows it is due.
        await wait_until(pilot, lambda: screen.query_one("#snapshot-due").display, "the snapshot banner")
        await pilot.press("ctrl+r")
        dialog = await wait_for_screen(pilot, SnapshotDialog)
        dialog.query_one("#snap-siswa_tidak_fokus", Input).value = "3"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: screen.snapshot_due_minute() is None, "the snapshot saved")
    saved = fresh_store(school_dir).get_observation(obs_id)
    assert len(saved.snapshots) == 1 and saved.snapshots[0].minute == 11
    assert saved.snapshots[0].values["siswa_tidak_fokus"] == "3"


async def test_verbal_and_zero_based_scales_score_by_position(school_dir: Path) -> None:
    context = make_context(school_dir)
    pmm = lesson_on(context, "pmm-observasi-kelas", minutes_ago=1)
    pkg = lesson_on(context, "pkg", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)

        async def score_first(obs_id: str) -> str:
            app.open_observation(obs_id)
            screen = await wait_for_screen(pilot, ObservationScreen)
            first = screen.indicators.current_id
            assert first is not None
            await pilot.press("2")
            await wait_until(pilot, lambda: screen.indicators.current_id != first, "the 2nd level, then the next one")
            refused = said.count(t("store.err.no_na"))
            await pilot.press("minus")  # N/A is not allowed on these forms: the 2nd level stays
            await wait_until(pilot, lambda: said.count(t("store.err.no_na")) > refused, "N/A refused")
            return first

        for obs_id in (pmm, pkg):
            first = await score_first(obs_id)
            saved = fresh_store(school_dir).get_observation(obs_id)
            inst = context.store.instrument(saved.form_hash)
            assert saved.ratings[first].level == inst.scale.levels[1].key and not saved.ratings[first].na
            await pilot.press("escape")
            await wait_for_screen(pilot, HomeScreen)


async def test_pause_stops_the_clock_in_the_database(school_dir: Path) -> None:
    context = make_context(school_dir)
    began = time.monotonic()
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+b")
        await wait_until(pilot, lambda: screen.obs.paused_at, "the clock paused")
        paused = fresh_store(school_dir).get_observation(obs_id)
        assert paused.paused_at and paused.paused_at <= utc_now()
        # Five minutes, plus however long this slow or busy machine took to get here.
        assert 300 <= paused.elapsed_seconds() <= 300 + (time.monotonic() - began) + 1
        await pilot.press("ctrl+b")
        await wait_until(pilot, lambda: not screen.obs.paused_at, "the clock running again")
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
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)

        def texts() -> list[tuple[str, str | None]]:
            return [(e.text, e.indicator_id) for e in screen.obs.evidence]

        await pilot.press("f3")  # the last line is highlighted: fix its typo
        await wait_for_screen(pilot, EvidenceListDialog)
        await pilot.press("enter")
        prompt = await wait_for_screen(pilot, TextPrompt)
        prompt.query_one("#prompt-text", Input).value = "Guru menjelaskan konsep"
        await pilot.press("enter")
        await wait_until(pilot, lambda: ("Guru menjelaskan konsep", "IN1") in texts(), "the line corrected")
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("f3")
        await wait_for_screen(pilot, EvidenceListDialog)
        await pilot.press("u")  # untag it
        await wait_until(pilot, lambda: ("Guru menjelaskan konsep", None) in texts(), "the line untagged")
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("f3")
        await wait_for_screen(pilot, EvidenceListDialog)
        await pilot.press("up", "delete")  # remove the first line, after confirming
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(screen.obs.evidence) == 1, "the first line removed")
        await wait_for_screen(pilot, ObservationScreen)
        assert "Guru menjelaskan konsep" in str(screen.query_one("#evidence-recent").render())
    saved = fresh_store(school_dir).get_observation(obs_id).evidence
    assert [(e.text, e.indicator_id) for e in saved] == [("Guru menjelaskan konsep", None)]
