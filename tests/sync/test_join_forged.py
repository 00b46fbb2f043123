"""A join request file that another key signed, put into a waiting laptop's folder under a
newer number, does not take the laptop's own request's place: the member still sees (and
approves) the real laptop's code, and the foreign file is reported by name."""

from __future__ import annotations

from pathlib import Path

from observasi.core.record import utc_now
from observasi.sync import device_key, devices, enrollment
from observasi.sync.school_keys import kex_public
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code
from tests.sync.test_join_asked_again import _laptops


def _forge(folder: Path, device: str, other_data: Path) -> Path:
    """A request naming *device*, signed by another laptop's key (its own, validly)."""
    key = device_key.load_or_create(other_data)
    body = {
        "format": "observasi-join",
        "version": 1,
        "device_id": device,
        "public_key": key.public_key,
        "kex_key": kex_public(other_data),
        "label": "Laptop Kepala Sekolah",
        "label_sealed": [],
        "created_at": utc_now(),
    }
    forged = folder / "join-000099.json"
    forged.write_bytes(enrollment.signed(body, key))
    return forged


def test_a_newer_join_file_signed_by_another_key_does_not_displace_the_laptops_request(
    tmp_path: Path, shared: Path
) -> None:
    school, newcomer = _laptops(tmp_path, shared)
    devices.ask_to_join(newcomer, "Laptop Siti")
    code = join_code(sync(newcomer, shared))
    (asked,) = shared.rglob("join.json")
    forged = _forge(asked.parent, newcomer.store.device_id, tmp_path / "C")

    (request,) = devices.device_list(school).requests
    assert (request.code, request.label) == (code, "Laptop Siti")  # the real laptop's, not the forger's
    where = f"observasi/{newcomer.store.device_id}/{forged.name}"
    problems = dict(sync(school, shared).problems)
    assert problems[where].startswith("permintaan bergabung yang ditandatangani kunci lain")
    # The waiting laptop still shows its code and writes no new request over it.
    assert join_code(sync(newcomer, shared)) == code
    assert sorted(p.name for p in asked.parent.glob("join*.json")) == ["join-000099.json", "join.json"]

    approved = devices.approve(school, code)
    assert approved.device == newcomer.store.device_id
    assert sync(newcomer, shared).waiting_code is None
    assert devices.device_list(newcomer).founder == school.store.device_id
    members = {m.device: m.public_key for m in devices.device_list(school).members}
    assert members[newcomer.store.device_id] == device_key.load_or_create(newcomer.store.data_dir).public_key
