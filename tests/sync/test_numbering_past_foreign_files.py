"""A foreign file far ahead in a laptop's folder (``name-999999.json``, ``join-999999.json``:
not signed by this laptop, a sync client's or a stranger's) no longer pushes its numbering:
the next name file was ``name-1000000.json``, which no reader's six-digit pattern reads, so
a rename (or a join request asked again under another name) never reached the others."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.enrollment import next_number
from observasi.sync.naming import device_dir
from observasi.sync.service import sync
from tests.privacy.enrolled import join, join_code

FOREIGN = b'{"format": "observasi-name", "version": 1, "device_id": "someone else"}'


def _school(tmp_path: Path) -> tuple[Path, AppContext]:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    return shared, school


def test_a_rename_travels_past_a_foreign_name_999999(tmp_path: Path) -> None:
    shared, a = _school(tmp_path)
    b = AppContext(Settings(data_dir=tmp_path / "B"))
    join(a, b, shared)
    a.update_settings(laptop_name="Laptop Kepala Sekolah")
    sync(a, shared)
    folder = device_dir(shared, a.store.device_id)
    ours = {p.name for p in folder.glob("name-*.json")}
    (folder / "name-999999.json").write_bytes(FOREIGN)
    a.update_settings(laptop_name="Laptop Lab Komputer")
    sync(a, shared)
    sync(b, shared)
    assert b.store.laptop_names()[a.store.device_id] == "Laptop Lab Komputer"
    (written,) = {p.name for p in folder.glob("name-*.json")} - ours - {"name-999999.json"}
    assert len(written) == len("name-000000.json")  # six digits, as the readers read them
    assert (folder / "name-999999.json").read_bytes() == FOREIGN  # left as it was


def test_a_join_asked_again_travels_past_a_foreign_join_999999(tmp_path: Path) -> None:
    shared, school = _school(tmp_path)
    newcomer = AppContext(Settings(data_dir=tmp_path / "B"))
    newcomer.update_settings(shared_folder=shared)
    devices.ask_to_join(newcomer, "Laptop A")
    join_code(sync(newcomer, shared))
    folder = device_dir(shared, newcomer.store.device_id)
    (folder / "join-999999.json").write_bytes(FOREIGN)
    devices.ask_to_join(newcomer, "Laptop Siti Rahma")
    join_code(sync(newcomer, shared))
    (request,) = devices.device_list(school).requests
    assert request.label == "Laptop Siti Rahma"
    assert not list(folder.glob("join-???????*.json"))  # nothing past six digits


def test_the_next_number_steps_over_taken_ones_only() -> None:
    assert next_number(0, []) == 1
    assert next_number(3, [1, 2, 3, 4, 999999]) == 5  # a damaged next one stepped over, not the far one
    assert next_number(3, [1, 2, 3, 999999]) == 4
