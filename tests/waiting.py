"""Waiting for the app, never for the clock.

``pilot.pause()`` lets queued messages run and then waits until the process *looks* idle,
judged by CPU time against wall time. On a busy machine the process gets little CPU, looks
idle early, and a test that asserts right after it reads the screen before a key, a pushed
screen or a worker's result has arrived. These helpers wait for the condition itself: the
screen on top, a text on it, a row in the database. The timeout only ends a real hang.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TypeVar

from textual.pilot import Pilot
from textual.screen import Screen

# Far longer than any step takes on a loaded machine; reached only when the app hangs.
HANG = float(os.environ.get("OBSERVASI_TEST_HANG", "120"))

S = TypeVar("S", bound=Screen[Any])


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], what: str | Callable[[], str], timeout: float = HANG
) -> None:
    """Let the app run until *condition()* is true; *what* names it in the failure (a
    callable is asked then, to tell what the app showed instead)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            said = what() if callable(what) else what
            raise AssertionError(f"still waiting after {timeout:.0f} s for {said}")
        await pilot.pause()


async def wait_for_screen(pilot: Pilot[Any], kind: type[S], timeout: float = HANG) -> S:
    """The screen of *kind* on top, composed and mounted, its first focus set.

    Keys pressed before that would reach the screen underneath or no widget at all."""
    app = pilot.app

    def ready() -> bool:
        screen = app.screen
        return isinstance(screen, kind) and screen.is_mounted

    await wait_until(pilot, ready, lambda: f"the {kind.__name__} (on top: {type(app.screen).__name__})", timeout)
    # Mounted: the screen's on_mount has asked for focus and resumed; one more round of
    # its queued messages (no clock involved) delivers both.
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, kind), f"expected {kind.__name__}, on top: {type(screen).__name__}"
    return screen


async def wait_for_workers(pilot: Pilot[Any]) -> None:
    """Every worker the app has started so far has finished, and what it posted has run."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_for_text(pilot: Pilot[Any], *texts: str, timeout: float = HANG) -> str:
    """The terminal shows every one of *texts*; returns what it shows."""
    shown = ""

    def showing() -> bool:
        nonlocal shown
        shown = screen_text(pilot.app)
        return all(text in shown for text in texts)

    await wait_until(pilot, showing, lambda: f"{texts!r} on the screen, which shows:\n{shown}", timeout)
    return shown


async def wait_for_still_screen(pilot: Pilot[Any], timeout: float = HANG) -> str:
    """Two looks in a row, a round of the app's messages apart, show the same: the layout
    has caught up with the last change. Call it once the changes themselves are in (a
    screen, a worker's result): it cannot tell a slow change from none."""
    last = screen_text(pilot.app)

    def unchanged() -> bool:
        nonlocal last
        now, last = last, screen_text(pilot.app)
        return now == last

    await pilot.pause()
    await wait_until(pilot, unchanged, "the screen to stop changing", timeout)
    return last


def notifications(app: Any) -> list[str]:
    """Every message the app notifies from now on, in order (the screens' notify goes
    through the app's). A toast wraps its text, so the screen is no place to look for it."""
    said: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording
    return said


def screen_text(app: Any) -> str:
    """What the terminal shows, as plain text (from the SVG screenshot)."""
    import html
    import re

    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
