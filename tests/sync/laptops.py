"""Two laptops of one school, each with its member name, as the history tests need them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.store.models import Observer
from observasi.sync import devices as school_devices
from tests.sync.conftest import Device

NAMES = ("Bu Sari", "Pak Budi")


def named_laptops(tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    """Laptop A ("Bu Sari") founds the school, laptop B ("Pak Budi") joins it. The name a
    laptop gives itself is the member label (how it is chosen is not this test's concern:
    the computer's name stands in for it)."""
    current = {"label": ""}
    label: Callable[[], str] = lambda: current["label"]  # noqa: E731
    monkeypatch.setattr(school_devices, "_label", label)
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "laptop-a")), shared)
    b = Device("B", AppContext(Settings(data_dir=tmp_path / "laptop-b")), shared)
    for device in (a, b):  # the person using each laptop, chosen at first run
        observer = device.store.save_observer(Observer(name=f"Pengamat {device.name}"))
        device.store.set_setting("self_observer_id", observer.id)
    current["label"] = NAMES[0]
    a.sync()
    current["label"] = NAMES[1]
    report = b.sync()
    (code,) = [reason.rsplit(": ", 1)[1] for _, reason in report.problems if "kodenya sama" in reason]
    a.context.update_settings(shared_folder=shared)
    school_devices.approve(a.context, code)
    b.sync()
    a.sync()
    return a, b
