"""A key on the live screen writes few pages (issue 18), and every reader still shows what
the key changed: the score of a record being scored lives in a small row of ``live_scores``
while the record is not final (m141), in the record's own columns once it is; a record
edited since its last revision is marked by a flag that moves only when that answer does
(m142), so the header's "menunggu dikirim" stays true."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.queries.listing import list_items, list_text
from observasi.queries.people import teacher_overview
from observasi.record import LiveRecord
from observasi.settings import Settings
from observasi.store import Store
from tests.conftest import edit, make_observation

FRAME_HEADER = 24


def _frames(store: Store) -> int:
    """The frames the WAL holds now (its automatic checkpoint is off in these tests)."""
    wal = store.data_dir / "observasi.db-wal"
    size = wal.stat().st_size if wal.exists() else 0
    page = store.conn.execute("pragma page_size").fetchone()[0]
    return max(0, size - 32) // (FRAME_HEADER + page)


def test_a_key_on_an_open_record_writes_four_pages_to_the_wal(store: Store, draft: Observation) -> None:
    """The key's commit (synchronous=FULL) appends every page it changed to the WAL; each
    one more is more to write and fsync, and sooner a checkpoint. Before m141 and m142 a
    key wrote seven or eight: the record's nilai and predikat moved its entries in three
    indexes, its version its entry in the index of the records edited since a revision."""
    store.conn.execute("pragma wal_checkpoint(truncate)")
    store.conn.execute("pragma wal_autocheckpoint = 0")
    live = LiveRecord(store, draft.id)
    for indicator in ("R1", "R2", "I1", "I2", "I3"):
        live.apply(ch.Rate(indicator, "2"))  # each rating's row made once, as on any record
    written = []
    for level in ("3", "4", "1", "2"):
        for indicator in ("R1", "R2", "I1", "I2", "I3"):
            before = _frames(store)
            live.apply(ch.Rate(indicator, level))
            written.append(_frames(store) - before)
    # The rating's row, the record's row (its version and time), their entry in the index
    # a sync reads them from (m129), the live score's row.
    assert max(written) <= 4, written


def _context(store: Store) -> AppContext:
    return AppContext(Settings(data_dir=store.data_dir))


def test_every_list_shows_the_score_a_key_saved_on_an_open_record(store: Store, mini_form: Instrument) -> None:
    low = make_observation(store, mini_form, "Siti Aminah", "2026-11-20")
    high = make_observation(store, mini_form, "Rudi Hartono", "2026-11-21")
    edit(store, high.id, ch.Rate("R1", "3"))  # 75, then rescored below it
    edit(store, low.id, ch.Rate("R1", "2"), ch.Rate("R1", "4"))  # 100
    edit(store, high.id, ch.Rate("R1", "1"))  # 25
    context = _context(store)
    try:
        shown = {s.id: (s.nilai, s.scored, s.total) for s in store.list_observations()}
        assert shown[low.id] == ("100.00", 1, 5) and shown[high.id] == ("25.00", 1, 5)
        assert [s.id for s in store.list_observations(order="nilai_desc")] == [low.id, high.id]
        assert [s.id for s in store.list_observations(order="nilai_asc")] == [high.id, low.id]
        text = "\n".join(list_text(context) or [])
        assert "≈100" in text and "≈25" in text and "≈75" not in text, text
        items = {i["id"]: (i["nilai"], i["scored"]) for i in list_items(context)}
        assert items == {low.id: ("100.00", 1), high.id: ("25.00", 1)}
    finally:
        context.store.close()


def test_a_record_cleared_of_every_score_shows_none_not_its_last(store: Store, draft: Observation) -> None:
    edit(store, draft.id, ch.Rate("R1", "3"), ch.ClearRating("R1"))
    (summary,) = store.list_observations()
    assert (summary.nilai, summary.scored) == (None, 0)


def test_a_record_made_final_keeps_its_score_in_its_own_columns(store: Store, draft: Observation) -> None:
    """The teachers screen and the recap read final records' nilai from their indexes."""
    edit(store, draft.id, ch.StartLesson(None))
    for indicator in ("R1", "R2", "I1", "I2", "I3"):
        edit(store, draft.id, ch.Rate(indicator, "3"))
    edit(store, draft.id, ch.EndLesson(), ch.Finalise())
    assert store.query("select count(*) as n from live_scores")[0]["n"] == 0
    (row,) = store.query("select nilai, predikat, scored from observations where id = ?", [draft.id])
    assert (row["nilai"], row["scored"]) == ("75.00", 5) and row["predikat"]
    context = _context(store)
    try:
        (teacher,) = [r for r in teacher_overview(context) if r.id == draft.teacher_id]
        assert teacher.last_nilai == "75.00"
    finally:
        context.store.close()
    # Amended, scored again: open, so its score is live again until it is final again.
    edit(store, draft.id, ch.Amend("salah ketik", "Budi Santoso"), ch.Rate("R1", "4"))
    (summary,) = store.list_observations()
    assert summary.nilai == "80.00" and summary.status != "final"


def test_a_record_written_whole_drops_its_live_score(store: Store, draft: Observation) -> None:
    """A sync applying a colleague's version writes the record's score columns whole: a
    live row left behind would show the score from before."""
    edit(store, draft.id, ch.Rate("R1", "4"))
    theirs = store.get_observation(draft.id)
    theirs = theirs.model_copy(update={"ratings": {"R1": theirs.ratings["R1"].model_copy(update={"level": "1"})}})
    store.put_observation(theirs, revision=False)
    assert store.query("select count(*) as n from live_scores")[0]["n"] == 0
    (summary,) = store.list_observations()
    assert summary.nilai == "25.00"


def test_a_database_from_before_live_scores_is_brought_up_to_date(tmp_path: Path, mini_form: Instrument) -> None:
    old = Store(tmp_path / "old")
    obs = make_observation(old, mini_form)
    edit(old, obs.id, ch.Rate("R1", "3"))
    with old.db.atomic():
        old.db.execute("drop table live_scores")
        # As the record stood: scored in its own columns (written there before m141).
        old.db.execute("update observations set nilai = '75.00', scored = 1, total = 5")
        old.db.execute("delete from _sqlite_migrations where name = 'm141_r8_keys_live_scores'")
    old.close()
    store = Store(tmp_path / "old")
    try:
        assert store.list_observations()[0].nilai == "75.00"
        edit(store, obs.id, ch.Rate("R2", "1"))
        assert [(s.nilai, s.scored) for s in store.list_observations()] == [("50.00", 2)]
        assert store.query("select observation_id from live_scores") == [{"observation_id": obs.id}]
    finally:
        store.close()


def test_the_records_waiting_to_be_sent_are_counted_as_keys_and_revisions_move(
    store: Store, mini_form: Instrument
) -> None:
    first = make_observation(store, mini_form, "Siti Aminah")
    second = make_observation(store, mini_form, "Rudi Hartono")
    unsent = store.pending_count()  # the two records' first revisions
    edit(store, first.id, ch.Rate("R1", "3"))
    assert store.pending_count() == unsent + 1
    edit(store, first.id, ch.Rate("R1", "4"), ch.Rate("R2", "2"))  # still one record to send
    assert store.pending_count() == unsent + 1
    edit(store, second.id, ch.Rate("R1", "1"))
    assert store.pending_count() == unsent + 2
    store.record_revision(first.id)  # its edits became a revision: that revision waits instead
    assert store.pending_count() == unsent + 2
    assert [r["id"] for r in store.query("select id from observations where unrevised = 1")] == [second.id]
    edit(store, first.id, ch.Rate("R1", "2"))  # edited again after it
    assert store.pending_count() == unsent + 3


def test_a_record_edited_before_the_flag_existed_is_still_counted(tmp_path: Path, mini_form: Instrument) -> None:
    old = Store(tmp_path / "old")
    obs = make_observation(old, mini_form)
    edit(old, obs.id, ch.Rate("R1", "3"))
    old.record_revision(obs.id)
    edit(old, obs.id, ch.Rate("R1", "4"))  # edited since its last revision
    waiting = old.pending_count()
    with old.db.atomic():
        for event in ("insert", "update"):
            old.db.execute(f"drop trigger observations_unrevised_{event}")
        old.db.execute("drop index observations_unrevised")
        old.db.execute("alter table observations drop column unrevised")
        old.db.execute(
            "create index observations_unrevised on observations(id) "
            "where version != revised_version and revised_version != -1"
        )
        old.db.execute("delete from _sqlite_migrations where name = 'm142_r8_keys_unrevised_flag'")
    old.close()
    store = Store(tmp_path / "old")
    try:
        assert store.pending_count() == waiting
        assert store.query("select id from observations where unrevised = 1") == [{"id": obs.id}]
    finally:
        store.close()


def test_a_deleted_record_keeps_no_live_score(store: Store, draft: Observation) -> None:
    """A deleted record's score is not kept beside it (review: its live row stayed)."""
    edit(store, draft.id, ch.Rate("R1", "4"))
    assert store.query("select count(*) as n from live_scores")[0]["n"] == 1
    store.delete_observation(draft.id)
    assert store.query("select count(*) as n from live_scores")[0]["n"] == 0
    assert list(store.list_observations()) == []
