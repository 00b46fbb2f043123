"""Text from outside is shown as text: a teacher's name carrying a terminal sequence
(``ESC[2J`` clears a terminal) and Rich markup, stored before the program refused such
names (or brought by a crafted revision), leaves the home screen whole."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.notifications import Notification, Notify

from observasi.core.record import Status
from observasi.store.models import Teacher
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import screen_text, wait_for_screen, wait_for_workers, wait_until

from .conftest import draft_of, make_context
from .test_snapshots import SMALL, opener

HOSTILE_NAME = "Siti\x1b[2J\x1b]0;pwned\x07 [bold red]Aminah[/] \u202eevil"


def hostile_app(data_dir: Path) -> ObservasiApp:
    context = make_context(data_dir, "id")
    # Saved through the store, under the text boundary: as an older version kept it.
    context.store.save_teacher(Teacher(id=f"{1:032d}", name=HOSTILE_NAME, subject="IPA [i]x[/i]"))
    obs = draft_of(context)
    context.store.put_observation(obs.model_copy(update={"status": Status.draft}))
    return ObservasiApp(context)


def test_home_survives_a_name_with_an_escape_sequence(snap_compare, school_dir: Path) -> None:
    assert snap_compare(hostile_app(school_dir), terminal_size=SMALL, run_before=opener(None))


async def test_the_name_is_shown_as_typed_without_the_sequence(school_dir: Path) -> None:
    app = hostile_app(school_dir)
    async with app.run_test(size=SMALL) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: home.table.row_count == 1, "the list")
        await wait_for_workers(pilot)
        row = home.table.get_row_at(0)
        # The sequences' characters gone, the rest kept (cut to the column, as every name);
        # no markup applied (the toast below shows markup as typed).
        assert row[1].plain == "Siti[2J]0;pwned…"
        assert not row[1].spans
        assert "\x1b" not in screen_text(app)
        toasts: list[Notification] = []
        post = app.post_message

        def posting(message: Message) -> bool:
            if isinstance(message, Notify):
                toasts.append(message.notification)
            return post(message)

        app.post_message = posting  # type: ignore[method-assign]
        home.notify("Tersimpan: A\x1b[2J [b]B[/]")  # a toast naming a teacher: text too
        assert [(n.message, n.markup) for n in toasts] == [("Tersimpan: A[2J [b]B[/]", False)]


async def test_a_bad_form_in_the_shared_folder_is_named_and_the_others_offered(school_dir: Path, tmp_path) -> None:
    from textual.widgets import Select

    from observasi.context import AppContext
    from observasi.i18n import set_language
    from observasi.paths import shared_forms_dir
    from observasi.settings import Settings
    from observasi.tui.screens.new_observation_screen import NewObservationScreen
    from tests.waiting import notifications

    shared = tmp_path / "bersama"
    forms = shared_forms_dir(shared)
    assert forms is not None
    forms.mkdir(parents=True)
    (forms / "dalam.toml").write_text("a = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    set_language("id")
    app = ObservasiApp(AppContext(Settings(data_dir=school_dir, shared_folder=shared, lang="id", lang_forced=True)))
    async with app.run_test(size=SMALL) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        said = notifications(app)
        await pilot.press("n")
        new = await wait_for_screen(pilot, NewObservationScreen)
        await wait_until(pilot, lambda: said, "the warning")
        assert said[0].startswith(f"1 berkas instrumen bermasalah dan tidak ditawarkan: {forms / 'dalam.toml'}:1: ")
        offered = new.query_one("#form", Select)
        assert offered.value == "mini"  # the school's own form is still there


async def test_the_resume_button_shows_a_name_with_a_closing_tag_as_text(school_dir: Path) -> None:
    from textual.widgets import Button

    context = make_context(school_dir, "id")
    context.store.save_teacher(Teacher(id=f"{1:032d}", name="Siti [/] [bold]Aminah\x1b[2J"))
    obs = draft_of(context)
    started = "2026-11-24T01:15:00Z"
    context.store.put_observation(
        obs.model_copy(update={"status": Status.observing, "started_at": started, "paused_at": started})
    )
    app = ObservasiApp(context)
    async with app.run_test(size=SMALL) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        button = home.query_one("#resume", Button)
        await wait_until(pilot, lambda: button.display and "Siti" in str(button.label), "the resume button")
        assert "Siti [/] [bold]Aminah[2J" in str(button.label)
        assert app.is_running  # a markup error would have stopped the screen
