"""Keys at machine speed: every key posted to the app at once, as a terminal delivers a
fast typist's (or a paste's) bytes, with no waiting between them -- unlike
``pilot.press``, which lets the app go idle after each key."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable

from textual import events
from textual.app import App

# Key names for the characters that are not their own name.
_NAMES = {" ": "space", "/": "slash", "-": "minus", ",": "comma", ".": "full_stop", "'": "apostrophe"}
_CHARS = {name: char for char, name in _NAMES.items()} | {"enter": "\r", "escape": "\x1b", "tab": "\t"}


def keys_of(text: str) -> list[str]:
    """The key names that type *text*."""
    return [_NAMES.get(char, char) for char in text]


def burst(app: App, keys: Iterable[str]) -> None:
    """Post every key to *app* in one go."""
    for key in keys:
        char = _CHARS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, char))


async def settle(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Wait (without a fixed sleep) until *condition* holds or *timeout* seconds pass;
    whether it held. For a test that then asserts on what is there, so a failure shows
    what landed instead of only that something did not."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def until(condition: Callable[[], bool], timeout: float = 60.0, what: str = "the condition") -> None:
    """Wait (without a fixed sleep) until *condition* holds; fail after *timeout* seconds."""
    if not await settle(condition, timeout):
        raise AssertionError(f"timed out waiting for {what}")


async def open_live(app: App, pilot, obs_id: str):
    """Open *obs_id* on the live screen and wait until it is ready for keys; the screen."""
    from observasi.tui.screens.observation_screen import ObservationScreen

    await pilot.pause()
    app.open_observation(obs_id)
    await until(lambda: isinstance(app.screen, ObservationScreen), what="the live screen")
    await pilot.pause()
    return app.screen
