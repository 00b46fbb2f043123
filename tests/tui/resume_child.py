"""Run by test_kill_resume in a child process: the app, headless, driven by a pilot
through a lesson; prints READY and then waits to be killed."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from observasi.context import AppContext
from observasi.core.lesson import elapsed_seconds
from observasi.settings import Settings
from observasi.tui.app import ObservasiApp


async def main(data_dir: Path, obs_id: str) -> None:
    app = ObservasiApp(AppContext(Settings(data_dir=data_dir, lang="id", lang_forced=True)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_observation(obs_id)
        await pilot.pause()
        await pilot.press("ctrl+n", "4", "2", "slash")
        await pilot.press(*"Catatan", "space", *"bukti", "enter", "escape", "g", "g")
        await pilot.pause()
        screen = app.screen
        print("READY " + json.dumps({"elapsed": elapsed_seconds(screen.obs)}), flush=True)  # type: ignore[attr-defined]
        await asyncio.sleep(120)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))
