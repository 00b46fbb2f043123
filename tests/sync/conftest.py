"""Three laptops (three data directories) and one shared folder, as a school has them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.settings import Settings
from observasi.store.models import Observer, School, Teacher
from observasi.sync import service
from tests.conftest import edit
from tests.privacy.enrolled import join_code


@dataclass
class Device:
    name: str
    context: AppContext
    shared: Path
    bucket: str | None = None  # s3:// URL: sync with the bucket instead of the folder
    endpoint: str | None = None

    @property
    def store(self):
        return self.context.store

    def sync(self) -> service.SyncReport:
        if self.bucket is not None:
            return service.sync(self.context, bucket=self.bucket, endpoint=self.endpoint)
        return service.sync(self.context, self.shared)

    def new_observation(
        self, inst: Instrument, teacher: str = "Siti Aminah", topic: str = "Gerak lurus"
    ) -> Observation:
        store = self.store
        t = store.save_teacher(Teacher(name=teacher, nip="198001012005012001"))
        o = store.save_observer(Observer(name=f"Pengamat {self.name}", id_number="197001011995011001"))
        obs = Observation(
            form_id=inst.id,
            form_version=inst.version,
            form_hash="",
            teacher_id=t.id,
            teacher=t.as_person(),
            observer_id=o.id,
            observer=o.as_person(),
            subject="IPA",
            class_name="VII A",
            topic=topic,
            date="2026-11-24",
            semester="2026-1",
        )
        return store.create_observation(obs, inst)

    def heads(self, obs_id: str) -> set[str]:
        return {h.id for h in self.store.heads(obs_id)}

    def revision_ids(self) -> set[str]:
        return {r["id"] for r in self.store.db.query("select id from revisions")}

    def close(self) -> None:
        self.store.close()


def conflict_on_b(
    devices: tuple[Device, Device, Device], mini_form: Instrument, on_a: tuple[Any, ...], on_b: tuple[Any, ...]
) -> tuple[Device, str]:
    """A record made on A, synced to B, changed on both (*on_a*, *on_b*: changes) and synced
    both ways: B holds the conflict, and has a school and an observer to open the app with."""
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, *on_a)
    edit(b.store, obs.id, *on_b)
    a.sync()
    b.sync()
    assert b.store.sync_conflicts()
    b.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    me = b.store.save_observer(Observer(name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    b.store.set_setting("self_observer_id", me.id)
    return b, obs.id


async def open_conflict(app: Any, pilot: Any, obs_id: str) -> Any:
    """The conflict screen over Beranda, its parts' table focused."""
    from observasi.tui.dialogs.conflict import ConflictScreen
    from observasi.tui.screens.home_screen import HomeScreen
    from tests.waiting import wait_for_screen

    await wait_for_screen(pilot, HomeScreen)
    app.push_screen(ConflictScreen(app.context, obs_id))
    conflict = await wait_for_screen(pilot, ConflictScreen)
    conflict.query_one("#conflict-parts").focus()
    return conflict


def plaintext_file(device: Device, path: Path) -> bytes:
    """The revision file *path* (sealed, as observasi writes it now) as observasi wrote it
    before encryption (format version 1, plaintext): such files are still read."""
    from observasi.sync import device_key, revision_file

    key = device_key.load_or_create(device.store.data_dir)
    return revision_file.encode(device.store.revision(path.stem), key)[0]


def folder_snapshot(shared: Path) -> dict[str, str]:
    """Every file in the shared folder with the sha256 of its bytes."""
    return {
        p.relative_to(shared).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(shared.rglob("*"))
        if p.is_file()
    }


def bucket_snapshot(server, url: str) -> dict[str, str]:
    """Every object under the bucket URL's prefix with its ETag (the server's hash of it)."""
    prefix = url.split("/", 3)[3] + "/"
    return {m["path"]: m["e_tag"] or "" for page in server.store().list(prefix) for m in page}


def assert_only_added(before: dict[str, str], after: dict[str, str]) -> None:
    """observasi never changes or removes a file in the shared folder."""
    for name, digest in before.items():
        assert after.get(name) == digest, f"{name} changed or removed"


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Google Drive" / "Sekolah"
    folder.mkdir(parents=True)
    return folder


def enroll(founder: Device, *others: Device) -> None:
    """The school's laptops as a principal sets them up: the first sync founds the school,
    each other laptop asks to join, the first approves each by its code, and they sync to
    take the school key."""
    from observasi.sync import devices as school_devices

    founder.sync()
    for other in others:
        report = other.sync()
        code = join_code(report)
        if founder.bucket is None:  # a bucket is remembered by the founder's sync already
            founder.context.update_settings(shared_folder=founder.shared)
        school_devices.approve(founder.context, code)
        other.sync()


@pytest.fixture
def devices(tmp_path: Path, shared: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(n, AppContext(Settings(data_dir=tmp_path / f"laptop-{n}")), shared) for n in "ABC")
    enroll(*made)
    yield made  # type: ignore[misc]
    for device in made:
        device.close()
