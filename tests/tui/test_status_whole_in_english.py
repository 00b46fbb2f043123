"""The home list's Status column holds its longest word in the language shown: in English
"Reflecting" read "Reflectin" at 80 and 100 columns (walk 8); the teacher's column gives
the cell, so every column still fits beside the scroll bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_for_still_screen, wait_for_text

from .conftest import draft_of, make_context


@pytest.mark.parametrize(
    ("lang", "size", "status", "last"),
    [
        ("en", (80, 24), "Reflecting", "Scored"),
        ("en", (100, 30), "Reflecting", "Form"),
        ("id", (80, 24), "Refleksi", "Terisi"),
        ("id", (100, 30), "Refleksi", "Instrumen"),
    ],
)
async def test_a_lesson_in_its_reflection_is_named_whole(
    school_dir: Path, lang: str, size: tuple[int, int], status: str, last: str
) -> None:
    context = make_context(school_dir, lang)
    try:
        obs = draft_of(context)
        edit(context.store, obs.id, ch.StartLesson(None))
        edit(context.store, obs.id, ch.EndLesson())
        app = ObservasiApp(context)
        async with app.run_test(size=size) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            await wait_for_text(pilot, "2026-11-24")
            shown = await wait_for_still_screen(pilot)
            row = next(line for line in shown.splitlines() if "2026-11-24" in line and "VII A" in line)
            assert f" {status} " in f" {row} ".replace("VII A", " VII A "), row
            header = next(line for line in shown.splitlines() if "Status" in line and "Nilai" in line)
            assert header.rstrip().endswith(last), header  # nothing pushed off the right edge
    finally:
        make_context(school_dir, "id")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_teachers_history_names_the_reflection_whole(school_dir: Path, size: tuple[int, int]) -> None:
    from observasi.tui import places
    from observasi.tui.screens.history_screen import TeacherHistoryScreen

    context = make_context(school_dir, "en")
    try:
        obs = draft_of(context)
        edit(context.store, obs.id, ch.StartLesson(None))
        edit(context.store, obs.id, ch.EndLesson())
        app = ObservasiApp(context)
        async with app.run_test(size=size) as pilot:
            await wait_for_screen(pilot, HomeScreen)
            app.open(places.History(obs.teacher_id))
            await wait_for_screen(pilot, TeacherHistoryScreen)
            await wait_for_text(pilot, "2026-11-24")
            shown = await wait_for_still_screen(pilot)
            row = next(line for line in shown.splitlines() if line.lstrip().startswith("2026-11-24"))
            assert "Reflecting" in row, row
    finally:
        make_context(school_dir, "id")
