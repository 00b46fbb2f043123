"""A sync running while the principal keeps scoring: it writes in short batches, and a
keystroke saved between the sync reading a record and writing it is never overwritten."""

from __future__ import annotations

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.record import LiveRecord
from observasi.sync import folder as folder_io
from observasi.sync import incoming
from observasi.sync.incoming import Applier, import_files
from tests.conftest import edit


def test_a_score_saved_while_the_sync_applies_is_merged_with_the_colleagues_edit(
    devices, mini_form: Instrument
) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(b.store, obs.id, ch.SetDetails({"topic": "Diubah di laptop B"}))
    b.sync()

    # A's sync reads the folder and decides to apply B's version...
    problems: list = []
    received = import_files(a.store, folder_io.scan(a.shared), problems)
    applier = Applier(a.context, received)
    plans = [applier.plan(obs.id, a.store.revision_skeletons([obs.id])[obs.id])]
    assert plans[0] is not None and plans[0].kind == "apply"
    # ... while the principal, on A, scores R1 in the open lesson.
    LiveRecord(a.store, obs.id).apply(ch.Rate("R1", "3"))
    applier.write(plans, problems)

    kept = a.store.get_observation(obs.id)
    assert kept.ratings["R1"].level == "3", "the sync did not write over the score"
    # A's score and B's topic are two versions, each changing its own part: merged.
    assert a.store.sync_conflicts() == []
    assert kept.topic == "Diubah di laptop B"
    heads = a.store.heads(obs.id)
    assert len(heads) == 1 and len(heads[0].parents) == 2


def test_a_first_import_is_written_in_batches(devices, mini_form: Instrument, monkeypatch) -> None:
    a, b, _ = devices
    for i in range(7):
        b.new_observation(mini_form, teacher=f"Guru {i}")
    b.sync()
    monkeypatch.setattr(incoming, "APPLY_BATCH", 3)
    transactions: list[list[str]] = []

    def trace(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE":
            transactions.append([])
        elif transactions:
            transactions[-1].append(sql)

    a.store.conn.set_trace_callback(trace)
    a.sync()
    a.store.conn.set_trace_callback(None)
    assert a.store.count_observations() == 7
    # The 7 records went in 3 short transactions (3 + 3 + 1), not in one long one.
    writing_records = [tx for tx in transactions if any(sql.startswith("insert into observations") for sql in tx)]
    assert len(writing_records) == 3


def test_an_edit_during_the_sync_of_a_record_both_laptops_hold_alike_is_no_conflict(
    devices, mini_form: Instrument
) -> None:
    """Two laptops with the same record (the demo, a copied data folder): each has its own
    first revision of the same content. An edit made while the sync brings the other's
    in is simply the next version."""
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    b.store.remember_form(mini_form)
    b.store.put_observation(a.store.get_observation(obs.id))  # b's own revision, same content
    a.sync()
    b.sync()
    problems: list = []
    received = import_files(a.store, folder_io.scan(a.shared), problems)
    applier = Applier(a.context, received)
    plans = [applier.plan(obs.id, a.store.revision_skeletons([obs.id])[obs.id])]
    LiveRecord(a.store, obs.id).apply(ch.Rate("R1", "4"))
    applier.write([p for p in plans if p is not None], problems)
    assert a.store.sync_conflicts() == []
    assert [h.payload["ratings"]["R1"]["level"] for h in a.store.heads(obs.id)] == ["4"]
    assert a.store.get_observation(obs.id).ratings["R1"].level == "4"
