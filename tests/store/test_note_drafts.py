"""An indicator's note draft (m158) is the record's until the note is saved or cancelled,
and goes with the record: deleted here, deleted by a colleague's tombstone applied whole,
or erased by a forget, no typed note of it stays in the database."""

from __future__ import annotations

from observasi.core.record import Observation
from observasi.store.store import Store


def test_a_draft_is_kept_replaced_and_dropped(store: Store, draft: Observation) -> None:
    store.keep_note_draft(draft.id, "R1", "Guru", None)
    store.keep_note_draft(draft.id, "R1", "Guru memakai contoh", "")
    kept = Store(store.data_dir).note_draft(draft.id)  # another connection: it is committed
    assert kept is not None and (kept.indicator_id, kept.note, kept.recommendation) == ("R1", "Guru memakai contoh", "")
    store.drop_note_draft(draft.id)
    assert store.note_draft(draft.id) is None


def test_a_deleted_record_takes_its_draft_with_it(store: Store, draft: Observation) -> None:
    store.keep_note_draft(draft.id, "R1", "Nama siswa: Budi", None)
    store.delete_observation(draft.id)
    assert store.note_draft(draft.id) is None


def test_a_record_written_whole_as_deleted_takes_its_draft_with_it(store: Store, draft: Observation) -> None:
    """What a forget (here or applied from a colleague) and a colleague's tombstone do."""
    store.keep_note_draft(draft.id, "R1", "Nama siswa: Budi", None)
    store.put_observation(draft, deleted=True)
    assert store.note_draft(draft.id) is None


def test_the_evidence_line_and_a_note_keep_a_draft_each(store: Store, draft: Observation) -> None:
    """A half-typed evidence line can sit under an open note dialog: one draft each (m160),
    dropped one by one, both gone with the record."""
    store.keep_note_draft(draft.id, "R1", "Guru memakai contoh", None)
    store.keep_note_draft(draft.id, "", "Kelompok 3 belum paham", None, "line")
    fresh = Store(store.data_dir)
    note, line = fresh.note_draft(draft.id), fresh.note_draft(draft.id, "line")
    assert note is not None and note.note == "Guru memakai contoh"
    assert line is not None and line.note == "Kelompok 3 belum paham"
    store.drop_note_draft(draft.id, "line")
    assert store.note_draft(draft.id, "line") is None and store.note_draft(draft.id) is not None
    store.keep_note_draft(draft.id, "", "Siswa ribut", None, "line")
    store.delete_observation(draft.id)
    assert store.note_draft(draft.id) is None and store.note_draft(draft.id, "line") is None
