"""A record made final leaves nothing of its lesson beside it (fix11-lesson): its
continuation here, its cursor, and the drafts whose text is saved in it go; a draft holding
text nobody saved stays (nothing typed is dropped by finalising) and is named."""

from __future__ import annotations

import pytest

from observasi.core import changes as ch
from observasi.core.record import Observation
from observasi.record import LiveRecord
from observasi.record.unsaved import unsaved_drafts
from observasi.store import Store
from observasi.store.note_drafts import LINE, NOTE
from observasi.store.records import CONTINUED_HERE, CURSOR_AT


def test_finalising_drops_the_lesson_leftovers_and_keeps_unsaved_text(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    for change in (ch.StartLesson(), ch.Rate("R1", "3"), ch.AddEvidence("Siswa bertanya"), ch.EndLesson()):
        live.apply(change)
    store.continue_here(draft.id)
    store.keep_cursor(draft.id, {"at": "I2", "scores": "x"})
    store.keep_note_draft(draft.id, "", "Siswa bertanya", None, LINE)  # saved: the last line
    store.keep_note_draft(draft.id, "R1", "Contoh dari pasar", None, NOTE)  # never saved
    assert unsaved_drafts(store, live.record) == {NOTE: "R1: Contoh dari pasar"}

    live.apply(ch.Finalise())

    keys = set(store.all_settings())
    assert CONTINUED_HERE + draft.id not in keys and CURSOR_AT + draft.id not in keys
    assert store.note_draft(draft.id, LINE) is None
    kept = store.note_draft(draft.id, NOTE)
    assert kept is not None and kept.note == "Contoh dari pasar"


def test_the_cursors_place_waits_only_as_long_as_it_is_told_behind_another_program(
    store: Store, draft: Observation
) -> None:
    """The live screen keeps its cursor's place from the screens' thread: behind another
    program's write it must give up as quickly as a score does (review11: a key took 3 s
    to show while the command line synced), and be kept once that write is done."""
    import sqlite3

    from observasi.store import StoreBusy

    place = {"at": "R1", "scores": "x"}
    blocker = sqlite3.connect(str(store.path), isolation_level=None)
    blocker.execute("begin immediate")  # another program in the middle of a write
    try:
        with pytest.raises(StoreBusy):
            store.keep_cursor(draft.id, place, wait=0.05)
    finally:
        blocker.execute("rollback")
        blocker.close()
    store.keep_cursor(draft.id, place, wait=0.05)
    assert store.kept_cursor(draft.id) == place
