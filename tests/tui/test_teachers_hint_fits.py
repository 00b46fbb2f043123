"""The teachers list's line above the table is read whole at 80x24, in Indonesian and
English: the first day's "Belum ada guru. Tekan a ..." was cut at the screen's edge, so
the import (i) and its file kinds went unseen; and the line that says what the count is."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.i18n import t
from observasi.store.models import Observer, School
from observasi.store.store import Store
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.teachers_screen import TeachersScreen
from tests.waiting import wait_for_screen, wait_for_still_screen, wait_for_text

from .conftest import make_context


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("with_teachers", [False, True])
async def test_the_teachers_hint_is_whole_at_80_columns(
    tmp_path: Path, school_dir: Path, lang: str, with_teachers: bool
) -> None:
    data_dir = school_dir
    if not with_teachers:  # a first day: the school and its observer, no teacher yet
        data_dir = tmp_path / "first"
        store = Store(data_dir)
        store.save_school(School(name="SMP Negeri 1 Contoh"))
        observer = store.save_observer(Observer(id="0" * 32, name="Budi Santoso, M.Pd."))
        store.set_setting("self_observer_id", observer.id)
        store.close()
    context = make_context(data_dir, lang)
    try:
        app = ObservasiApp(context)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            app.open(places.Teachers())
            await wait_for_screen(pilot, TeachersScreen)
            hint = t("tui.teachers.hint" if with_teachers else "tui.teachers.empty")
            await wait_for_text(pilot, hint.split()[0])
            shown = " ".join((await wait_for_still_screen(pilot)).split())
            assert hint in shown, shown  # every word of it, in order, none cut off
    finally:
        make_context(data_dir, "id")
