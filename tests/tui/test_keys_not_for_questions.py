"""A question the program puts up by itself (a sync's: the school's profile arrived) never
takes a key typed before it came. Keys typed at machine speed for the lesson, or for the
screen a key before them opens, reached such a dialog when it came in between (review8
LOW: a digit typed for the lesson must never answer a question). They wait, in order,
and go where they were typed for once the question is answered (by keys typed after it)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.textual_adapter import push_unbidden
from tests.waiting import wait_for_screen, wait_until

from .burst import burst, keys_of, open_live
from .conftest import draft_of, make_context


async def test_digits_typed_for_the_lesson_do_not_answer_a_question_that_came_meanwhile(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_live(app, pilot, obs.id)
        await wait_until(pilot, lambda: live.indicators.current_id == "R1", "R1 current")
        burst(app, ["3", "2"])  # typed for R1 and R2 ...
        question = TextPrompt("Profil sekolah", "Nama")
        push_unbidden(app, question)  # ... as a sync's question comes up
        await wait_for_screen(pilot, TextPrompt)
        field = question.query_one("#prompt-text", Input)
        await pilot.pause()
        assert field.value == "", "a digit typed for the lesson went into the question"
        assert "R1" not in live.obs.ratings  # not yet: the question is on top
        burst(app, keys_of("Ok"))  # typed for the question, after it came
        await wait_until(pilot, lambda: field.value == "Ok", lambda: f"'Ok' in the question, not {field.value!r}")
        burst(app, ["escape"])
        await wait_until(
            pilot,
            lambda: {k: r.level for k, r in live.obs.ratings.items()} == {"R1": "3", "R2": "2"},
            lambda: f"the digits scored in order, not {live.obs.ratings}",
        )


async def test_a_name_typed_after_n_goes_to_its_field_not_to_a_question_that_came_between(school_dir: Path) -> None:
    from observasi.tui.screens.new_observation_screen import NewObservationScreen

    context = make_context(school_dir)
    draft_of(context)  # the home screen's "Lanjutkan" button has the focus
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(app, ["n", "S", "i", "t"])
        question = TextPrompt("Profil sekolah", "Nama")
        push_unbidden(app, question)
        await wait_for_screen(pilot, TextPrompt)
        field = question.query_one("#prompt-text", Input)
        await pilot.pause()
        assert field.value == ""
        burst(app, ["escape"])
        screen = await wait_for_screen(pilot, NewObservationScreen)
        name = screen.query_one("#teacher", Input)
        await wait_until(pilot, lambda: name.value == "Sit", lambda: f"'Sit' in the name field, not {name.value!r}")
