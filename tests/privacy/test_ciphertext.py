"""Ciphertext in the shared folder: after the demo school syncs, no file (nor any file or
folder name) holds a teacher's or observer's name, NIP or NUPTK; a tampered ciphertext is
reported, not applied; files written before encryption are still read."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.canonical import canonical_json
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import device_key, revision_file
from observasi.sync.naming import ID_RE, device_dir
from observasi.sync.service import sync
from tests.privacy.enrolled import join


@pytest.fixture
def school(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(a.store, a.catalog)
    b = AppContext(Settings(data_dir=tmp_path / "B"))
    sync(a, shared)
    join(a, b, shared)
    yield a, b, shared
    a.store.close()
    b.store.close()


def _personal_strings(context: AppContext) -> set[str]:
    store = context.store
    found: set[str] = set()
    for teacher in store.list_teachers(include_inactive=True):
        found |= {s for s in (teacher.name, teacher.nip, teacher.nuptk) if s}
    for row in store.query("select name, id_number from observers"):
        found |= {s for s in (row["name"], row["id_number"]) if s}
    return found


def test_no_file_in_the_shared_folder_holds_a_name_nip_or_nuptk(school: tuple[AppContext, AppContext, Path]) -> None:
    a, b, shared = school
    needles = _personal_strings(a)
    assert len(needles) > 20 and b.store.count_observations() == a.store.count_observations() == 30
    every = list(shared.rglob("*"))
    assert len([p for p in every if p.is_file()]) > 30
    hits = [
        (p.relative_to(shared).as_posix(), needle)
        for p in every
        for needle in needles
        if needle in p.relative_to(shared).as_posix() or (p.is_file() and needle.encode("utf-8") in p.read_bytes())
    ]
    assert hits == []


def _resigned(path: Path, context: AppContext, change) -> None:
    """Change a sealed file and sign it again with the writer's own key (a stolen key)."""
    data = json.loads(path.read_bytes())
    change(data)
    body = {k: v for k, v in data.items() if k not in ("sha256", "signature")}
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    data["sha256"] = digest
    data["signature"] = device_key.load_or_create(context.store.data_dir).sign(digest.encode("ascii"))
    path.write_bytes(canonical_json(data))


def test_a_tampered_ciphertext_is_reported_and_not_applied(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = AppContext(Settings(data_dir=tmp_path / "A")), AppContext(Settings(data_dir=tmp_path / "B"))
    sync(a, shared)
    join(a, b, shared)
    fill_demo(a.store, a.catalog)
    sync(a, shared)
    folder = device_dir(shared, a.store.device_id)
    target = sorted(p for p in folder.glob("*.json") if ID_RE.fullmatch(p.stem))[0]

    def flip(data: dict) -> None:
        text = data["sealed"]["ciphertext"]
        data["sealed"]["ciphertext"] = ("A" if text[0] != "A" else "B") + text[1:]

    _resigned(target, a, flip)
    report = sync(b, shared)
    assert (
        f"observasi/{a.store.device_id}/{target.name}",
        "isi terenkripsinya diubah atau rusak; tidak diimpor",
    ) in report.problems
    assert target.stem not in {r["id"] for r in b.store.query("select id from revisions")}


def test_plaintext_files_of_an_earlier_version_are_still_read(school: tuple[AppContext, AppContext, Path]) -> None:
    a, b, shared = school
    obs_id = a.store.query("select id from observations where status = 'draft' order by id limit 1")[0]["id"]
    from observasi.core import changes as ch
    from tests.conftest import edit

    edit(a.store, obs_id, ch.SetDetails({"topic": "Ditulis versi lama"}))
    a.store.record_revision(obs_id)
    (head,) = a.store.heads(obs_id)
    data, _, _ = revision_file.encode(head, device_key.load_or_create(a.store.data_dir))
    (device_dir(shared, a.store.device_id) / f"{head.id}.json").write_bytes(data)
    sync(b, shared)
    assert b.store.get_observation(obs_id).topic == "Ditulis versi lama"
