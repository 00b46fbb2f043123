"""A principal checks a signed sheet in the app (Settings, or the command palette), not in a
terminal: the walk found `observasi verify` the only way. The verdict and its details are
the CLI's words; a path that names no file keeps the picker open and says so."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from observasi import paths
from observasi.context import AppContext
from observasi.sheet.service import write_sheet
from observasi.signing.keys import create_key
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.file_picker import FilePicker
from observasi.tui.dialogs.verify_sheet import VERIFY_BUTTON, VerifyResultDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.sheet.conftest import PASSPHRASE, demo, demo_dir, pick
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

__all__ = ["demo", "demo_dir"]


def _flat(text: str) -> str:
    return " ".join(text.split())


async def _check(app: ObservasiApp, pilot, path: str) -> None:  # type: ignore[no-untyped-def]  # pilot's type is Textual's generic
    picker = await wait_for_screen(pilot, FilePicker)
    picker.query_one("#field-path").value = path  # type: ignore[attr-defined]  # an Input
    picker.query_one("#field-path").focus()
    await pilot.press("enter")


async def test_a_signed_sheet_is_checked_from_settings(
    demo: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the path is typed from the home folder: "~/..."
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    # pyHanko runs its own event loop: the sheet is signed off this test's loop.
    sheet = await asyncio.to_thread(
        write_sheet, demo, item.id, tmp_path / "lembar rekan.pdf", sign=True, passphrase=PASSPHRASE
    )
    app = ObservasiApp(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Settings())
        settings = await wait_for_screen(pilot, SettingsScreen)
        button = settings.query_one(f"#{VERIFY_BUTTON}")
        button.focus()
        await pilot.press("enter")

        # A mistyped path: said, and the picker stays open with what was typed.
        await _check(app, pilot, str(tmp_path / "tidak-ada.pdf"))
        await wait_until(pilot, lambda: any("tidak-ada.pdf tidak ada" in n for n in said), "the refusal")
        assert isinstance(app.screen, FilePicker)
        assert app.screen.query_one("#field-path").value.endswith("tidak-ada.pdf")  # type: ignore[attr-defined]

        await _check(app, pilot, f"~/{sheet.name}")  # as the picker's folders take it too (review9)
        await wait_for_screen(pilot, VerifyResultDialog, timeout=60)
        shown = _flat(screen_text(app))
        assert "Pemeriksaan tanda tangan: lembar rekan.pdf" in shown
        assert "SAH: tanda tangan utuh dan mencakup seluruh berkas." in shown
        assert "Penanda tangan: Dra. Sri Wahyuningsih, M.Pd." in shown
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, SettingsScreen), "back on the settings")


async def test_a_colleagues_sheet_from_the_palette_says_whose_certificate_is_missing(
    demo: AppContext, tmp_path: Path
) -> None:
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    sheet = await asyncio.to_thread(
        write_sheet, demo, item.id, tmp_path / "lembar.pdf", sign=True, passphrase=PASSPHRASE
    )
    # This laptop's own key replaced and the old one forgotten: the sheet is now as a
    # colleague's, signed by a key not known here.
    create_key(demo, PASSPHRASE, force=True)
    for old in paths.trusted_certificates_dir(demo.settings.data_dir).glob("*.pem"):
        old.unlink()
    app = ObservasiApp(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.action_verify_sheet()
        await _check(app, pilot, str(sheet))
        dialog = await wait_for_screen(pilot, VerifyResultDialog, timeout=60)
        shown = _flat(screen_text(app))
        assert "BELUM DIKENAL" in shown and "tanda tangannya utuh" in shown
        # The way in the app, not only a command for a terminal (further down the dialog's text).
        assert "sinkronkan, lalu konfirmasi di Pengaturan → Sertifikat rekan" in _flat(" ".join(dialog.lines))
        # Round 10's walk scrolled for them: the verdict first, short (the file and the
        # fingerprint among the details), then what to do, both read without scrolling.
        verdict, todo = dialog.lines[0], dialog.lines[1]
        assert str(sheet) not in verdict and len(verdict) <= 2 * 70, verdict
        assert todo.startswith("Yang perlu dilakukan: sertifikat rekan satu sekolah"), todo
        rows = [row.split("█") for row in screen_text(app).splitlines() if row.count("█") >= 2]
        # Without spaces: a long path folds inside its word.
        inside = "".join(re.sub("[▁▂▃▄▅▆▇]", "", " ".join("█".join(row[1:-1]) for row in rows)).split())
        for line in (verdict, todo):
            assert "".join(line.split()) in inside, inside
        assert any(line.strip() == f"Berkas: {sheet}" for line in dialog.lines), dialog.lines
