"""The header's "menunggu dikirim" counts what the next sync sends: a record edited since
its last revision is sent (made a revision first), so it is counted (the walk: the header
said "0 menunggu dikirim", then the sync said "Terkirim 1 perubahan")."""

from __future__ import annotations

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
