"""Text typed right after Tab, shift+tab or Enter lands in the field the focus moved to.

The newcomer's walk of round 11: on the welcome, ``'SMP Satu' Tab '12345678' Tab 'Jl Dua'``
typed in one go put "SMP Satu12345678Jl Dua" in the school's name; on the pre-observation
form ``'IX A' Tab 'IPS' Tab 'Peta'`` gave the class "IX AIPSPeta" (it prints on the sheet).
The keys after a Tab had reached the field the Tab was leaving before the Tab moved the
focus. Every key here is posted at once, as a fast typist's keys arrive.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Select

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from tests.waiting import HANG, wait_for_screen, wait_until

from .burst import burst, keys_of
from .conftest import draft_of, make_context


def _values(screen, ids: tuple[str, ...]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: screen.query_one(f"#{name}", Input).value for name in ids}


async def _welcome_burst(tmp_path: Path, between: str) -> None:
    app = ObservasiApp(make_context(tmp_path / "baru"))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        name = settings.query_one("#school-name", Input)
        await wait_until(pilot, lambda: app.focused is name, "the school's name field")
        burst(app, [*keys_of("SMP Satu"), between, *keys_of("12345678"), between, *keys_of("Jl Dua")])
        ids = ("school-name", "school-npsn", "school-address")
        wanted = dict(zip(ids, ("SMP Satu", "12345678", "Jl Dua"), strict=True))
        address = settings.query_one("#school-address", Input)
        await wait_until(pilot, lambda: _values(settings, ids) == wanted, lambda: f"{_values(settings, ids)}")
        assert app.focused is address


async def test_welcome_fields_typed_with_tab_in_one_go(tmp_path: Path) -> None:
    await _welcome_burst(tmp_path, "tab")


async def test_welcome_fields_typed_with_enter_in_one_go(tmp_path: Path) -> None:
    # Enter in a welcome field goes to the next one (Input.Submitted, then the screen's focus_next).
    await _welcome_burst(tmp_path, "enter")


async def test_pre_observation_class_subject_topic_typed_in_one_go(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        class_name = form.query_one("#class_name", Input)
        await wait_until(pilot, lambda: app.focused is form.query_one("#teacher", Input), "the teacher field")
        burst(app, ["tab", "tab"])
        await wait_until(pilot, lambda: app.focused is class_name, "Tab Tab: the class")
        burst(app, [*keys_of("IX A"), "tab", *keys_of("IPS"), "tab", *keys_of("Peta")])
        ids = ("class_name", "subject", "topic")
        wanted = dict(zip(ids, ("IX A", "IPS", "Peta"), strict=True))
        await wait_until(pilot, lambda: _values(form, ids) == wanted, lambda: f"{_values(form, ids)}")
        assert app.focused is form.query_one("#topic", Input)


async def test_shift_tab_back_and_typing_on_lands_in_order(school_dir: Path) -> None:
    """From the topic, shift+tab twice back to the class, then on with Tab: each piece where it was meant."""
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("n")
        form = await wait_for_screen(pilot, NewObservationScreen)
        topic = form.query_one("#topic", Input)
        topic.focus()
        await wait_until(pilot, lambda: app.focused is topic, "the topic")
        burst(app, [*keys_of("Peta"), "shift+tab", *keys_of("IPS"), "shift+tab", *keys_of("IX A"), "tab", "tab"])
        ids = ("class_name", "subject", "topic")
        wanted = dict(zip(ids, ("IX A", "IPS", "Peta"), strict=True))
        await wait_until(pilot, lambda: app.focused is topic, "back on the topic")
        await wait_until(pilot, lambda: _values(form, ids) == wanted, lambda: f"{_values(form, ids)}")
        assert isinstance(form.query_one("#form"), Select)


async def test_teacher_form_typed_in_one_go_across_its_choice_of_gender(school_dir: Path) -> None:
    from observasi.tui.dialogs.teacher_form import TeacherDialog
    from observasi.tui.screens.teachers_screen import TeachersScreen

    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("g")
        await wait_for_screen(pilot, TeachersScreen)
        await pilot.press("a")
        dialog = await wait_for_screen(pilot, TeacherDialog)
        await wait_until(pilot, lambda: app.focused is dialog.query_one("#teacher-name", Input), "the name field")
        # name, NIP, NUPTK, then the gender's Select (left as it is), then the kind of teacher.
        burst(app, [*keys_of("Ani"), "tab", *keys_of("1985"), "tab", *keys_of("7788"), "tab", "tab", *keys_of("Guru")])
        ids = ("teacher-name", "teacher-nip", "teacher-nuptk", "teacher-ptk_type")
        wanted = dict(zip(ids, ("Ani", "1985", "7788", "Guru"), strict=True))
        await wait_until(pilot, lambda: _values(dialog, ids) == wanted, lambda: f"{_values(dialog, ids)}")


async def test_welcome_kop_lines_typed_in_one_go_between_fields(tmp_path: Path) -> None:
    """Enter from the city into the kop's text box, two lines in it, Tab on to the phone."""
    from textual.widgets import TextArea

    app = ObservasiApp(make_context(tmp_path / "baru"))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        city = settings.query_one("#school-city", Input)
        city.focus()
        await wait_until(pilot, lambda: app.focused is city, "the city field")
        kop = settings.query_one("#school-kop_lines", TextArea)
        burst(app, [*keys_of("Kota"), "enter", *keys_of("Dinas"), "enter", *keys_of("SMP"), "tab", *keys_of("0221")])

        def shown() -> tuple[str, str, str]:
            return city.value, kop.text, settings.query_one("#school-phone", Input).value

        await wait_until(pilot, lambda: shown() == ("Kota", "Dinas\nSMP", "0221"), lambda: f"{shown()}")


@pytest.mark.parametrize("closer", ["ctrl+s", "escape"])
async def test_keys_after_a_key_that_closes_a_question_go_to_the_screen_below(school_dir: Path, closer: str) -> None:
    """Review11b: "abc ctrl+s / x y" in one go saved "abc/xy" in the question (an evidence
    line edited in a lesson got the digits meant as scores); after Esc the keys were lost."""
    context = make_context(school_dir)
    draft_of(context)
    app = ObservasiApp(context, after_start_delay=10 * HANG)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        table.focus()
        await wait_until(pilot, lambda: table.has_focus, "the list focused")
        answers: list[str | None] = []
        app.push_screen(TextPrompt("Catatan", "Isi"), answers.append)
        await wait_for_screen(pilot, TextPrompt)
        burst(app, [*keys_of("abc"), closer, "slash", *keys_of("xy")])
        search = home.query_one("#search", Input)
        await wait_until(pilot, lambda: search.value == "xy", lambda: f"search {search.value!r}, answered {answers}")
        assert answers == (["abc"] if closer == "ctrl+s" else [None])


@pytest.mark.parametrize(
    ("keys", "wanted"),
    [
        ([*keys_of("123"), "backspace", "4"], "124"),
        ([*keys_of("abc"), "ctrl+u", *keys_of("456")], "456"),
        ([*keys_of("ac"), "left", "b"], "abc"),
        ([*keys_of("bc"), "home", "a"], "abc"),
    ],
    ids=["backspace", "ctrl+u", "left", "home"],
)
async def test_a_fields_editing_keys_act_before_the_letters_typed_after_them(
    tmp_path: Path, keys: list[str], wanted: str
) -> None:
    """walk11b: in one go, "123 Backspace 4" gave "123" and "abc ctrl+u 456" left the field
    empty: the editing key acted after the letters typed after it (a binding runs at the app,
    a letter in the field at once). Text typed in one go is the text the field keeps."""
    app = ObservasiApp(make_context(tmp_path / "new"))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        name = settings.query_one("#school-name", Input)
        name.focus()
        await wait_until(pilot, lambda: name.has_focus, "the school's name focused")
        burst(app, keys)
        await wait_until(pilot, lambda: name.value == wanted, lambda: f"{name.value!r}")
