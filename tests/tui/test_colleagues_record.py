"""A lesson the principal began on laptop A, synced to the vice-principal's laptop B.

The walk's vice-principal was offered "Lanjutkan" for it on the home screen: continuing a
colleague's unfinished record on another laptop makes two versions of it, a conflict.
The home screen offers only this laptop's observer's own; opened from the list, the
record's owner is named and the first answer only shows it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, DataTable

from observasi.core.record import Status
from observasi.store.models import Observer
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from tests.waiting import wait_for_screen, wait_until

from .conftest import draft_of, make_context

PRINCIPAL = "Dra. Sri Wahyuningsih"


def principals_lesson(school_dir: Path) -> tuple[object, str]:
    """A lesson under way that the principal (not this laptop's observer) began."""
    context = make_context(school_dir)
    store = context.store
    principal = store.save_observer(Observer(id="9" * 32, name=PRINCIPAL, id_number="196801011990032001"))
    obs = draft_of(context)
    store.put_observation(
        store.get_observation(obs.id).model_copy(
            update={
                "observer_id": principal.id,
                "observer": principal.as_person(),
                "status": Status.observing,
                "started_at": "2026-11-24T01:00:00Z",
            }
        )
    )
    return context, obs.id


async def open_from_list(app: ObservasiApp, pilot) -> ConfirmDialog:  # type: ignore[no-untyped-def]
    home = await wait_for_screen(pilot, HomeScreen)
    assert not home.query_one("#resume", Button).display, "a colleague's lesson is not offered to continue"
    table = home.query_one("#observations", DataTable)
    await wait_until(pilot, lambda: table.row_count == 1, "the lesson in the list")
    table.focus()
    await wait_until(pilot, lambda: app.focused is table, "the list")
    await pilot.press("enter")
    dialog = await wait_for_screen(pilot, ConfirmDialog)
    said = " ".join(str(s.render()) for s in dialog.query(".dialog-line").results())
    assert PRINCIPAL in dialog.heading and "konflik" in said
    return dialog


async def test_a_colleagues_lesson_opens_for_viewing_first(school_dir: Path) -> None:
    context, obs_id = principals_lesson(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_list(app, pilot)
        await pilot.press("enter")  # the first answer: only view
        view = await wait_for_screen(pilot, RecordScreen)
        assert view.obs_id == obs_id
    assert context.store.get_observation(obs_id).observer_id == "9" * 32


async def test_a_colleagues_lesson_can_be_continued_after_the_warning(school_dir: Path) -> None:
    context, obs_id = principals_lesson(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_from_list(app, pilot)
        dialog.query_one("#confirm", Button).press()
        live = await wait_for_screen(pilot, ObservationScreen)
        assert live.obs_id == obs_id
