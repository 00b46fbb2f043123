"""A laptop's name is the one its person chose ("Laptop Bu Sri"), seen by the school's
other laptops and by nobody else: sealed in the join request and in the folder."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code


def _in_folder(shared: Path, needle: str) -> list[str]:
    return [str(p.relative_to(shared)) for p in shared.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_a_chosen_laptop_name_reaches_the_colleagues_sealed_and_a_rename_follows(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / n)) for n in "AB")
    fill_demo(a.store, a.catalog)
    observer = a.store.self_observer()
    assert observer is not None
    assert devices.own_laptop_name(a) == f"Laptop {observer.name}"  # the default: whose laptop it is
    a.update_settings(shared_folder=shared)
    sync(a, shared)
    b.update_settings(laptop_name="Laptop Bu Sri")

    code = join_code(sync(b, shared))
    request = next(r for r in devices.device_list(a).requests)
    assert (request.label, request.code) == ("Laptop Bu Sri", code)  # the member sees the name
    devices.approve(a, code)
    sync(b, shared)
    sync(a, shared)
    assert devices.laptop_name(a, b.store.device_id) == "Laptop Bu Sri"
    assert devices.laptop_name(b, a.store.device_id) == f"Laptop {observer.name}"
    names = {m.device: m.label for m in devices.device_list(a).members}
    assert names[b.store.device_id] == "Laptop Bu Sri"

    b.update_settings(laptop_name="Laptop Ruang Guru")
    sync(b, shared)
    sync(a, shared)
    assert devices.laptop_name(a, b.store.device_id) == "Laptop Ruang Guru"
    assert devices.remove(a, b.store.device_id[:8]).label == "Laptop Ruang Guru"  # said by its name
    # Nobody reading the folder learns whose laptops they are.
    for needle in ("Bu Sri", "Ruang Guru", observer.name):
        assert _in_folder(shared, needle) == [], needle
