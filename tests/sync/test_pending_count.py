"""The header's "menunggu dikirim" counts what the next sync sends: a record edited since
its last revision is sent (made a revision first), so it is counted (the walk: the header
said "0 menunggu dikirim", then the sync said "Terkirim 1 perubahan")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.settings import Settings
from observasi.sync.service import status
from tests.conftest import edit
from tests.sync.conftest import Device


def test_an_edit_not_yet_a_revision_is_counted_as_waiting_to_be_sent(tmp_path: Path, shared: Path, mini_form) -> None:
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    obs = a.new_observation(mini_form)
    a.sync()
    assert status(a.context).pending == 0
    edit(a.store, obs.id, ch.Rate("R1", "3"))
    edit(a.store, obs.id, ch.SetNote("R1", "Siswa aktif"))
    waiting = status(a.context).pending
    report = a.sync()
    assert waiting == report.sent >= 1  # what the header said is what was sent
    assert status(a.context).pending == 0
    a.close()


def test_the_same_score_pressed_again_within_a_second_leaves_nothing_waiting(
    tmp_path: Path, shared: Path, mini_form
) -> None:
    """A principal presses "3" on an indicator that is already 3, in the same second as
    the first press: the record is as its last revision holds it (the time it carries is
    in whole seconds). The sync sends nothing and the header says nothing is waiting --
    before, it said "1 menunggu dikirim" at every sync from then on (the random sync test's
    rare failure at load: its edits sometimes fell in the same second)."""
    from observasi.record import LiveRecord

    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    obs = a.new_observation(mini_form)
    live = LiveRecord(a.store, obs.id)
    moment = dt.datetime(2026, 11, 24, 8, 15, 30, 250_000, tzinfo=dt.UTC)
    live.apply(ch.Rate("R1", "3"), now=moment)
    assert a.sync().sent_observations == 1
    live.apply(ch.Rate("R1", "3"), now=moment + dt.timedelta(milliseconds=400))
    assert a.sync().sent_observations == 0  # nothing new: the record is its last revision
    assert status(a.context).pending == 0
    assert a.sync().sent_observations == 0 and status(a.context).pending == 0
    a.close()
