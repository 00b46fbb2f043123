"""The recap screen at 80x24 and 100x30, in Indonesian and English: every action is on
the screen (the walk found the Show, XLSX, CSV and PDF buttons off its right edge), and
the per-teacher table shows each of its columns whole, the form id included (the walk
read "classroom-observatio")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.app import App

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.i18n import set_language, t
from observasi.settings import Settings
from observasi.tui.screens.recap_screen import RecapScreen
from tests.waiting import wait_for_screen, wait_for_still_screen, wait_for_text, wait_until

TODAY = dt.date(2026, 11, 24)


class Host(App[None]):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def on_mount(self) -> None:
        self.push_screen(RecapScreen(self.context, today=TODAY))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_every_recap_action_and_column_is_in_sight(data_dir: Path, lang: str, size: tuple[int, int]) -> None:
    set_language(lang)
    try:
        context = AppContext(Settings(data_dir=data_dir, lang=lang, lang_forced=True))
        fill_demo(context.store, context.catalog, today=TODAY)
        app = Host(context)
        async with app.run_test(size=size) as pilot:
            screen = await wait_for_screen(pilot, RecapScreen)
            await wait_until(pilot, lambda: screen.recap is not None, "the semester's recap")
            buttons = (t("recap.tui.show"), "XLSX", "CSV", "PDF")
            shown = await wait_for_text(pilot, *buttons)
            shown = await wait_for_still_screen(pilot)
            lines = shown.splitlines()
            button_line = next(line for line in lines if "XLSX" in line)
            assert all(word in button_line for word in buttons[1:]), button_line
            header = next(line for line in lines if line.lstrip().startswith(t("recap.col.teacher") + " "))
            assert t("ux8w.recap.col.latest_predikat") in header, header
            assert header.rstrip().endswith(t("recap.col.form_id")), header  # the last column, whole
            if size[0] >= 100:
                assert "classroom-observation" in shown, shown  # the whole id, not "classroom-observatio"
            else:  # its short code, as on the home list
                assert any(line.rstrip().endswith(" CO") for line in lines), shown
    finally:
        set_language("id")
