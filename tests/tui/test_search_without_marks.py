"""Names are found without their marks, in the home list and the teacher picker:
"nguyen" finds "Nguyễn", "sukru" finds "Şükrü" (issue 14)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from observasi.core.search_fold import fold
from observasi.queries import people
from observasi.queries.observations import ListFilters, list_observations
from observasi.store.models import Teacher
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import draft_of, make_context

NAMES = {"Nguyễn Thị Lan": "nguyen", "Şükrü Abdullah Al-Qur'ān, S.Pd.": "sukru", "Đặng Văn Lâm": "dang van"}


def test_fold_drops_marks_case_apostrophes() -> None:
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    assert fold("Şükrü Al-Qur'ān") == "sukru alquran"
    assert fold("YILMAZ Işık") == "yilmaz isik"
    assert fold(None) == ""


def _school(school_dir: Path):  # type: ignore[no-untyped-def]
    context = make_context(school_dir)
    for i, name in enumerate(NAMES):
        context.store.save_teacher(Teacher(id=f"{i + 10:032d}", name=name, subject="IPA"))
        draft_of(context, teacher_index=9 + i)
    return context


def test_teachers_and_observations_are_found_without_marks(school_dir: Path) -> None:
    context = _school(school_dir)
    for name, typed in NAMES.items():
        assert [t.name for t in people.find_teachers(context, typed, 8)] == [name]
        found = list_observations(context, ListFilters(search=typed), 50)
        assert [row.teacher_name for row in found] == [name]
    assert [t.name for t in people.find_teachers(context, "quran", 8)] == ["Şükrü Abdullah Al-Qur'ān, S.Pd."]
    assert people.find_teachers(context, "Nguyễn", 8)[0].name == "Nguyễn Thị Lan"  # typed with marks, too


async def test_the_teacher_picker_finds_nguyen(school_dir: Path) -> None:
    context = _school(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        field = form.query_one("#teacher", Input)
        await wait_until(pilot, lambda: app.focused is field, "the teacher field")
        await pilot.press(*"nguyen")
        matches = form.query_one("#teacher-matches", OptionList)

        def offered() -> bool:
            return matches.option_count > 0 and "Nguyễn Thị Lan" in str(matches.get_option_at_index(0).prompt)

        await wait_until(pilot, offered, "Nguyễn Thị Lan offered for 'nguyen'")
