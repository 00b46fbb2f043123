"""Forgetting moves the school key on: after a forget (one laptop offline at the time), what
the folder holds plus any laptop's current keys opens nothing of the forgotten teacher, and a
laptop that joins afterwards still reads everything else."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest

from observasi import paths, privacy
from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import school_keys
from observasi.sync.service import sync
from tests.privacy.enrolled import join
from tests.privacy.test_shredding import _traces


def _aesgcm_open(key: bytes, nonce: str, ciphertext: str, aad: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(base64.b64decode(nonce), base64.b64decode(ciphertext), aad.encode("ascii"))
    except (InvalidTag, ValueError):
        return None


def _opened_by(shared: Path, data_dir: Path) -> list[bytes]:
    """Every plaintext a process can get from the folder's files with only this laptop's
    keys: its exchange key, its school keys and the data keys in its database -- done by
    hand, as somebody reading the folder with the protocol page would, not by the app."""
    held = {kid: base64.b64decode(k) for kid, k in json.loads(paths.school_keys(data_dir).read_bytes())["keys"].items()}
    for path in shared.glob("observasi/*/key-*.json"):
        opened = school_keys.unwrap(data_dir, json.loads(path.read_bytes()))
        if opened is not None:
            held[json.loads(path.read_bytes())["kid"]] = opened
    connection = sqlite3.connect(paths.database(data_dir))
    data_keys = {dkid: bytes(key) for dkid, key in connection.execute("select dkid, key from data_keys")}
    connection.close()
    for path in shared.glob("observasi/*/dk-*.json"):
        body = json.loads(path.read_bytes())
        for kid, school_key in held.items():
            aad = f"{body['dkid']}|{body['teacher_id']}|{kid}"
            key = _aesgcm_open(school_key, body["nonce"], body["ciphertext"], aad) if kid == body["kid"] else None
            if key is not None:
                data_keys[body["dkid"]] = key
    plaintexts = []
    for path in shared.glob("observasi/*/*.json"):
        data = json.loads(path.read_bytes())
        sealed = data.get("sealed") if isinstance(data, dict) else None
        if isinstance(sealed, dict) and sealed["dkid"] in data_keys:
            aad = f"{data['id']}|{data['observation_id']}|{sealed['dkid']}"
            opened = _aesgcm_open(data_keys[sealed["dkid"]], sealed["nonce"], sealed["ciphertext"], aad)
            if opened is not None:
                plaintexts.append(opened)
        elif path.name.startswith("programme-") and data.get("dkid") in data_keys:
            aad = f"programme|{path.name[10:-5]}|{data['dkid']}"
            opened = _aesgcm_open(data_keys[data["dkid"]], data["nonce"], data["ciphertext"], aad)
            if opened is not None:
                plaintexts.append(opened)
    return plaintexts


def _found(plaintexts: list[bytes], needles: list[str]) -> list[str]:
    return [n for n in needles if any(n.encode("utf-8") in p for p in plaintexts)]


@pytest.fixture
def school(tmp_path: Path):
    shared = tmp_path / "Drive"
    shared.mkdir()
    laptops = [AppContext(Settings(data_dir=tmp_path / n)) for n in "ABCD"]
    a, b, c, _ = laptops
    fill_demo(a.store, a.catalog)
    sync(a, shared)
    join(a, b, shared)
    join(a, c, shared)
    sync(a, shared)
    sync(b, shared)
    yield *laptops, shared
    for context in laptops:
        context.store.close()


def test_after_a_forget_no_laptop_keys_open_the_teacher_and_a_later_laptop_reads_the_rest(school) -> None:
    a, b, c, d, shared = school
    teacher = next(
        t for t in a.store.list_teachers() if t.nip and t.nuptk and a.store.list_observations(teacher_id=t.id)
    )
    other = next(
        t for t in a.store.list_teachers() if t.id != teacher.id and a.store.list_observations(teacher_id=t.id)
    )
    needles = [teacher.name, teacher.nip, teacher.nuptk]
    # Before: B's keys open her revisions (the check below would see her).
    assert teacher.name in _found(_opened_by(shared, b.settings.data_dir), needles)

    privacy.forget_teacher(a.store, teacher)  # B is offline
    assert sync(a, shared).problems == []
    assert sync(c, shared).problems == []
    assert sync(b, shared).problems == []  # B comes back

    for context in (a, b, c):
        readable = _opened_by(shared, context.settings.data_dir)
        assert _found(readable, needles) == [], context.settings.data_dir.name
        assert _found(readable, [other.name]) == [other.name]  # the rest of the school still opens
        kept = json.loads(paths.school_keys(context.settings.data_dir).read_bytes())
        assert len(kept["keys"]) == 1  # the school key of the forget's time is gone everywhere
        assert _traces(context.settings.data_dir, needles) == []  # nor in any .db or WAL

    # A laptop that joins afterwards reads every record but hers, the school's programmes too.
    join(c, d, shared)
    report = sync(d, shared)
    assert report.problems == []
    assert d.store.get_teacher(teacher.id) is None
    assert {o.id for o in d.store.list_observations()} == {o.id for o in a.store.list_observations()}
    assert d.store.get_teacher(other.id).name == other.name
    programmes = "select count(*) as n from programmes"
    assert d.store.query(programmes)[0]["n"] == a.store.query(programmes)[0]["n"]
    assert _found(_opened_by(shared, d.settings.data_dir), needles) == []


def test_a_reader_that_writes_nothing_else_retires_the_old_school_key_too(school) -> None:
    """A district's device reads the school (publish off); after a forget it destroys the old
    school key and renews its exchange key like any member."""
    from observasi.sync import service
    from observasi.sync.folder import FolderTransport

    a, b, _, _, shared = school
    teacher = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    before = {p.name for p in (shared / "observasi" / b.store.device_id).iterdir()}
    report = service.exchange(b, FolderTransport(shared), publish=False)
    assert report.problems == []
    kept = json.loads(paths.school_keys(b.settings.data_dir).read_bytes())
    assert len(kept["keys"]) == 1
    assert b.store.get_teacher(teacher.id) is None
    assert _found(_opened_by(shared, b.settings.data_dir), [teacher.name]) == []
    added = {p.name for p in (shared / "observasi" / b.store.device_id).iterdir()} - before
    assert added == {"kex-000001.json"}  # its renewed exchange key, nothing else


def test_a_damaged_exchange_key_file_does_not_stop_the_key_moving_on(school) -> None:
    """fix11-sync 5: the renewed exchange key was numbered after the newest genuine one only;
    a damaged file under that number (a sync client's half-copied file) refused the
    create-only write, and the forget's key change failed on that laptop at every sync.
    Numbered after every file present, as names and join requests are."""
    from observasi.sync.enrollment import kex_public, latest_kex

    a, b, _, _, shared = school
    folder = shared / "observasi" / b.store.device_id
    (folder / "kex-000001.json").write_bytes(b'{"format": "observasi-kex", ')  # damaged
    teacher = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    report = sync(b, shared)
    assert report.problems == []
    assert b.store.get_teacher(teacher.id) is None
    assert (folder / "kex-000002.json").is_file()
    member_key = json.loads(next(folder.parent.glob(f"*/member-{b.store.device_id}.json")).read_bytes())["public_key"]
    assert latest_kex(shared, b.store.device_id, member_key) == (2, kex_public(b.settings.data_dir))
