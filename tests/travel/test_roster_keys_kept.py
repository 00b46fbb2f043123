"""A laptop that read a teacher's roster file keeps that teacher's data key, as it keeps
the keys its revisions were opened with: the next sync reads the roster with the key it
holds, and does not open every ``dk-`` file of the folder again (issue 18: a rescan of a
school of 2,000 teachers spent most of its time there)."""

from __future__ import annotations

import json

from observasi.roster import teachers
from observasi.sync import envelope
from observasi.sync.naming import device_dir
from observasi.sync.service import sync


def test_a_teacher_known_only_from_the_roster_keeps_their_key(laptops, monkeypatch) -> None:
    a, b, shared = laptops
    added = teachers.add_teacher(a, {"name": "Wulan Sari, S.Pd.", "nip": "198001012005012001"})
    sync(a, shared)
    sync(b, shared)
    assert b.store.get_teacher(added.id).name == "Wulan Sari, S.Pd."  # no observation: the roster alone
    sealed = [json.loads(p.read_bytes())["dkid"] for p in device_dir(shared, a.store.device_id).glob("teacher-*.json")]
    held = {dkid for dkid, *_ in b.store.held_data_keys()}
    assert sealed and set(sealed) <= held

    opened: list[str] = []
    real = envelope.Keyring._open_data_key_file

    def counting(self, path):
        opened.append(path.name)
        return real(self, path)

    monkeypatch.setattr(envelope.Keyring, "_open_data_key_file", counting)
    teachers.update_teacher(a, added.id, {"name": "Wulan Sari, M.Pd.", "nip": "198001012005012001"})
    sync(a, shared)
    report = sync(b, shared)
    assert b.store.get_teacher(added.id).name == "Wulan Sari, M.Pd."
    assert report.problems == [] and opened == []
