"""The signing-key dialog's "tidak sama" is about the passwords as typed then: the walk of
round 10 saw it stay while the person typed the password again. It goes as soon as either
field changes, and not before (the dialog itself empties the second field)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from observasi.store.models import Observer
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import make_context


def _error(dialog: SigningKeyDialog) -> str:
    return " ".join(str(dialog.query_one("#key-error", Static).render()).split())


async def test_the_mismatch_message_goes_once_a_field_is_typed_in(school_dir: Path) -> None:
    context = make_context(school_dir)
    me = context.store.save_observer(Observer(name="Dra. Sri Wahyuningsih, M.Pd."))
    context.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.SigningKey())
        dialog = await wait_for_screen(pilot, SigningKeyDialog)
        for field in ("#key-repeat", "#key-password"):
            await pilot.press(*"rahasia sekolah", "enter", *"rahasia sekolaj", "enter")
            await wait_until(pilot, lambda: "tidak sama" in _error(dialog), "the mismatch said")
            repeat = dialog.query_one("#key-repeat", Input)
            assert repeat.value == "" and repeat.has_focus
            await pilot.pause()  # the emptied field's own change has been handled: still said
            assert "tidak sama" in _error(dialog)
            dialog.query_one(field, Input).focus()
            await pilot.press("x")
            await wait_until(pilot, lambda: _error(dialog) == "", lambda: f"the message gone: {_error(dialog)!r}")
            for box in dialog.query(Input).results(Input):  # the next round from empty fields
                box.value = ""
            dialog.query_one("#key-password", Input).focus()
