"""Details of the live screen: scales of other shapes, snapshots when due, pause."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import Button, Input

from observasi.core import changes as ch
from observasi.core.lesson import elapsed_seconds
from observasi.core.record import utc_now
from observasi.i18n import t
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import SnapshotDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import edit
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import fresh_store, lesson_on, make_context


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


async def test_verbal_and_zero_based_scales_score_by_the_digit_the_rubric_shows(school_dir: Path) -> None:
    """PKG's 0-2 scale: the key is the value (0 means 0, 2 means 2); PMM's verbal levels
    carry no number: the key is the position (2 is the second level)."""
    context = make_context(school_dir)
    pmm = lesson_on(context, "pmm-observasi-kelas", minutes_ago=1)
    pkg = lesson_on(context, "pkg", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)
        for obs_id, keys, meant in ((pmm, "2", "belum_efektif"), (pkg, "0", "0"), (pkg, "2", "2")):
            app.open_observation(obs_id)
            screen = await wait_for_screen(pilot, ObservationScreen)
            first = screen.indicators.current_id
            assert first is not None
            assert f"{keys} " in str(screen.query_one("#rubric").render())
            refused = said.count(t("lesson.err.no_na"))
            await pilot.press(keys, "minus")  # N/A is not allowed on these forms: nothing more is saved
            await wait_until(pilot, lambda before=refused: said.count(t("lesson.err.no_na")) > before, "N/A refused")
            saved = fresh_store(school_dir).get_observation(obs_id)
            assert saved.ratings[first].level == meant and not saved.ratings[first].na
            assert not any(r.na for r in saved.ratings.values())
            await pilot.press("escape")  # the clock runs: leaving asks first
            question = await wait_for_screen(pilot, ConfirmDialog)
            question.query_one("#confirm", Button).press()
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
        assert 300 <= elapsed_seconds(paused) <= 300 + (time.monotonic() - began) + 1
        await pilot.press("ctrl+b")
        await wait_until(pilot, lambda: not screen.obs.paused_at, "the clock running again")
    assert fresh_store(school_dir).get_observation(obs_id).paused_at is None


async def test_evidence_lines_can_be_corrected_untagged_and_removed(school_dir: Path) -> None:
    from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
    from observasi.tui.dialogs.record_parts import EvidenceListDialog

    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    edit(context.store, obs_id, ch.AddEvidence("Siswa berdiskusi", "IN5"), ch.AddEvidence("Guru menjelasakn", "IN1"))
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


async def test_a_score_saves_without_rebuilding_the_footer_which_follows_the_lesson(school_dir: Path) -> None:
    """A digit is saved and drawn without the footer being built anew (that was most of a
    keystroke's cost); the footer still changes with the lesson: ^l once it has begun."""
    from textual.widgets._footer import FooterKey

    from tests.waiting import screen_text

    from .conftest import draft_of

    context = make_context(school_dir)
    draft = draft_of(context, teacher_index=0)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(draft.id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await wait_until(pilot, lambda: bool(screen.query(FooterKey)), "the footer's keys")
        keys_before = list(screen.query(FooterKey))
        first = screen.indicators.current_id
        assert first is not None
        await pilot.press("3", "2")
        await wait_until(pilot, lambda: fresh_store(school_dir).get_observation(draft.id).ratings, "the scores saved")
        saved = fresh_store(school_dir).get_observation(draft.id)
        assert saved.ratings[first].level == "3"
        assert list(screen.query(FooterKey)) == keys_before  # the same keys: not built again
        footer = [line for line in screen_text(app).splitlines() if line.strip()][-1]
        assert "^l" not in footer
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: screen.obs.status.value == "observing", "the lesson to start")
        await wait_until(
            pilot,
            lambda: "^l" in [line for line in screen_text(app).splitlines() if line.strip()][-1],
            "the footer offering the lesson's end",
        )
