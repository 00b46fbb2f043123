"""Esc on the conflict screen with A/B choices made and not saved asks first (it dropped them
without a word; nothing was saved and the conflict stayed): "Batal" goes back with the
choices as they were, "Tinggalkan" leaves. Nothing chosen (only what the screen presets,
both texts kept): Esc leaves at once."""

from __future__ import annotations

from textual.widgets import Button, Static

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import Device, conflict_on_b, open_conflict


def _conflict(devices: tuple[Device, Device, Device], mini_form: Instrument) -> tuple[Device, str]:
    """B holds a conflict: a score both changed (a person picks) and a note both changed
    (preset: both texts kept)."""
    on_a = (ch.Rate("R1", "3"), ch.SetNote("R1", "Catatan A"))
    return conflict_on_b(devices, mini_form, on_a, (ch.Rate("R1", "1"), ch.SetNote("R1", "Catatan B")))


def _said(dialog: ConfirmDialog) -> str:
    return " ".join(" ".join(str(line.render()).split()) for line in dialog.query(".dialog-line").results(Static))


async def test_escape_after_a_choice_asks_and_cancel_keeps_it(devices, mini_form: Instrument) -> None:
    b, obs_id = _conflict(devices, mini_form)
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        conflict = await open_conflict(app, pilot, obs_id)
        rating = conflict.clashes[0].unit
        await pilot.press("a")  # the score's row: A
        await wait_until(pilot, lambda: conflict.choices.get(rating) == "a", "the choice A")
        await pilot.press("escape")
        question = await wait_for_screen(pilot, ConfirmDialog)
        assert question.heading == "1 pilihan belum disimpan: tinggalkan?"
        assert ": A" in _said(question)
        assert app.focused is question.query_one("#cancel", Button)  # an early Enter loses nothing
        await pilot.press("enter")  # Batal
        await wait_for_screen(pilot, ConflictScreen)
        assert conflict.choices.get(rating) == "a"
        assert conflict.table.get_cell(rating, "choice") == "A"
        await pilot.press("escape")
        question = await wait_for_screen(pilot, ConfirmDialog)
        question.query_one("#confirm", Button).press()  # Tinggalkan
        await wait_for_screen(pilot, HomeScreen)
    assert b.store.sync_conflicts()  # nothing was saved: the conflict still waits


async def test_escape_with_nothing_chosen_leaves_at_once(devices, mini_form: Instrument) -> None:
    b, obs_id = _conflict(devices, mini_form)
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_conflict(app, pilot, obs_id)
        await pilot.press("down", "k")  # the note's row: "both texts", as it was preset
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        assert not isinstance(app.screen, ConfirmDialog)
