"""Finalising names the practice indicators scored beyond the form's choice. The PMM form
scores one practice indicator (the teacher's choice); the walk's fourth quick digit
scored the next one's first focus, and the finalise question said only "2 indikator belum
dinilai: KS2, KS3", as if the teacher had chosen both."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit
from tests.waiting import screen_text, wait_for_screen, wait_for_text

from .conftest import lesson_on, make_context


async def _finalise_question(school_dir: Path, levels: dict[str, str]) -> str:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "pmm-observasi-kelas", minutes_ago=5)
    edit(context.store, obs_id, *(ch.Rate(ind, level) for ind, level in levels.items()), ch.EndLesson())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        await wait_for_screen(pilot, ReflectionScreen)
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ConfirmDialog)
        await wait_for_text(pilot, "Finalkan observasi?")
        return " ".join(screen_text(app).split())


async def test_a_second_practice_indicator_is_named_before_finalising(school_dir: Path) -> None:
    shown = await _finalise_question(
        school_dir, {"DP1": "efektif", "DP2": "belum_efektif", "DP3": "efektif", "KS1": "belum"}
    )
    assert "1 indikator praktik" in shown and "Keteraturan Suasana Kelas" in shown, shown
    assert "Backspace" in shown, shown  # how to take a score back


async def test_one_practice_indicator_fully_scored_asks_nothing_of_the_kind(school_dir: Path) -> None:
    shown = await _finalise_question(school_dir, {"DP1": "efektif", "DP2": "belum_efektif", "DP3": "efektif"})
    assert "indikator praktik" not in shown, shown
