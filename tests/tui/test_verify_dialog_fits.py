"""The verify dialog's "Tutup" is in view at 80x24 with the longest verdicts: round 10's
walk had to scroll for it (BERBEDA with its lines; BELUM DIKENAL with what to do)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Button

from observasi import paths
from observasi.context import AppContext
from observasi.sheet.service import write_sheet
from observasi.signing.keys import create_key
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import QuestionText
from observasi.tui.dialogs.verify_sheet import VerifyResultDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.sheet.conftest import PASSPHRASE, demo, demo_dir, pick
from tests.waiting import screen_text, wait_for_screen, wait_until

from .test_walk9_verify_in_app import _check

__all__ = ["demo", "demo_dir"]


async def signed_sheet(demo: AppContext, tmp_path: Path) -> tuple[Path, str]:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    # pyHanko runs its own event loop: the sheet is signed off this test's loop.
    sheet = await asyncio.to_thread(
        write_sheet, demo, item.id, tmp_path / "lembar rekan.pdf", sign=True, passphrase=PASSPHRASE
    )
    return sheet, item.id


async def verdict_with_its_button(app: ObservasiApp, sheet: Path, said: str) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.action_verify_sheet()
        await _check(app, pilot, str(sheet))
        dialog = await wait_for_screen(pilot, VerifyResultDialog, timeout=60)
        button = dialog.query_one("#close", Button)
        await wait_until(pilot, lambda: said in " ".join(screen_text(app).split()), said)
        # Whole inside the dialog and on the screen: nothing to scroll to reach it.
        box = dialog.query_one(".dialog").region
        assert box.bottom <= 24
        assert button.region.height == 3 and box.contains_region(button.region), (box, button.region)
        # The verdict stays readable: its text scrolls in its own box, above the button.
        text = dialog.query_one(QuestionText)
        assert text.region.bottom <= button.region.y
        # Longer than the room, it scrolls: the arrows reach its last line.
        last = " ".join(dialog.lines[-1].split())
        for _ in range(len(dialog.lines) * 3):
            await pilot.press("down")
        await wait_until(pilot, lambda: text.scroll_y == text.max_scroll_y, "the text scrolled to its end")
        assert last[-30:] in " ".join(screen_text(app).split()), last
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen), "the dialog closed by its button")


async def test_a_sheet_whose_content_differs_shows_its_button(demo: AppContext, tmp_path: Path) -> None:
    sheet, obs_id = await signed_sheet(demo, tmp_path)
    record = demo.store.get_observation(obs_id)
    assert record is not None
    # Another content for the same record, with no amendment (as a sync could bring it).
    demo.store.put_observation(record.model_copy(update={"strengths": "Diubah tanpa amandemen"}))
    await verdict_with_its_button(ObservasiApp(demo), sheet, "BERBEDA")


async def test_a_colleagues_unknown_certificate_shows_its_button(demo: AppContext, tmp_path: Path) -> None:
    sheet, _ = await signed_sheet(demo, tmp_path)
    create_key(demo, PASSPHRASE, force=True)  # the sheet is now as a colleague's
    for old in paths.trusted_certificates_dir(demo.settings.data_dir).glob("*.pem"):
        old.unlink()
    await verdict_with_its_button(ObservasiApp(demo), sheet, "BELUM DIKENAL")
