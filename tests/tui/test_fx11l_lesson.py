"""Round 11's live-lesson fixes (fix11-lesson): reopened with c after a kill, the cursor is
back on the indicator the observer was on; a restored evidence line leaves the keys on
the scores; with two lessons under way, the quit question and c name the same one; ctrl+o
on the scores screen goes back to the reflection, as its footer says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Button

from observasi.context import AppContext
from observasi.core.record import Status
from observasi.queries.lessons import running_lesson
from observasi.queries.observations import to_resume
from observasi.queries.records import LINE, NOTE
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, fresh_store, make_context


def started(context: AppContext, obs_id: str, minutes_ago: int, *, paused: bool = False) -> None:
    """The lesson *obs_id* began *minutes_ago* (its clock paused now, if *paused*)."""
    store = context.store
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    at = (now - dt.timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
    update: dict[str, object] = {"status": Status.observing, "started_at": at}
    if paused:
        update["paused_at"] = now.isoformat().replace("+00:00", "Z")
    store.put_observation(store.get_observation(obs_id).model_copy(update=update))


async def test_reopened_after_a_kill_the_cursor_is_where_she_was(school_dir: Path) -> None:
    """She scored R1, then went down to the main activity's I2 to read its rubric; the app
    was killed (nothing more ran). Reopened with c, the cursor was on R2 (the first
    unscored, in the planning section); it is on I2 again. Moving the cursor changed
    nothing of the record (no new version: nothing for a sync to send)."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+n", "4")
        await wait_until(pilot, lambda: "R1" in screen.obs.ratings, "R1 scored")
        version = fresh_store(school_dir).record_state(obs.id).version
        await pilot.press("down", "down")
        assert screen.indicators.current_id == "I2"
        await wait_until(pilot, lambda: fresh_store(school_dir).kept_cursor(obs.id) is not None, "the place kept")
        assert fresh_store(school_dir).record_state(obs.id).version == version, "the record changed"
    # The first app is never closed through its screens: what a kill leaves is in the database.

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        assert home.query_one("#resume", Button).display
        await pilot.press("c")
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.indicators.current_id == "I2"
        text = screen_text(app)
        assert "Kegiatan inti" in text and "I2" in text, text  # its section on screen with it


async def test_scoring_in_order_keeps_nothing_and_a_later_score_wins(school_dir: Path) -> None:
    """Scoring in order writes no place (the scores say it: a write would make the next
    sync look at every record); a place kept before a score is older than it: the cursor
    goes after the last score."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+n", "4", "3")
        await wait_until(pilot, lambda: "R2" in screen.obs.ratings and not screen.changes, "R1, R2 scored")
        screen.cursor.keep_now()  # what the timer does once the cursor rests
        assert screen.indicators.current_id == "I1"
        assert fresh_store(school_dir).kept_cursor(obs.id) is None
        await pilot.press("down")  # on to I2 (I1 left unscored), kept there ...
        screen.cursor.keep_now()
        from observasi.core.cursor import scores_mark  # (here: the test ran before it was written)

        assert fresh_store(school_dir).kept_cursor(obs.id) == {"at": "I2", "scores": scores_mark(screen.obs.ratings)}
        await pilot.press("3")  # ... then I2 scored: the cursor on I3, and killed before a keep
        await wait_until(pilot, lambda: "I2" in screen.obs.ratings, "I2 scored")

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("c")
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.indicators.current_id == "I3"


async def test_a_restored_line_leaves_the_digits_to_the_scores(school_dir: Path) -> None:
    """A line half typed when the app was killed comes back in the line, but the keys stay
    on the scores: a digit typed right after c scores (it went into the line as text). The
    toast names / as the way back into the line; Esc on the screen asks before the line goes."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    started(context, obs.id, 5)
    context.store.keep_note_draft(obs.id, "", "Kelompok 3 belum paham", None, LINE)
    context.store.close()

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)
        await pilot.press("c")
        screen = await wait_for_screen(pilot, ObservationScreen)
        line = screen.evidence_input
        assert line.value == "Kelompok 3 belum paham"
        await pilot.press("3")
        await wait_until(pilot, lambda: "R1" in screen.obs.ratings, "R1 scored by the digit")
        assert screen.obs.ratings["R1"].level == "3"
        assert line.value == "Kelompok 3 belum paham" and not line.has_focus
        restored = [s for s in said if "dipulihkan" in s]
        assert restored and "Tekan /" in restored[0], said
        await pilot.press("escape")  # leaving the lesson: the restored line is named and asked about
        question = await wait_for_screen(pilot, ConfirmDialog)
        shown = " ".join(screen_text(app).split())
        assert "Kelompok 3 belum paham" in shown and "/ dan Enter" in shown, shown
        question.action_cancel()
        await wait_for_screen(pilot, ObservationScreen)
        assert fresh_store(school_dir).note_draft(obs.id, LINE) is not None
        await pilot.press("slash")
        await wait_until(pilot, lambda: line.has_focus, "in the line")
        await pilot.press("enter")
        await wait_until(pilot, lambda: [e.text for e in screen.obs.evidence] == ["Kelompok 3 belum paham"], "saved")


async def test_two_lessons_the_quit_question_and_c_name_the_same(school_dir: Path) -> None:
    """Dewi's lesson runs; Ahmad's, begun earlier, is paused and was touched last. The quit
    question named Dewi (her clock runs) while c opened Ahmad's: now c opens Dewi's too,
    and the home's offer names her, with "+1"."""
    context = make_context(school_dir)
    dewi = draft_of(context, teacher_index=2)
    ahmad = draft_of(context, teacher_index=1)
    started(context, dewi.id, 10)
    started(context, ahmad.id, 30, paused=True)  # written after Dewi's: touched last
    first, count = to_resume(context)
    running = running_lesson(context)
    assert running is not None and first is not None and count == 2
    assert first.id == running.obs_id == dewi.id

    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        label = str(home.query_one("#resume", Button).label)
        assert "Dewi" in label and "+1" in label, label
        await pilot.press("ctrl+q")
        question = await wait_for_screen(pilot, ConfirmDialog)
        assert "Dewi Lestari" in screen_text(app)
        question.action_cancel()
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("c")
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.obs_id == dewi.id


async def test_ctrl_o_on_the_scores_goes_back_to_the_reflection(school_dir: Path) -> None:
    """From the reflection, ctrl+o ("Skor") opens the scores; there ctrl+o did nothing while
    the footer named ^l. The footer names ^o, and ctrl+o goes back."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    started(context, obs.id, 40)
    store = context.store
    store.put_observation(store.get_observation(obs.id).model_copy(update={"status": Status.reflecting}))
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        await wait_for_screen(pilot, ReflectionScreen)
        await pilot.press("ctrl+o")
        await wait_for_screen(pilot, ObservationScreen)
        await wait_for_text(pilot, "^o Ke refleksi")
        assert "^l Ke refleksi" not in screen_text(app)
        await pilot.press("ctrl+o")
        await wait_for_screen(pilot, ReflectionScreen)


async def test_the_finalise_question_names_text_typed_and_never_saved(school_dir: Path) -> None:
    """A note typed in its dialog when the app ended, never saved, the record reopened on
    the reflection: finalising would leave it out of the record without a word. The
    question names it; finalised, it is kept beside the record, nothing else of the lesson."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    started(context, obs.id, 40)
    store = context.store
    store.put_observation(store.get_observation(obs.id).model_copy(update={"status": Status.reflecting}))
    store.keep_note_draft(obs.id, "R1", "Contoh dari pasar", None, NOTE)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        await wait_for_screen(pilot, ReflectionScreen)
        await pilot.press("ctrl+s")
        question = await wait_for_screen(pilot, ConfirmDialog)
        shown = " ".join(screen_text(app).split())
        assert "belum pernah disimpan" in shown and "R1: Contoh dari" in shown, shown
        question.action_confirm()
        await wait_until(pilot, lambda: fresh_store(school_dir).get_observation(obs.id).status is Status.final, "final")
    assert fresh_store(school_dir).note_draft(obs.id, NOTE) is not None
