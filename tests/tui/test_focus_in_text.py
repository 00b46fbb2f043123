"""The focused button shows in the text of the screen, not by colour alone: the walk pressed
the wrong button on "Langkah berikutnya" because a capture (or a colour-blind eye) could
not tell which one had the focus. It is framed "▌ label ▐", and only it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from tests.waiting import screen_text, wait_for_screen, wait_until

from .conftest import make_context


def framed(screen: str) -> list[str]:
    """The labels shown between the focus frame's two marks."""
    found = []
    for line in screen.splitlines():
        start = line.find("▌")
        end = line.find("▐", start + 1)
        if start >= 0 and end > start:
            found.append(line[start + 1 : end].strip())
    return found


async def test_the_focused_button_of_the_next_steps_is_marked_in_the_text(tmp_path: Path) -> None:
    app = ObservasiApp(make_context(tmp_path / "baru"))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        settings.query_one("#school-name", Input).value = "SMP Negeri 3 Sukamaju"
        settings.query_one("#observer-name", Input).value = "Dra. Siti Rahma"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)
        await wait_until(pilot, lambda: len(framed(screen_text(app))) == 1, lambda: screen_text(app))
        first = framed(screen_text(app))
        assert first == [str(app.focused.label)]  # type: ignore[union-attr]
        await pilot.press("tab")
        await wait_until(pilot, lambda: framed(screen_text(app)) not in ([], first), "the frame moving")
        assert framed(screen_text(app)) == [str(app.focused.label)]  # type: ignore[union-attr]
