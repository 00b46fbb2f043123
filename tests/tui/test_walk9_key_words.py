"""The key dialog says what a signature proves in a plain sentence: the walk read "dapat
diperiksa siapa pun: dari Anda dan tidak diubah" (checked by anyone: from you and not
changed), which does not say what is checked."""

from __future__ import annotations

from pathlib import Path

from observasi.store.models import Observer
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import screen_text, wait_for_screen

from .conftest import make_context


async def test_the_key_dialog_says_what_anyone_can_check(school_dir: Path) -> None:
    context = make_context(school_dir)
    me = context.store.save_observer(Observer(name="Drs. H. Ahmad Syahroni, M.Pd.", id_number="196805121994031001"))
    context.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.SigningKey())
        await wait_for_screen(pilot, SigningKeyDialog)
        shown = " ".join(part for line in screen_text(app).splitlines() for part in line.split("█")[1:-1])
        shown = " ".join(shown.split())
        assert "siapa pun dapat memeriksa bahwa lembar itu dari Anda dan tidak diubah." in shown, shown
