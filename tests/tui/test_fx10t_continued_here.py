"""A lesson begun on laptop A and continued on laptop B ("Tetap lanjutkan di sini").

The walk (F3): on B, ctrl+q said "Pelajaran … masih berjalan … buka lagi lalu tekan c untuk
melanjutkan"; after a reopen, c said there was none and Beranda had no "▶ Lanjutkan" line
(c left out every lesson a colleague began on another laptop, the quit question did not).
One query now decides what c continues, and the quit question asks only about those: a
colleague's lesson B has taken on (chosen to continue, edited or revised on B) is both."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from observasi.core import changes as ch
from observasi.queries.lessons import running_lesson
from observasi.queries.observations import colleagues_unfinished, continue_here, to_resume
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.conftest import edit
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import make_context
from .test_colleagues_record import open_from_list, principals_lesson


def test_the_quit_question_and_c_agree_on_a_colleagues_lesson(tmp_path: Path, school_dir: Path) -> None:
    b, obs_id = principals_lesson(tmp_path, school_dir)
    # Untouched on B: not B's to resume, and quitting B leaves nothing of it behind.
    assert to_resume(b) == (None, 0)
    assert running_lesson(b) is None
    continue_here(b, obs_id)  # "Tetap lanjutkan di sini"
    resumed, count = to_resume(b)
    assert resumed is not None and resumed.id == obs_id and count == 1
    running = running_lesson(b)
    assert running is not None and running.obs_id == obs_id
    assert colleagues_unfinished(b, obs_id) is None  # not warned about a second time


def test_a_colleagues_lesson_edited_here_is_resumed_here_before_and_after_a_sync(
    tmp_path: Path, school_dir: Path
) -> None:
    b, obs_id = principals_lesson(tmp_path, school_dir)
    edit(b.store, obs_id, ch.AddEvidence("Siswa bertanya tentang fotosintesis"))
    resumed, _ = to_resume(b)
    assert resumed is not None and resumed.id == obs_id
    sync(b, tmp_path / "Drive")  # B's edit becomes B's revision, sent to the folder
    assert not b.store.query("select 1 from observations where id = ? and unrevised = 1", [obs_id])
    resumed, _ = to_resume(b)
    assert resumed is not None and resumed.id == obs_id
    assert running_lesson(b) is not None


async def test_quit_mid_lesson_on_b_then_c_opens_that_lesson(tmp_path: Path, school_dir: Path) -> None:
    b, obs_id = principals_lesson(tmp_path, school_dir)
    app = ObservasiApp(b)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_from_list(app, pilot)
        dialog.query_one("#confirm", Button).press()  # "Tetap lanjutkan di sini"
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("ctrl+q")
        question = await wait_for_screen(pilot, ConfirmDialog)
        said = " ".join(str(s.render()) for s in question.query(".dialog-line").results())
        assert "tekan c untuk melanjutkan" in said
        # True with a note still open too: it is kept as a draft and put back (walk11: the
        # question said "tersimpan" over an unsaved note).
        assert "yang masih terbuka dikembalikan" in " ".join(said.split())
        question.query_one("#confirm", Button).press()  # "Keluar"
        await wait_until(pilot, lambda: app.quitting, "the app to quit")
    b.store.close()

    again = make_context(tmp_path / "B")  # B opened again
    app = ObservasiApp(again)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        assert home.query_one("#resume", Button).display, "Beranda offers ▶ Lanjutkan"
        await pilot.press("c")
        live = await wait_for_screen(pilot, ObservationScreen)  # no warning in between
        assert live.obs_id == obs_id


async def test_c_names_a_colleagues_lesson_instead_of_saying_there_is_none(tmp_path: Path, school_dir: Path) -> None:
    b, _ = principals_lesson(tmp_path, school_dir)
    app = ObservasiApp(b)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        notes = notifications(app)
        await pilot.press("c")
        await wait_until(pilot, lambda: bool(notes), "c's answer")
    assert "Tidak ada observasi" not in notes[0]
    assert "Budi Santoso, M.Pd." in notes[0] and "di laptop lain" in notes[0]
