"""Battery out in the middle of a lesson: the app is killed with SIGKILL while a pilot
drives it in a child process; the restarted app offers the observation with every
accepted change and the lesson clock right."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Button

from observasi.core.lesson import elapsed_seconds
from observasi.core.record import Status
from observasi.tui.app import ObservasiApp
from observasi.tui.render import clock_text
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import HANG, screen_text, wait_for_screen, wait_until

from .conftest import draft_of, make_context

CHILD = Path(__file__).with_name("resume_child.py")
ROOT = Path(__file__).parent.parent.parent


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
async def test_killed_mid_lesson_resumes_with_everything(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context, teacher_index=2)
    context.store.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    spawned_at = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(school_dir), obs.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = first_line(child, timeout=HANG)
        assert line.startswith("READY"), "the child app did not get through the lesson"
        ready_at = time.monotonic()
        elapsed_then = json.loads(line.split(" ", 1)[1])["elapsed"]
        time.sleep(2)  # the laptop stays "off" a while: the clock must count it
        os.kill(child.pid, signal.SIGKILL)  # no chance to clean up
        child.wait(timeout=HANG)
        killed_at = time.monotonic()
    finally:
        if child.poll() is None:
            child.kill()

    restarted = make_context(school_dir)
    app = ObservasiApp(restarted)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        resume = app.screen.query_one("#resume", Button)
        assert resume.display and app.focused is resume, "the unfinished observation is offered first"
        assert "Dewi Lestari" in str(resume.label)
        await pilot.press("enter")
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.obs_id == obs.id
        saved = screen.obs
        assert saved.status is Status.observing and saved.started_at and not saved.paused_at
        assert {k: r.level for k, r in saved.ratings.items()} == {"R1": "4", "R2": "2"}
        assert [e.text for e in saved.evidence] == ["Catatan bukti"]
        assert saved.tallies == {"tanya": 2}
        # The clock kept running while the laptop was "off": elapsed = then + time since.
        # The child measured *then* somewhere between its start and our reading READY, so
        # the time since lies between these two bounds (a second each way for rounding).
        elapsed_now = elapsed_seconds(saved)
        now = time.monotonic()
        assert elapsed_then + (now - ready_at) - 1 <= elapsed_now <= elapsed_then + (now - spawned_at) + 1
        assert killed_at - ready_at >= 2
        await wait_until(
            pilot, lambda: clock_text(elapsed_seconds(screen.obs))[:4] in screen_text(app), "the clock on screen"
        )


def first_line(child: subprocess.Popen[str], timeout: float) -> str:
    """The child's first line of output, or "" if it ends or says nothing for *timeout* s."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return child.stdout.readline()
