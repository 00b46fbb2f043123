"""The command palette offers the signing key (round 10's walk found no command for it): with
no key yet it opens the dialog that makes one, with a usable key it says whose it is and
until when, as the settings' key panel does."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from observasi.signing.keys import create_key
from observasi.store.models import Observer
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import notifications, wait_for_screen, wait_for_text, wait_until

from .conftest import make_context


async def _run_key_command(pilot: Pilot[None], app: ObservasiApp) -> None:
    await pilot.press("ctrl+p")
    palette = await wait_for_screen(pilot, CommandPalette)
    await pilot.press(*"Kunci tanda tangan")
    found = palette.query_one(CommandList)
    await wait_until(
        pilot,
        lambda: found.option_count > 0 and "Kunci tanda tangan" in str(found.get_option_at_index(0).prompt),
        "the command found",
    )
    await pilot.press("enter")


async def test_the_palette_makes_the_signing_key_or_says_whose_it_is(school_dir: Path) -> None:
    context = make_context(school_dir)
    me = context.store.save_observer(Observer(name="Dra. Sri Wahyuningsih, M.Pd."))
    context.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        await _run_key_command(pilot, app)
        await wait_for_screen(pilot, SigningKeyDialog)  # none yet: the dialog that makes it
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        create_key(context, "rahasia kepala sekolah")
        await _run_key_command(pilot, app)
        await wait_until(
            pilot,
            lambda: any("Dra. Sri Wahyuningsih" in line and "berlaku" in line for line in said),
            lambda: str(said),
        )
        assert isinstance(app.screen, HomeScreen)


async def test_the_palette_says_no_matches_in_the_apps_language(school_dir: Path) -> None:
    """Round 10's walk: the Indonesian palette said Textual's "No matches found"."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("ctrl+p")
        await wait_for_screen(pilot, CommandPalette)
        await pilot.press(*"zzqq")
        shown = await wait_for_text(pilot, "Tidak ada yang cocok")
        assert "No matches" not in shown
