"""Settings → "Periksa lembar bertanda tangan" on laptop B, which has not received A's
amendment: the dialog says B's copy is older, in the CLI's words (walk 10, F4)."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.verify_sheet import VerifyResultDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.sheet.conftest import demo, demo_dir
from tests.signing.test_fx10t_local_older import NEWER, amended
from tests.waiting import screen_text, wait_for_screen

from .test_walk9_verify_in_app import _check

__all__ = ["amended", "demo", "demo_dir"]


async def test_the_app_says_this_laptops_copy_is_older(amended: tuple[AppContext, AppContext, Path, str]) -> None:
    _, b, sheet, _ = amended
    app = ObservasiApp(b)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.action_verify_sheet()
        await _check(app, pilot, str(sheet))
        dialog = await wait_for_screen(pilot, VerifyResultDialog, timeout=60)
        assert NEWER in dialog.lines
        shown = " ".join(screen_text(app).split())
        assert "Lembar ini lebih baru dari catatan di laptop ini" in shown
        assert "BERBEDA" not in " ".join(dialog.lines)
