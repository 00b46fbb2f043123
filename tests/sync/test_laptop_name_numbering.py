"""A new name file is numbered after every name file in the laptop's folder, not only the
newest genuine one: a damaged or foreign ``name-<n+1>.json`` there (a sync client's broken
copy, a clone of the data folder) made the new name collide with it, so the rename never
reached the other laptops, silently."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync.laptop_names import NAME_FILE, name_file_name
from observasi.sync.naming import device_dir
from observasi.sync.service import sync
from tests.privacy.enrolled import join


def test_a_rename_travels_past_a_damaged_name_file_of_the_next_number(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / name)) for name in "AB")
    sync(a, shared)
    join(a, b, shared)
    a.update_settings(laptop_name="Laptop Kepala Sekolah")
    sync(a, shared)
    sync(b, shared)
    assert b.store.laptop_names()[a.store.device_id] == "Laptop Kepala Sekolah"

    folder = device_dir(shared, a.store.device_id)
    newest = max(int(n[5:11]) for n in (p.name for p in folder.iterdir()) if NAME_FILE.fullmatch(n))
    (folder / name_file_name(newest + 1)).write_bytes(b'{"format": "observasi-name", "seq"')  # cut short
    a.update_settings(laptop_name="Laptop Lab Komputer")
    sync(a, shared)
    sync(b, shared)
    assert b.store.laptop_names()[a.store.device_id] == "Laptop Lab Komputer"
    assert (folder / name_file_name(newest + 1)).read_bytes().endswith(b'"seq"')  # left as it was
