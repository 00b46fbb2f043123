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

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.dialogs.record_parts import NoteDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import HANG, screen_text, wait_for_screen, wait_until

from .conftest import draft_of, fresh_store, make_context
from .note_kill_child import TYPED
from .test_kill_resume import first_line

CHILD = Path(__file__).with_name("note_kill_child.py")
ROOT = Path(__file__).parent.parent.parent


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
async def test_a_note_typed_in_an_open_dialog_survives_a_kill(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    context.store.close()

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(school_dir), obs.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert first_line(child, timeout=HANG).startswith("READY"), "the child app did not type the note"
        os.kill(child.pid, signal.SIGKILL)  # no chance to clean up
        child.wait(timeout=HANG)
    finally:
        if child.poll() is None:
            child.kill()

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
