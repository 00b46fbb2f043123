"""Run by test_note_draft_kill in a child process: the app, headless, driven by a pilot,
opens an indicator's note and types in it (or, given ``line``, types in the live screen's
evidence line without Enter); prints READY once what was typed is in the database (read
through another connection, as a restarted program would) and then waits to be killed
with the dialog (the line) still open."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from textual.widgets import TextArea

from observasi.context import AppContext
from observasi.queries.records import LINE, NOTE
from observasi.settings import Settings
from observasi.store import Store
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.record_parts import NoteDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import wait_for_screen, wait_until

TYPED = "Guru memakai contoh dari pasar"
TYPED_LINE = "Kelompok 3 belum paham tugas (menit ke-20)"


async def main(data_dir: Path, obs_id: str, place: str = NOTE) -> None:
    app = ObservasiApp(AppContext(Settings(data_dir=data_dir, lang="id", lang_forced=True)))
    other = Store(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await wait_until(pilot, lambda: screen.indicators.current_id == "R1", "R1 current")
        typed = TYPED_LINE if place == LINE else TYPED
        keys = [
            {" ": "space", "(": "left_parenthesis", ")": "right_parenthesis", "-": "minus"}.get(c, c) for c in typed
        ]
        if place == LINE:
            await pilot.press("slash", *keys)  # and no Enter
            await wait_until(pilot, lambda: screen.evidence_input.value == typed, "the line typed")
        else:
            await pilot.press("enter")  # R1's note
            dialog = await wait_for_screen(pilot, NoteDialog)
            await pilot.press(*keys)
            await wait_until(pilot, lambda: dialog.query_one("#note-text", TextArea).text == typed, "the note typed")
        await wait_until(
            pilot,
            lambda: (
                (draft := other.note_draft(obs_id, LINE if place == LINE else NOTE)) is not None and draft.note == typed
            ),
            "the typing kept in the database",
        )
        print("READY", flush=True)
        await asyncio.sleep(3600)  # until the test kills this process


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], *sys.argv[3:]))
