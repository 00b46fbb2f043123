"""Two laptops of one school, each with its member name, as the history tests need them."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import Observer
from observasi.sync import devices as school_devices
from tests.privacy.enrolled import join_code
from tests.sync.conftest import Device

NAMES = ("Laptop Bu Sari", "Laptop Pak Budi")


def named_laptops(tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    """Laptop A ("Laptop Bu Sari") founds the school, laptop B ("Laptop Pak Budi") joins it,
    each with the name its person chose in Settings."""
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "laptop-a")), shared)
    b = Device("B", AppContext(Settings(data_dir=tmp_path / "laptop-b")), shared)
    for device, name in zip((a, b), NAMES, strict=True):  # the person using each laptop, chosen at first run
        observer = device.store.save_observer(Observer(name=f"Pengamat {device.name}"))
        device.store.set_setting("self_observer_id", observer.id)
        device.context.update_settings(laptop_name=name)
    a.sync()
    report = b.sync()
    code = join_code(report)
    a.context.update_settings(shared_folder=shared)
    school_devices.approve(a.context, code)
    b.sync()
    a.sync()
    return a, b
