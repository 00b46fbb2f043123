"""A roster row left out of the import is said where it can be read, and stays said.

The walk (round 10): the row whose NIP Excel had turned into "1,98506E+17" was skipped with
a good reason, but the toast "Membaca guru.csv..." covered that reason while the preview
showed, and once imported only "Tersimpan: 2 guru baru." was said, for ten seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import NoticeDialog
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.waiting import screen_text, wait_for_screen, wait_until

from .conftest import fresh_store, make_context
from .test_roster_screens import _home, open_import

__all__ = ["_home"]

ROSTER = "Nama;NIP;NUPTK\nBudi Hartono, S.Pd.;198506122010011003;\nSri Lestari;1,98506E+17;\nAni Wijaya;197803012005012001;\n"


def drawn(app: ObservasiApp) -> str:
    """The words on the screen, wrapped lines (a toast's, a dialog's) joined."""
    return " ".join(screen_text(app).replace("▌", " ").replace("█", " ").split())


@pytest.mark.usefixtures("_home")
async def test_the_skipped_rows_reason_is_in_view_and_said_after_the_import(school_dir: Path, tmp_path: Path) -> None:
    roster = tmp_path / "guru.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # toasts drawn, as in use
        screen = await open_import(pilot, roster)
        await pilot.pause()
        shown = drawn(app)
        # The skipped row comes first, its reason whole below the table, and nothing over it.
        assert "Membaca guru.csv" not in shown, shown
        assert "sudah diubah Excel menjadi angka berpangkat sehingga digit terakhirnya hilang" in shown, shown
        await pilot.press("ctrl+s")
        notice = await wait_for_screen(pilot, NoticeDialog)
        await wait_until(pilot, lambda: "1 baris dilewati" in drawn(app), lambda: drawn(app))
        shown = drawn(app)
        assert "Tersimpan: 2 guru baru." in shown
        assert "baris 3, Sri Lestari: kolom NIP: NIP '1,98506E+17' sudah diubah Excel" in shown, shown
        button = notice.query_one("#close", Button)
        assert notice.query_one(".dialog").region.contains_region(button.region)
        assert screen.is_attached  # the import screen waits behind it: nothing goes by itself
        await pilot.press("enter")
        await wait_for_screen(pilot, TeachersScreen)
    store = fresh_store(school_dir)
    try:
        names = {teacher.name for teacher in store.list_teachers()}
    finally:
        store.close()
    assert {"Budi Hartono, S.Pd.", "Ani Wijaya"} <= names and "Sri Lestari" not in names
