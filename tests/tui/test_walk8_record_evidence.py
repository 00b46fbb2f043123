"""The read-only view of an observation shows each evidence line whole. The walk read
"0' Guru membuka dengan salam & doa; 3 siswa terlambat—ditegur dengan rama…" at 80
columns, and no key showed the rest: a final record's evidence could be read in full only
on the printed sheet."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console, Group
from textual.widgets import Static

from observasi.core import changes as ch
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.record_screen import RecordScreen, record_renderables
from tests.conftest import edit
from tests.waiting import wait_for_screen

from .conftest import draft_of, make_context

LONG = (
    "Guru membuka dengan salam & doa; 3 siswa terlambat—ditegur dengan ramah "
    '("silakan duduk"), lalu apersepsi tentang rumah adat Toraja dan Minangkabau.'
)


async def test_a_long_evidence_line_reads_whole_at_80_columns(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs = draft_of(context)
    edit(context.store, obs.id, ch.AddEvidence(LONG, "I1"))
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Record(obs.id))
        screen = await wait_for_screen(pilot, RecordScreen)
        shown = screen.query_one("#record", Static)
        await pilot.pause()
        assert 0 < shown.size.width <= 80
        # What the view draws at its width, every line of it (the view scrolls).
        console = Console(width=shown.size.width, record=True, file=io.StringIO())
        console.print(Group(*record_renderables(screen.scored)))
        text = console.export_text()
        assert "…" not in text
        assert " ".join(LONG.split()) in " ".join(text.split())
