"""Run by test_kill_resume in a child process: the app, headless, driven by a pilot
through a lesson; prints READY once every change is on the screen (and so in the
database) and then waits to be killed."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from observasi.context import AppContext
from observasi.core.lesson import elapsed_seconds
from observasi.settings import Settings
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import wait_for_screen, wait_until


async def main(data_dir: Path, obs_id: str) -> None:
    app = ObservasiApp(AppContext(Settings(data_dir=data_dir, lang="id", lang_forced=True)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        screen = await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+n", "4")  # start; R1 = 4 moves on to R2
        await wait_until(pilot, lambda: screen.indicators.current_id == "R2", "R1 scored")
        await pilot.press("2", "slash")
        await pilot.press(*"Catatan", "space", *"bukti", "enter")
        await wait_until(pilot, lambda: screen.obs.evidence, "the evidence line")
        await pilot.press("g", "g")  # Enter handed the keys back to the list
        await wait_until(pilot, lambda: screen.obs.tallies.get("tanya") == 2, "two questions tallied")
        print("READY " + json.dumps({"elapsed": elapsed_seconds(screen.obs)}), flush=True)
        await asyncio.sleep(3600)  # until the test kills this process


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))
