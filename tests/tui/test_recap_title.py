"""The Rekap screen at 80x24 shows its title on its first line, as every screen does (the
walk found it opening on the semester field, as if scrolled past its title)."""

from __future__ import annotations

from pathlib import Path

from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.recap_screen import RecapScreen
from tests.waiting import screen_text, wait_for_screen, wait_for_text

from .conftest import make_context


async def test_the_recap_opens_with_its_title_on_top(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Recap())
        await wait_for_screen(pilot, RecapScreen)
        await wait_for_text(pilot, "Semester", "esc Kembali")
        lines = [line for line in screen_text(app).splitlines() if line.strip()]
        top = next(i for i, line in enumerate(lines) if "Rekap Hasil Supervisi Akademik" in line)
        assert "Semester" in lines[top + 1] or "Semester" in lines[top + 2], lines[top : top + 3]
