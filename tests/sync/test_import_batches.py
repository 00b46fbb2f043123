"""A first import holds a batch of files and a batch of heads at a time, never the whole
folder (issue 18: 2.24 GB for 100,000 files when every head was validated and held)."""

from __future__ import annotations

from observasi.core.instrument import Instrument
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import envelope, incoming, revision_file


def test_files_are_stored_a_batch_at_a_time_while_the_folder_is_read(
    devices, mini_form: Instrument, monkeypatch
) -> None:
    a, b, _ = devices
    for i in range(7):
        b.new_observation(mini_form, teacher=f"Guru {i}")
    b.sync()
    monkeypatch.setattr(incoming, "IMPORT_BATCH", 3)
    events: list[str] = []
    decode = envelope.Keyring.decode  # the school's revisions are sealed

    def reading(self: envelope.Keyring, raw: bytes) -> revision_file.RevisionFile:
        events.append("read")
        return decode(self, raw)

    def trace(sql: str) -> None:
        if sql.startswith("insert or ignore into revisions"):
            events.append("store")

    monkeypatch.setattr(envelope.Keyring, "decode", reading)
    a.store.conn.set_trace_callback(trace)
    report = a.sync()
    a.store.conn.set_trace_callback(None)
    assert report.received == 7 and a.store.count_observations() == 7
    # Stored while the folder is still being read, never more than a batch read unstored.
    reads_between = "".join("r" if e == "read" else "|" for e in events).split("|")
    assert max(len(run) for run in reads_between) <= 3
    assert events.index("store") < len(events) - 1 - events[::-1].index("read")
    assert events.count("read") == 7


def test_heads_are_planned_a_batch_at_a_time(devices, mini_form: Instrument, monkeypatch) -> None:
    a, b, _ = devices
    for i in range(7):
        b.new_observation(mini_form, teacher=f"Guru {i}")
    b.sync()
    monkeypatch.setattr(incoming, "APPLY_BATCH", 3)
    held: list[int] = []
    planned = 0
    whole_rows = Store.whole_rows
    write = incoming.Applier.write

    def counting_rows(self: Store, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal planned
        planned += 1
        return whole_rows(self, *args, **kwargs)

    def writing(self: incoming.Applier, plans, problems) -> None:  # type: ignore[no-untyped-def]
        nonlocal planned
        held.append(planned)
        planned = 0
        write(self, plans, problems)

    monkeypatch.setattr(Store, "whole_rows", counting_rows)
    monkeypatch.setattr(incoming.Applier, "write", writing)
    a.sync()
    assert a.store.count_observations() == 7
    assert held == [3, 3, 1]  # each batch's heads made just before it is written


def _twin_of(b, revision_id: str, topic: str) -> bytes:  # type: ignore[no-untyped-def]
    """A genuine file of laptop *b* (its own key) with the id *revision_id* and other content."""
    from observasi.core.canonical import revision_hash
    from observasi.sync import device_key

    rev = b.store.revision(revision_id)
    payload = {**rev.payload, "topic": topic}
    twin = rev.model_copy(update={"payload": payload, "hash": revision_hash(payload, rev.deleted)})
    data, _, _ = revision_file.encode(twin, device_key.load_or_create(b.store.data_dir))
    return data


def test_a_file_whose_revision_id_is_known_with_other_content_is_reported_and_read_again(
    devices, mini_form: Instrument, monkeypatch
) -> None:
    """Known from an earlier sync, or met twice in one import (a sync client's copy that
    differs): the first content stays, the other file is a problem at every sync. Known
    revisions are asked of the database a batch at a time, so the batches are small here."""
    from observasi.sync.naming import device_dir

    a, b, c = devices
    monkeypatch.setattr(incoming, "IMPORT_BATCH", 2)
    obs = [b.new_observation(mini_form, teacher=f"Guru {i}") for i in range(3)]
    b.sync()
    a.sync()
    folder = device_dir(b.shared, b.store.device_id)
    (first,) = b.store.heads(obs[0].id)
    (second,) = b.store.heads(obs[1].id)
    (folder / f"{first.id} (1).json").write_bytes(_twin_of(b, first.id, "Topik lain"))
    (folder / f"{second.id} (1).json").write_bytes(_twin_of(b, second.id, "Topik lain"))

    for laptop in (a, c):  # a knew both revisions; c meets each twice in its first import
        for _ in range(2):
            report = laptop.sync()
            twins = sorted(where for where, reason in report.problems if reason == t("sync.bad.same_id"))
            assert twins == sorted(f"observasi/{b.store.device_id}/{r.id} (1).json" for r in (first, second))
            assert laptop.store.get_observation(obs[0].id).topic == obs[0].topic
            assert laptop.store.count_observations() == 3


def test_an_import_commits_each_batch_and_leaves_the_checkpoints_as_they_were(
    devices, mini_form: Instrument, monkeypatch
) -> None:
    """The WAL is copied into the database less often while a sync imports (each commit as
    durable as ever); every batch is committed, so what a sync stopped half-way stored is
    there, and afterwards the database checkpoints as it did before."""
    a, b, _ = devices
    for i in range(5):
        b.new_observation(mini_form, teacher=f"Guru {i}")
    b.sync()
    monkeypatch.setattr(incoming, "IMPORT_BATCH", 2)
    (before,) = a.store.conn.execute("pragma wal_autocheckpoint").fetchone()
    commits: list[int] = []

    def trace(sql: str) -> None:
        if sql == "COMMIT":
            commits.append(a.store.conn.execute("pragma wal_autocheckpoint").fetchone()[0])

    a.store.conn.set_trace_callback(trace)
    report = a.sync()
    a.store.conn.set_trace_callback(None)
    assert report.received == 5 and a.store.count_observations() == 5
    assert commits.count(16384) >= 3  # the batches of files (2 + 2 + 1) were each committed
    assert a.store.conn.execute("pragma wal_autocheckpoint").fetchone()[0] == before


def test_a_wal_grown_by_an_import_is_cut_back_after_it(devices, mini_form: Instrument, monkeypatch) -> None:
    """The WAL may grow to 64 MiB while a sync imports; afterwards it is copied in and cut
    back, so old versions of changed text do not stay in it longer than they used to (the
    review). Here any WAL counts as grown (a page of one byte)."""
    from observasi.store import connection

    a, b, _ = devices
    b.new_observation(mini_form, teacher="Guru A")
    b.sync()
    monkeypatch.setattr(connection, "BULK_PAGE_BYTES", 1)
    said: list[str] = []
    a.store.conn.set_trace_callback(said.append)
    a.sync()
    a.store.conn.set_trace_callback(None)
    assert "PRAGMA wal_checkpoint(TRUNCATE)" in said
