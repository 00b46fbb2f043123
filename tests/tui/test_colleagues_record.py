"""A lesson the principal began on laptop A, synced to the vice-principal's laptop B.

The walk's vice-principal was offered "Lanjutkan" for it on the home screen: continuing a
colleague's unfinished record on another laptop makes two versions of it, a conflict.
The home screen offers only this laptop's observer's own; opened from the list, the
record's owner is named and the first answer only shows it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, DataTable

from observasi.context import AppContext
from observasi.core.record import Status
from observasi.store.models import Observer
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from tests.privacy.enrolled import join
from tests.waiting import wait_for_screen, wait_until

from .conftest import lesson_on, make_context, prepare

PRINCIPAL = "Budi Santoso, M.Pd."  # laptop A's observer (tests.tui.conftest.prepare)


def principals_lesson(tmp_path: Path, school_dir: Path) -> tuple[AppContext, str]:
    """The principal's lesson under way on laptop A, synced to the vice-principal's laptop B
    (which joined the school): B's context and the record's id."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    sync(a, shared)
    prepare(tmp_path / "B")
    b = make_context(tmp_path / "B")
    vice = b.store.save_observer(Observer(id="8" * 32, name="Drs. Wakil Kepala", id_number="197501012000031001"))
    b.store.set_setting("self_observer_id", vice.id)
    join(a, b, shared)
    obs_id = lesson_on(a, "supervisi-akademik", minutes_ago=5)
    sync(a, shared)
    sync(b, shared)
    assert b.store.get_observation(obs_id).status is Status.observing
    return b, obs_id


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


async def test_a_colleagues_lesson_opens_for_viewing_first(tmp_path: Path, school_dir: Path) -> None:
    context, obs_id = principals_lesson(tmp_path, school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_from_list(app, pilot)
        await pilot.press("enter")  # the first answer: only view
        view = await wait_for_screen(pilot, RecordScreen)
        assert view.obs_id == obs_id
    assert context.store.get_observation(obs_id).observer_id == "0" * 32  # still the principal's


async def test_a_colleagues_lesson_can_be_continued_after_the_warning(tmp_path: Path, school_dir: Path) -> None:
    context, obs_id = principals_lesson(tmp_path, school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_from_list(app, pilot)
        dialog.query_one("#confirm", Button).press()
        live = await wait_for_screen(pilot, ObservationScreen)
        assert live.obs_id == obs_id


def test_a_colleagues_record_made_on_this_laptop_is_not_asked_about(school_dir: Path) -> None:
    """A laptop two observers share: the other's record has no version elsewhere, no conflict."""
    from observasi.queries.observations import colleagues_unfinished, to_resume

    context = make_context(school_dir)
    other = context.store.save_observer(Observer(id="8" * 32, name="Drs. Wakil Kepala"))
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    store = context.store
    store.put_observation(
        store.get_observation(obs_id).model_copy(update={"observer_id": other.id, "observer": other.as_person()})
    )
    assert colleagues_unfinished(context, obs_id) is None
    resumed, _ = to_resume(context)
    assert resumed is not None and resumed.id == obs_id
