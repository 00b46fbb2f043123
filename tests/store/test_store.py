"""The local database: durable changes, locking, amendments, revisions, versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.lesson import elapsed_seconds
from observasi.core.record import FollowUp, Observation, Status, content_hash
from observasi.errors import UserError
from observasi.store.store import RecordLocked, Store
from tests.conftest import edit, make_observation


def _reopen(store: Store) -> Store:
    """A second connection, as a restarted program would see the file."""
    return Store(store.data_dir)


def test_database_uses_wal_and_full_sync(store: Store) -> None:
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("pragma synchronous").fetchone()[0] == 2  # FULL


def test_every_change_is_visible_to_another_connection_at_once(store: Store, draft: Observation) -> None:
    other = _reopen(store)
    edit(store, draft.id, ch.Rate("R1", "3"))
    assert other.get_observation(draft.id).ratings["R1"].level == "3"
    edit(store, draft.id, ch.SetNote("R1", "Tujuan ditulis di papan"))
    edit(store, draft.id, ch.StartLesson("pendahuluan"))
    edit(store, draft.id, ch.AddEvidence("Guru membuka dengan salam", "I1"))
    edit(store, draft.id, ch.CountTally("tanya"))
    edit(store, draft.id, ch.CountTally("tanya"))
    edit(store, draft.id, ch.AnswerReflection("Q1", "Diskusi berjalan"))
    edit(store, draft.id, ch.SaveFollowUp(FollowUp(action="Asesmen formatif", due="2026-12-20")))
    seen = other.get_observation(draft.id)
    assert seen.ratings["R1"].note == "Tujuan ditulis di papan" and seen.ratings["R1"].level == "3"
    assert seen.status is Status.observing and seen.current_stage == "pendahuluan"
    assert [e.text for e in seen.evidence] == ["Guru membuka dengan salam"]
    assert seen.evidence[0].indicator_id == "I1"
    assert seen.tallies == {"tanya": 2}
    assert seen.reflection == {"Q1": "Diskusi berjalan"}
    assert seen.followups[0].action == "Asesmen formatif"
    other.close()


def test_rating_keeps_the_note_and_updates_the_cached_nilai(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.SetNote("I1", "aktif"))
    edit(store, draft.id, ch.Rate("I1", "4"))
    edit(store, draft.id, ch.Rate("R1", "2"))
    summary = store.list_observations()[0]
    assert (summary.nilai, summary.predikat, summary.scored, summary.total) == ("75.00", "Cukup", 2, 5)
    assert store.get_observation(draft.id).ratings["I1"].note == "aktif"
    edit(store, draft.id, ch.MarkNA("I1"))
    assert store.list_observations()[0].nilai == "50.00"


def test_unknown_indicator_or_level_is_refused(store: Store, draft: Observation) -> None:
    with pytest.raises(UserError):
        edit(store, draft.id, ch.Rate("NOPE", "3"))
    with pytest.raises(UserError):
        edit(store, draft.id, ch.Rate("R1", "9"))


def test_final_record_is_locked_and_amended_with_a_reason(store: Store, draft: Observation) -> None:
    for indicator in ("R1", "R2", "I1", "I2", "I3"):
        edit(store, draft.id, ch.Rate(indicator, "3"))
    digest = edit(store, draft.id, ch.Finalise()).event(ch.Finalised).content_hash
    final = store.get_observation(draft.id)
    assert final.status is Status.final and final.finalized_at
    assert digest == content_hash(final)
    with pytest.raises(RecordLocked):
        edit(store, draft.id, ch.Rate("R1", "4"))
    with pytest.raises(RecordLocked):
        edit(store, draft.id, ch.AddEvidence("late"))
    with pytest.raises(UserError):
        edit(store, draft.id, ch.Amend("   ", "Budi"))
    edit(store, draft.id, ch.Amend("Salah ketik skor R1", "Budi Santoso"))
    edit(store, draft.id, ch.Rate("R1", "4"))
    edit(store, draft.id, ch.Finalise())
    amended = store.get_observation(draft.id)
    assert amended.ratings["R1"].level == "4"
    assert [a.reason for a in amended.amendments] == ["Salah ketik skor R1"]
    assert amended.amendments[0].previous_hash == digest
    # The first final state is still in the history, unchanged.
    finals = [r for r in store.revisions(draft.id) if r.payload["status"] == "final"]
    assert len(finals) == 2
    assert finals[0].payload["ratings"]["R1"]["level"] == "3"


def test_revisions_form_a_chain_with_one_head(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.StartLesson("pendahuluan"))
    edit(store, draft.id, ch.Rate("I1", "2"))
    edit(store, draft.id, ch.EndLesson())
    revisions = store.revisions(draft.id)
    assert len(revisions) == 3
    assert revisions[0].parents == []
    assert revisions[1].parents == [revisions[0].id]
    assert [h.id for h in store.heads(draft.id)] == [revisions[-1].id]
    assert store.record_revision(draft.id) is None  # nothing changed since


def test_delete_leaves_a_tombstone(store: Store, draft: Observation) -> None:
    store.delete_observation(draft.id)
    assert store.list_observations() == []
    assert store.heads(draft.id)[0].deleted


def test_lesson_clock_excludes_pauses(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.StartLesson("pendahuluan"))
    store.db.execute(
        "update observations set started_at = '2026-11-24T01:00:00Z', paused_at = '2026-11-24T01:20:00Z' where id = ?",
        [draft.id],
    )
    store.db.conn.commit()
    assert elapsed_seconds(store.get_observation(draft.id)) == 20 * 60
    edit(store, draft.id, ch.TogglePause())
    resumed = store.get_observation(draft.id)
    assert resumed.paused_at is None
    # 20 minutes observed before the pause, and (almost) nothing since resuming.
    assert 20 * 60 <= elapsed_seconds(resumed) <= 20 * 60 + 5


def test_stage_marks_record_the_lesson_minute(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.StartLesson("pendahuluan"))
    store.db.execute("update observations set started_at = '2000-01-01T00:00:00Z' where id = ?", [draft.id])
    store.db.conn.commit()
    mark = edit(store, draft.id, ch.MarkStage("inti")).event(ch.StageMarked)
    assert mark.minute > 1000
    assert [m.stage for m in store.get_observation(draft.id).stage_marks] == ["pendahuluan", "inti"]


def test_ids_resolve_from_a_prefix(store: Store, mini_form: Instrument) -> None:
    obs = make_observation(store, mini_form)
    assert store.resolve_id(obs.id[:6].upper()) == obs.id
    with pytest.raises(UserError):
        store.resolve_id("ab")
    with pytest.raises(UserError):
        store.resolve_id("zzzzzz")


def test_list_filters_search_and_sorts(store: Store, mini_form: Instrument) -> None:
    a = make_observation(store, mini_form, "Siti Aminah", "2026-08-01")
    b = make_observation(store, mini_form, "Bambang Priyo", "2026-09-01")
    edit(store, b.id, ch.Rate("R1", "4"))
    assert [s.id for s in store.list_observations()] == [b.id, a.id]
    assert [s.id for s in store.list_observations(order="date_asc")] == [a.id, b.id]
    assert [s.id for s in store.list_observations(search="bambang")] == [b.id]
    assert [s.id for s in store.list_observations(teacher_id=a.teacher_id)] == [a.id]
    assert [s.id for s in store.list_observations(order="nilai_desc")][0] == b.id
    assert store.list_observations(status="final") == []
    assert [s.id for s in store.list_observations(date_from="2026-08-15")] == [b.id]


def test_whole_record_round_trips(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.Rate("R1", "3"))
    edit(store, draft.id, ch.AddEvidence("x"))
    original = store.get_observation(draft.id)
    other = Store(store.data_dir.parent / "other")
    other.remember_form(store.instrument(original.form_hash))
    other.put_observation(original)
    assert other.get_observation(draft.id) == original
    other.close()


def test_old_record_renders_after_the_form_file_changes(
    store: Store, draft: Observation, mini_form: Instrument
) -> None:
    # The form's content is kept in the database, so nothing depends on the file anymore.
    fresh = _reopen(store)
    assert fresh.instrument(draft.form_hash) == mini_form
    fresh.close()


def test_database_from_a_newer_program_is_refused_plainly(store: Store) -> None:
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "observasi", "name": "m999_from_the_future", "applied_at": "x"}
    )
    store.close()
    with pytest.raises(UserError) as info:
        Store(store.data_dir)
    assert "lebih baru" in info.value.message


def test_damaged_database_file_is_refused_plainly(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "observasi.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError) as info:
        Store(data_dir)
    assert "rusak" in info.value.message and "observasi.db" in info.value.message


def test_data_dir_that_is_a_file_is_refused_plainly(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(UserError):
        Store(target)


def test_settings_and_device_id_persist(store: Store) -> None:
    store.set_setting("lang", "en")
    device = store.device_id
    again = _reopen(store)
    assert again.get_setting("lang") == "en"
    assert again.device_id == device and len(device) == 16
    again.close()


def test_no_sqlite_connection_is_left_in_a_transaction(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.Rate("R1", "3"))
    assert not store.db.conn.in_transaction
    with pytest.raises(RecordLocked):
        edit(store, draft.id, ch.Finalise())
        edit(store, draft.id, ch.Rate("R1", "1"))
    assert not store.db.conn.in_transaction
    assert isinstance(store.db.conn, sqlite3.Connection)


def test_a_record_in_conflict_cannot_be_edited_until_resolved(store: Store, draft: Observation) -> None:
    store.db["sync_conflicts"].insert(
        {"observation_id": draft.id, "heads": "[]", "detected_at": "2026-11-24T01:00:00Z"}
    )
    with pytest.raises(RecordLocked) as info:
        edit(store, draft.id, ch.Rate("R1", "3"))
    assert "konflik" in info.value.message
    store.db.execute("delete from sync_conflicts")
    store.db.conn.commit()
    edit(store, draft.id, ch.Rate("R1", "3"))


def test_an_older_database_gets_the_newer_migrations_and_keeps_its_records(data_dir: Path) -> None:
    """A database made by an earlier version (only the first migration) is brought up to
    date on open; what sqlite-utils records as applied is what the store reads back."""
    import sqlite3

    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from observasi.store.schema import MIGRATION_SET, applied_migrations, known_migrations, m001_initial

    data_dir.mkdir(parents=True)
    older = Migrations(MIGRATION_SET)
    older()(m001_initial)
    db = Database(data_dir / "observasi.db")
    older.apply(db)
    db["teachers"].insert({"id": "t1", "name": "Guru Lama", "active": 1})
    db.close()

    store = Store(data_dir)
    assert [t.name for t in store.list_teachers()] == ["Guru Lama"]
    assert store.query("select count(*) as n from sync_log")[0]["n"] == 0  # m005's table exists
    assert {m.name for m in Migrations(MIGRATION_SET).applied(store.db)} == set(known_migrations())
    store.close()
    conn = sqlite3.connect(data_dir / "observasi.db")
    assert applied_migrations(conn) == set(known_migrations())
    conn.close()


def test_list_rows_read_empty_columns_as_empty_text(store: Store, draft: Observation) -> None:
    """A record whose optional text columns are NULL (an older row, say) still lists."""
    store.conn.execute("update observations set subject = null, topic = null, scored = null where id = ?", [draft.id])
    store.conn.commit()
    [row] = store.list_observations()
    assert (row.subject, row.topic, row.scored, row.nilai) == ("", "", 0, None)
    assert row.teacher_name == draft.teacher.name


def test_only_the_store_writes(store: Store) -> None:
    assert store.query("select count(*) as n from observations") == [{"n": 0}]
    with pytest.raises(ValueError):
        store.query("delete from observations")
