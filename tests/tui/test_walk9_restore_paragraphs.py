"""A note of two paragraphs (a conflict resolved with both laptops' texts) in the history
and the restore question: the walk read "Catatan A … (blank line) Catatan B … → Catatan A …"
and could not tell where the old note ended. Each value is set out under the part,
labelled "sebelum" / "sesudah"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from observasi.core import changes as ch
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.versions_screen import VersionsScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_until

from .conftest import draft_of, make_context

NOTE_A = "Catatan A: tujuan sudah terukur dan sesuai CP."
NOTE_B = "Catatan B: alokasi waktu tidak dicantumkan di modul."


async def test_a_two_paragraph_note_is_set_out_in_the_restore_question(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context)
    store = context.store
    edit(store, obs.id, ch.SetNote("R1", f"{NOTE_A}\n\n{NOTE_B}"))  # both laptops' notes kept
    store.record_revision(obs.id)
    edit(store, obs.id, ch.SetNote("R1", NOTE_A))
    store.record_revision(obs.id)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        table = home.query_one("#observations", DataTable)
        table.focus()
        await wait_until(pilot, lambda: table.has_focus and table.row_count == 1, "the list with the record")
        await pilot.press("v")
        await wait_for_screen(pilot, VersionsScreen)
        await pilot.press("down", "p")  # restore version 2, the note of two paragraphs
        dialog = await wait_for_screen(pilot, ConfirmDialog)
        lines = "\n".join(dialog.lines).splitlines()
        start = next(n for n, line in enumerate(lines) if line.startswith("• Catatan skor R1"))
        assert lines[start].endswith(":")
        assert lines[start + 1 : start + 5] == [
            f"  sebelum: {NOTE_A}",
            f"  sesudah: {NOTE_A}",
            "",
            f"    {NOTE_B}",
        ]
