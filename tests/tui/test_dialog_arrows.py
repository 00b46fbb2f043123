"""The arrows go from button to button in a question (walk11: right did not reach "Batal")."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widgets import Button

from observasi.tui.dialogs.questions import ConfirmDialog
from tests.waiting import wait_for_screen, wait_until


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(ConfirmDialog("Hapus catatan?", ["Catatan PR1 dihapus."], "Hapus"), self.answers.append)


async def test_left_and_right_move_between_the_buttons_and_enter_answers() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        confirm, cancel = dialog.query_one("#confirm", Button), dialog.query_one("#cancel", Button)
        await wait_until(pilot, lambda: confirm.has_focus, "the confirm button focused")
        await pilot.press("right")
        await wait_until(pilot, lambda: cancel.has_focus, "right: on Batal")
        await pilot.press("left")
        await wait_until(pilot, lambda: confirm.has_focus, "left: back on the confirm button")
        await pilot.press("right", "enter")
        await wait_until(pilot, lambda: app.answers == [False], lambda: f"Batal answered, not {app.answers}")
