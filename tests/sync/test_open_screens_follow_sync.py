"""An open screen shows what a sync brought (issue 13): the reflection screen takes the
colleague's new texts, but what the user typed and has not saved stays and the screen
says a newer version arrived; the record's detail screen shows the newer version."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widgets import Input, Static, TextArea

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_for_text, wait_until


def toasts(app: App[Any]) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_reflection_screen_shows_what_a_sync_brought(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    edit(a.store, obs.id, ch.StartLesson(), ch.EndLesson(), ch.SetDetails({"strengths": "Dari A"}))
    a.sync()
    b.sync()
    app: App[Any] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReflectionScreen(a.context, obs.id))
        screen = await wait_for_screen(pilot, ReflectionScreen)
        strengths = screen.query_one("#strengths", TextArea)
        assert strengths.text == "Dari A"
        edit(b.store, obs.id, ch.SetDetails({"strengths": "Ditulis di laptop B", "improvements": "Waktu"}))
        b.sync()
        a.sync()  # while the screen is open, as the sync screen or the command line does
        await wait_until(pilot, lambda: strengths.text == "Ditulis di laptop B", "B's strengths on A's screen")
        assert screen.query_one("#improvements", TextArea).text == "Waktu"
        # What changed is named, not only that something did (the walk's F8).
        said = lambda: [m for m in toasts(app) if "diubah di tempat lain (sinkronisasi): " in m]  # noqa: E731
        await wait_until(pilot, said, lambda: f"the notice; said {toasts(app)}")
        assert "Ditulis di laptop B" in said()[0]
        # Typing goes on from what is shown: nothing of B's is overwritten by a stale screen.
        strengths.text = "Ditulis di laptop B. Tambahan A"
        await wait_until(
            pilot,
            lambda: a.store.get_observation(obs.id).strengths == "Ditulis di laptop B. Tambahan A",
            "A's addition saved",
        )
        assert a.store.get_observation(obs.id).improvements == "Waktu"


async def test_what_the_user_typed_and_did_not_save_stays(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    edit(a.store, obs.id, ch.StartLesson(), ch.EndLesson())
    a.sync()
    b.sync()
    app: App[Any] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReflectionScreen(a.context, obs.id))
        screen = await wait_for_screen(pilot, ReflectionScreen)
        ack = screen.query_one("#ack", Input)
        ack.value = "Siti Aminah"  # typed, Enter not pressed yet: not saved
        edit(b.store, obs.id, ch.Acknowledge("Pak Budi"), ch.SetDetails({"improvements": "Dari B"}))
        b.sync()
        a.sync()
        improvements = screen.query_one("#improvements", TextArea)
        await wait_until(pilot, lambda: improvements.text == "Dari B", "B's text shown")
        assert ack.value == "Siti Aminah", "the unsaved name is kept"
        await wait_until(pilot, lambda: any("belum tersimpan tetap" in m for m in toasts(app)), "the warning")
        shown = str(screen.query_one("#ack-state", Static).render())
        assert "Pak Budi" in shown  # what is stored is said beside it


async def test_the_record_screen_shows_the_newer_version(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    app: App[Any] = App()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(RecordScreen(a.context, obs.id))
        screen = await wait_for_screen(pilot, RecordScreen)
        edit(b.store, obs.id, ch.SetDetails({"topic": "Topik baru dari B"}))
        b.sync()
        a.sync()
        await wait_for_text(pilot, "Topik baru dari B")
        assert screen.obs.topic == "Topik baru dari B"


async def test_a_score_a_sync_changed_on_the_open_lesson_is_said(devices, mini_form: Instrument) -> None:
    """The walk (F8): a conflict decided on laptop A changed B's open scoring screen from
    "[ 2 ] R1" to "[ 4 ] R1" without a word. The screen says which score changed, to what."""
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    edit(a.store, obs.id, ch.StartLesson(), ch.Rate("R1", "2"))
    a.sync()
    b.sync()
    app: App[Any] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ObservationScreen(a.context, obs.id))
        screen = await wait_for_screen(pilot, ObservationScreen)
        assert screen.obs.ratings["R1"].level == "2"
        edit(b.store, obs.id, ch.Rate("R1", "4"))
        b.sync()
        a.sync()  # while the screen is open
        await wait_until(pilot, lambda: screen.obs.ratings["R1"].level == "4", "B's score on A's screen")
        said = lambda: [m for m in toasts(app) if "diubah di tempat lain (sinkronisasi): " in m]  # noqa: E731
        await wait_until(pilot, said, lambda: f"the notice; said {toasts(app)}")
        assert "R1" in said()[0] and "2 (" in said()[0] and "→ 4 (" in said()[0], said()
