"""The battery dies with an indicator's note dialog open: what was typed in it is not lost.
It is kept in the database as it is typed, and the record reopened opens the dialog again
with it, saying so; saving it then makes it the indicator's note (it was lost: ux8-walk).
The app is killed with SIGKILL in a real child process, as in test_kill_resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from observasi.queries.records import LINE, NOTE
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import NoteDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import HANG, notifications, screen_text, wait_for_screen, wait_until

from .conftest import draft_of, fresh_store, make_context
from .note_kill_child import TYPED, TYPED_LINE
from .test_kill_resume import first_line

CHILD = Path(__file__).with_name("note_kill_child.py")
ROOT = Path(__file__).parent.parent.parent


def killed_while_typing(school_dir: Path, obs_id: str, place: str) -> None:
    """The child app types in *obs_id*'s note dialog or evidence line (*place*), then is killed."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(school_dir), obs_id, place],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert first_line(child, timeout=HANG).startswith("READY"), "the child app did not type"
        os.kill(child.pid, signal.SIGKILL)  # no chance to clean up
        child.wait(timeout=HANG)
    finally:
        if child.poll() is None:
            child.kill()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
async def test_a_note_typed_in_an_open_dialog_survives_a_kill(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    context.store.close()
    killed_while_typing(school_dir, obs.id, NOTE)

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        dialog = await wait_for_screen(pilot, NoteDialog)
        screen = app.screen_stack[-2]
        assert isinstance(screen, ObservationScreen)
        assert dialog.query_one("#note-text", TextArea).text == TYPED
        said = str(dialog.query_one("#note-restored", Static).render())
        assert "belum disimpan ketika aplikasi tertutup" in said, said
        # Esc does not throw the recovered text away at once: it is shown and asked about,
        # and "Batal" goes back to the note with it (review9).
        await pilot.press("escape")
        question = await wait_for_screen(pilot, ConfirmDialog)
        assert TYPED.split()[0] in " ".join(screen_text(app).split())
        assert fresh_store(school_dir).note_draft(obs.id) is not None
        question.action_cancel()
        dialog = await wait_for_screen(pilot, NoteDialog)
        assert dialog.query_one("#note-text", TextArea).text == TYPED
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ObservationScreen)
        await wait_until(pilot, lambda: "R1" in screen.obs.ratings, "the note saved")
        assert screen.obs.ratings["R1"].note == TYPED
        await wait_until(pilot, lambda: fresh_store(school_dir).note_draft(obs.id) is None, "the draft dropped")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
async def test_a_half_typed_evidence_line_survives_a_kill(school_dir: Path) -> None:
    """The walk (F5): a line typed in the live screen's evidence line without Enter, the app
    killed: reopened, the line was empty, with no word. It comes back in the line, said so;
    the keys stay on the scores (fix11: a digit typed next went into the line), / goes into
    the line; Esc there asks before it goes ("Batal" keeps it); Enter saves it and its draft goes."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    context.store.close()
    killed_while_typing(school_dir, obs.id, LINE)
    assert fresh_store(school_dir).note_draft(obs.id, LINE) is not None

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)
        app.open_observation(obs.id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        line = screen.evidence_input
        assert line.value == TYPED_LINE
        await wait_until(pilot, lambda: screen.indicators.has_focus, "the keys on the scores")
        await wait_until(pilot, lambda: any("belum disimpan ketika aplikasi tertutup" in s for s in said), str(said))
        await pilot.press("slash")
        await wait_until(pilot, lambda: line.has_focus, "the restored line focused")
        await pilot.press("escape")
        question = await wait_for_screen(pilot, ConfirmDialog)
        assert "Kelompok 3 belum paham" in " ".join(screen_text(app).split())
        question.action_cancel()
        await wait_for_screen(pilot, ObservationScreen)
        assert line.value == TYPED_LINE and fresh_store(school_dir).note_draft(obs.id, LINE) is not None
        await wait_until(pilot, lambda: line.has_focus, "back in the line")
        await pilot.press("enter")
        await wait_until(pilot, lambda: [e.text for e in screen.obs.evidence] == [TYPED_LINE], "the line saved")
        await wait_until(pilot, lambda: fresh_store(school_dir).note_draft(obs.id, LINE) is None, "the draft dropped")
        assert line.value == ""


async def test_a_line_thrown_away_leaves_no_draft(school_dir: Path) -> None:
    """Typed, kept as a draft, then thrown away on purpose (Esc, "Buang"): no draft stays
    to come back at the next opening."""
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("slash", *"Siswa", "escape")
        await wait_until(pilot, lambda: fresh_store(school_dir).note_draft(obs.id, LINE) is not None, "kept")
        await pilot.press("escape")  # leave the lesson: the unsaved line is named
        question = await wait_for_screen(pilot, ConfirmDialog)
        question.action_confirm()
        await wait_until(pilot, lambda: fresh_store(school_dir).note_draft(obs.id, LINE) is None, "the draft dropped")
        await wait_until(pilot, lambda: not screen.is_attached, "the lesson left")
