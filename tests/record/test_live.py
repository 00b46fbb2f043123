"""The live-record service against a real database: what a change saves, what it costs,
and what happens when somebody else changes the record underneath."""

from __future__ import annotations

import sqlite3
import threading

import pytest

import observasi.record.live as live_module
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Observation, Status
from observasi.errors import RecordLocked
from observasi.record import LiveRecord, load
from observasi.store import Store, StoreBusy
from tests.conftest import make_observation


def _other(store: Store) -> Store:
    """A second connection, as another window or program has it."""
    return Store(store.data_dir)


def test_a_change_is_in_the_database_when_apply_returns(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    saved = live.apply(ch.Rate("R1", "3"))
    other = _other(store)
    assert other.get_observation(draft.id).ratings["R1"].level == "3"
    assert saved.record.ratings["R1"].level == "3" and saved.record is live.record
    assert (saved.score.scored, saved.score.nilai_text) == (1, "75.00")
    assert other.list_observations()[0].nilai == "75.00"  # the list's cached columns too
    other.close()


def test_a_keystroke_scores_the_record_once_and_other_changes_not_at_all(
    store: Store, draft: Observation, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveRecord(store, draft.id)
    calls = []
    real = live_module.score
    monkeypatch.setattr(live_module, "score", lambda *a, **k: calls.append(1) or real(*a, **k))
    live.apply(ch.Rate("R1", "3"))
    assert len(calls) == 1
    live.apply(ch.AddEvidence("Siswa bertanya"))
    live.apply(ch.SetDetails({"topic": "Gaya"}))
    assert len(calls) == 1


def test_a_keystroke_writes_one_rating_row_and_the_record_row(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    live.apply(ch.AddEvidence("baris pertama"))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    live.apply(ch.Rate("I1", "4"))
    store.conn.set_trace_callback(None)
    # SQLite reports a statement again as each trigger it fires starts (the recap's
    # rating_tally, schema m122): one statement, however many times it is reported.
    issued = [s for i, s in enumerate(statements) if i == 0 or s != statements[i - 1]]
    writes = sorted(_write_of(s) for s in issued if s.split()[0].lower() in ("insert", "update", "delete"))
    # The score of a record not final yet goes to its small row of live_scores (m141),
    # not to the record's columns that three indexes hold.
    assert writes == ["insert live_scores", "insert ratings", "update observations"], statements


def _write_of(statement: str) -> str:
    """``insert ratings`` for ``insert into ratings ...``, ``update observations`` ..."""
    words = statement.lower().split()
    return f"{words[0]} {words[2] if words[1] in ('into', 'from') else words[1]}"


def test_a_change_made_in_another_window_is_not_lost(store: Store, draft: Observation) -> None:
    here = LiveRecord(store, draft.id)
    other_store = _other(store)
    there = LiveRecord(other_store, draft.id)
    there.apply(ch.Rate("R2", "4"))
    there.apply(ch.AddEvidence("dari jendela lain"))
    assert here.changed_elsewhere()
    saved = here.apply(ch.Rate("R1", "2"))  # applied to the record as stored, not as held
    assert {k: r.level for k, r in saved.record.ratings.items()} == {"R1": "2", "R2": "4"}
    assert [e.text for e in store.get_observation(draft.id).evidence] == ["dari jendela lain"]
    assert saved.score.obtained == 6 and not here.changed_elsewhere()
    other_store.close()


def test_a_sync_that_replaces_the_record_underneath_is_kept(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    live.apply(ch.Rate("R1", "1"))
    colleague = store.get_observation(draft.id).model_copy(update={"topic": "dari laptop B"})
    store.put_observation(colleague)  # what a sync applying a colleague's head does
    live.apply(ch.Rate("R2", "3"))
    stored = store.get_observation(draft.id)
    assert stored.topic == "dari laptop B" and stored.ratings["R1"].level == "1" and stored.ratings["R2"].level == "3"


def test_milestones_are_revisions_keystrokes_are_not(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    count = len(store.revisions(draft.id))
    live.apply(ch.Rate("R1", "3"))
    live.apply(ch.AddEvidence("x"))
    assert len(store.revisions(draft.id)) == count
    for change in (ch.StartLesson(), ch.EndLesson(), ch.Finalise(), ch.Amend("alasan", "Budi")):
        live.apply(change)
        count += 1
        assert len(store.revisions(draft.id)) == count, change
    assert [r.payload["status"] for r in store.revisions(draft.id)][-4:] == [
        "observing",
        "reflecting",
        "final",
        "reflecting",
    ]


def test_a_record_in_conflict_or_final_is_locked_in_the_database_too(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    store.set_conflict(draft.id, ["a" * 32, "b" * 32])
    with pytest.raises(RecordLocked):
        live.apply(ch.Rate("R1", "3"))
    store.clear_conflicts([draft.id])
    live.apply(ch.Finalise())
    with pytest.raises(RecordLocked):
        LiveRecord(store, draft.id).apply(ch.Rate("R1", "3"))
    assert (
        store.get_observation(draft.id).status is Status.final and "R1" not in store.get_observation(draft.id).ratings
    )


def test_a_database_held_by_another_program_waits_then_says_so_plainly(store: Store, draft: Observation) -> None:
    live = LiveRecord(store, draft.id)
    blocker = sqlite3.connect(str(store.path), isolation_level=None)
    blocker.execute("begin immediate")  # another program in the middle of a write
    try:
        with pytest.raises(StoreBusy) as info:
            live.apply(ch.Rate("R1", "3"), wait=0.1)
        assert "dipakai program lain" in info.value.message
        assert not store.conn.in_transaction
    finally:
        blocker.execute("rollback")
    # Once the other program is done, the same change goes through.
    live.apply(ch.Rate("R1", "3"))
    assert store.get_observation(draft.id).ratings["R1"].level == "3"
    blocker.close()


def test_a_write_waits_for_another_programs_short_transaction(store: Store, draft: Observation) -> None:
    """The failure that froze the live screen: a write after another connection's commit.
    With the write lock taken first (BEGIN IMMEDIATE) and a busy timeout, it waits."""
    live = LiveRecord(store, draft.id)
    other = sqlite3.connect(str(store.path), isolation_level=None, check_same_thread=False)
    other.execute("begin immediate")
    other.execute("update settings set value = value")

    def finish() -> None:
        other.execute("commit")

    timer = threading.Timer(0.3, finish)
    timer.start()
    live.apply(ch.Rate("R1", "2"))  # waits for the other transaction instead of failing
    timer.join()
    assert store.get_observation(draft.id).ratings["R1"].level == "2"
    other.close()


def test_load_is_the_record_with_its_instrument_and_score(store: Store, mini_form: Instrument) -> None:
    obs = make_observation(store, mini_form)
    LiveRecord(store, obs.id).apply(ch.Rate("R1", "4"))
    scored = load(store, obs.id)
    assert scored.instrument == mini_form and scored.record.ratings["R1"].level == "4"
    assert scored.score.nilai_text == "100.00" and scored.score.provisional
