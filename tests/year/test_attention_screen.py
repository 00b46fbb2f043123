"""The home screen says what needs attention; each list is one key away, and a follow-up
is marked done there with a note and a day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from observasi.core import changes as ch
from observasi.core.record import FollowUp, FollowUpStatus
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.followup_done import FollowUpDoneDialog
from observasi.tui.screens.attention_screen import AttentionScreen
from observasi.tui.screens.home_screen import HomeScreen
from tests.conftest import edit
from tests.tui.conftest import draft_of, make_context
from tests.waiting import wait_for_screen, wait_until


def _panel(screen: HomeScreen) -> str:
    return str(screen.query_one("#attention").render())


async def test_an_overdue_follow_up_is_marked_done_from_the_home_screen(school_dir: Path) -> None:
    context = make_context(school_dir)
    today = dt.date.today()
    # Siti: observed a while ago, with a follow-up due three days ago.
    siti = draft_of(context, 0, (today - dt.timedelta(days=1)).isoformat())
    due = (today - dt.timedelta(days=3)).isoformat()
    item = FollowUp(action="Menyusun asesmen formatif", due=due)
    edit(context.store, siti.id, ch.StartLesson(), ch.EndLesson(), ch.SaveFollowUp(item))
    # Ahmad: a draft for today (planned this week).
    draft_of(context, 1, today.isoformat())
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        assert "Terjadwal minggu ini: 1" in _panel(home)
        assert "Belum diobservasi: 2 dari 3 guru" in _panel(home)  # Ahmad and Dewi
        assert "Tindak lanjut: 1 lewat batas, 0 jatuh tempo" in _panel(home)
        home.query_one("#observations").focus()
        await pilot.press("3")
        screen = await wait_for_screen(pilot, AttentionScreen)
        await wait_until(pilot, lambda: screen.found is not None, "the attention list")
        await pilot.press("enter")
        dialog = await wait_for_screen(pilot, FollowUpDoneDialog)
        dialog.query_one("#done-note", Input).value = "Exit ticket dipakai di tiap pertemuan"
        dialog.query_one("#done-date", Input).value = today.strftime("%d/%m/%Y")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AttentionScreen)
        stored = context.store.get_observation(siti.id).followups[0]
        assert (stored.status, stored.done_on, stored.done_note) == (
            FollowUpStatus.done,
            today.isoformat(),
            "Exit ticket dipakai di tiap pertemuan",
        )
        await wait_until(pilot, lambda: screen.found is not None and not screen.found.overdue, "no overdue left")
        await pilot.press("escape")
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "0 lewat batas" in _panel(home), lambda: _panel(home))


async def test_a_file_is_attached_from_the_home_screen(school_dir: Path, tmp_path: Path) -> None:
    from textual.widgets import DataTable

    from observasi.tui.dialogs.file_picker import FilePicker
    from observasi.tui.dialogs.questions import ConfirmDialog
    from observasi.tui.screens.attachments_screen import AttachmentsScreen

    context = make_context(school_dir)
    obs = draft_of(context, 0, dt.date.today().isoformat())
    modul = tmp_path / "Modul Ajar.pdf"
    modul.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("l")
        screen = await wait_for_screen(pilot, AttachmentsScreen)
        await pilot.press("a")
        form = await wait_for_screen(pilot, FilePicker)  # a path can still be typed there
        form.query_one("#field-path", Input).value = str(tmp_path / "tidak-ada.pdf")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FilePicker)  # refused: the dialog stays with what was typed
        form.query_one("#field-path", Input).value = f'"{modul}"'  # as Windows' "Copy as path" gives it
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AttachmentsScreen)
        table = screen.query_one("#attachments-list", DataTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the attachment listed")
        assert [a.name for a in context.store.get_observation(obs.id).attachments] == ["Modul Ajar.pdf"]
        table.focus()
        await pilot.press("delete")
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AttachmentsScreen)
        await wait_until(pilot, lambda: table.row_count == 0, "the attachment gone")
        assert dialog.is_attached is False
        assert context.store.get_observation(obs.id).attachments == []
