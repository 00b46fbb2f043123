"""What travels is ciphertext: no teacher's name, NIP or NUPTK and no observer's name (the
certificate's CN) in any file of the shared folder; forgetting a teacher shreds the roster
entry on the other laptop too."""

from __future__ import annotations

from pathlib import Path

from observasi import paths, privacy
from observasi.roster import teachers
from observasi.signing.keys import create_key
from observasi.sync.school_files import is_school_file
from observasi.sync.service import sync
from tests.sheet.conftest import PASSPHRASE


def _hits(shared: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in shared.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, n) for n in needles if n and n.encode("utf-8") in data]
            found += [(path.name, n) for n in needles if n and n in path.name]
    return found


def test_the_folder_holds_no_name_nip_nuptk_or_certificate_name(laptops) -> None:
    a, b, shared = laptops
    create_key(a, PASSPHRASE)
    teachers.add_teacher(a, {"name": "Wulan Sari, S.Pd.", "nip": "198001012005012001", "nuptk": "9876543210987654"})
    sync(a, shared)
    sync(b, shared)
    people = a.store.list_teachers(include_inactive=True)
    needles = [x for t_ in people for x in (t_.name, t_.nip, t_.nuptk)]
    observer = a.store.self_observer()
    needles += [observer.name, observer.id_number]
    assert len(people) > 10 and "Wulan Sari, S.Pd." in {x.name for x in b.store.list_teachers()}
    kinds = {p.name.split("-")[0] for p in shared.rglob("*.json") if is_school_file(p.name)}
    assert kinds == {"profile", "teacher", "cert"}
    assert _hits(shared, needles) == []


def _traces(data_dir: Path, needles: list[str]) -> list[str]:
    db = paths.database(data_dir)
    data = b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    return [n for n in needles if n.encode("utf-8") in data]


def test_forget_on_one_laptop_shreds_the_roster_entry_on_the_other(laptops) -> None:
    a, b, shared = laptops
    # A teacher only the roster knows (no observation carries her to B).
    added = teachers.add_teacher(
        a, {"name": "Wulan Sari, S.Pd.", "nip": "198001012005012001", "nuptk": "9876543210987654"}
    )
    sync(a, shared)
    sync(b, shared)
    needles = [added.name, added.nip, added.nuptk]
    assert b.store.get_teacher(added.id) is not None and _traces(b.settings.data_dir, needles)

    privacy.forget_teacher(a.store, a.store.get_teacher(added.id))
    sync(a, shared)
    report = sync(b, shared)
    assert report.problems == []
    assert b.store.get_teacher(added.id) is None
    assert _traces(b.settings.data_dir, needles) == []
    # Later syncs bring nothing of her back, on either laptop.
    sync(a, shared)
    sync(b, shared)
    assert a.store.get_teacher(added.id) is None and b.store.get_teacher(added.id) is None


def test_a_crafted_roster_entry_is_reported_not_applied(laptops) -> None:
    """A member's file with a wrong type or an escape sequence in a name is named as a
    problem; the sync goes on and nothing of it reaches the teacher list."""
    from observasi.sync import devices, envelope
    from observasi.sync.school_files import _write

    a, b, shared = laptops
    keys = envelope.keyring(a.store, shared, devices.prepare(a, shared))
    crafted = "f" * 32
    _write(a.store, shared, keys, "teacher", crafted, {"parents": [], "fields": {"name": "X\x1b[2J", "active": True}})
    _write(a.store, shared, keys, "teacher", "e" * 32, {"parents": [], "fields": {"name": ["not", "text"]}})
    keys.flush()
    report = sync(b, shared)
    assert len(report.problems) == 2 and all("teacher-" in where for where, _ in report.problems)
    assert any("U+001B" in why for _, why in report.problems)
    assert b.store.get_teacher(crafted) is None and b.store.get_teacher("e" * 32) is None
