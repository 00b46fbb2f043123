"""Keys at machine speed: every key posted to the app at once, as a terminal delivers a
fast typist's (or a paste's) bytes, with no waiting between them -- unlike
``pilot.press``, which lets the app go idle after each key. (Waiting for what the keys
did is tests/waiting.py's business.)"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import App

from tests.waiting import wait_for_screen

# Key names for the characters that are not their own name.
_NAMES = {
    " ": "space",
    "/": "slash",
    "-": "minus",
    ",": "comma",
    ".": "full_stop",
    "'": "apostrophe",
    "_": "underscore",
}
_CHARS = {name: char for char, name in _NAMES.items()} | {"enter": "\r", "escape": "\x1b", "tab": "\t"}


def keys_of(text: str) -> list[str]:
    """The key names that type *text*."""
    return [_NAMES.get(char, char) for char in text]


def burst(app: App, keys: Iterable[str]) -> None:
    """Post every key to *app* in one go."""
    for key in keys:
        char = _CHARS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, char))


async def open_live(app: App, pilot, obs_id: str):
    """Open *obs_id* on the live screen and wait until it is ready for keys; the screen."""
    from observasi.tui.screens.observation_screen import ObservationScreen

    await pilot.pause()
    app.open_observation(obs_id)
    return await wait_for_screen(pilot, ObservationScreen)
