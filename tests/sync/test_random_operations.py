"""Many edits, finalises, amendments, deletes and syncs in random order on three laptops,
with sync-client conflict copies and half-downloaded files thrown in: no revision is lost,
every laptop ends with the same heads and the same records, and a second sync is a no-op."""

from __future__ import annotations

import contextlib
import random
import shutil
from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Status
from observasi.sync import service
from observasi.sync.conflicts import conflict_view
from observasi.sync.naming import ID_RE, app_dir
from tests.conftest import edit
from tests.sync.conftest import Device, assert_only_added, bucket_snapshot, folder_snapshot

STEPS = 140


def _in_conflict(device: Device) -> set[str]:
    return {obs_id for obs_id, _ in device.store.sync_conflicts()}


def _editable(device: Device, rng: random.Random, final: bool | None = None) -> str | None:
    busy = _in_conflict(device)
    choices = [
        s.id
        for s in device.store.list_observations(order="date_asc")
        if s.id not in busy and (final is None or (s.status == Status.final) == final)
    ]
    return rng.choice(sorted(choices)) if choices else None


def _resolve_all(device: Device) -> None:
    """The test's user merges, taking version A where a part needs a choice."""
    for conflict in service.conflicts(device.context):
        view = conflict_view(device.context, conflict.observation_id)
        if view is not None:
            service.resolve(device.context, conflict.observation_id, {c.unit: "a" for c in view.merge.undecided()})


def _bucket_mischief(device: Device, others: list[Device], rng: random.Random, server) -> service.SyncReport:
    """What can go wrong in a bucket: someone copies an object under a copy's name, or
    uploads a cut-off copy (a put is atomic: a half object never appears under a name)."""
    store = server.store()
    prefix = device.bucket.split("/", 3)[3] + "/observasi/"
    keys = sorted(
        m["path"]
        for other in others
        for page in store.list(prefix + other.store.device_id + "/")
        for m in page
        if ID_RE.fullmatch(m["path"].rsplit("/", 1)[1].removesuffix(".json"))
    )
    if keys and rng.random() < 0.3:
        source = rng.choice(keys)
        stem = source.removesuffix(".json")
        data = bytes(store.get(source).bytes())
        if rng.random() < 0.5:
            _put_once(store, f"{stem} (1).json", data)
        else:
            _put_once(store, f"{stem} (2).json", data[: rng.randint(0, len(data) - 1)])
    return device.sync()


def _put_once(store, key: str, data: bytes) -> None:
    """A copy made once: a second copy under the same name is refused by the bucket (a
    listing by a prefix with spaces and brackets does not find it on SeaweedFS)."""
    from obstore.exceptions import AlreadyExistsError

    with contextlib.suppress(AlreadyExistsError):
        store.put(key, data, mode="create")


def _sync_with_mischief(device: Device, others: list[Device], rng: random.Random, server=None) -> service.SyncReport:
    if device.bucket is not None:
        return _bucket_mischief(device, others, rng, server)
    files = (
        sorted(
            p
            for other in others
            for p in (app_dir(device.shared) / other.store.device_id).glob("*.json")
            if ID_RE.fullmatch(p.stem)
        )
        if app_dir(device.shared).is_dir()
        else []
    )
    restore: dict[Path, bytes] = {}
    if files and rng.random() < 0.3:  # a sync client's conflict copy
        source = rng.choice(files)
        name = rng.choice(
            [
                f"{source.stem} (1).json",
                f"{source.stem}.sync-conflict-20261124-101500-ABCDEFG.json",
                f"{source.stem} (Budi's conflicted copy 2026-11-24).json",
                f"{source.stem}-LAPTOP.json",
            ]
        )
        if not source.with_name(name).exists():
            shutil.copyfile(source, source.with_name(name))
    if files and rng.random() < 0.3:  # a file still downloading on this laptop
        victim = rng.choice(files)
        restore[victim] = victim.read_bytes()
        victim.write_bytes(restore[victim][: rng.randint(0, len(restore[victim]) - 1)])
    try:
        return device.sync()
    finally:
        for path, data in restore.items():
            path.write_bytes(data)


@pytest.mark.parametrize(("seed", "place"), [(5, "folder"), (2026, "folder"), (5, "bucket")])
def test_random_operations_converge_without_losing_a_revision(
    devices, mini_form: Instrument, seed: int, place: str, request: pytest.FixtureRequest
) -> None:
    """The same for a folder and for a real S3-compatible bucket (SeaweedFS)."""
    rng = random.Random(seed)
    all_devices = list(devices)
    server = None
    if place == "bucket":
        url = request.getfixturevalue("bucket")
        server = request.getfixturevalue("s3_server")
        for d in all_devices:
            d.bucket, d.endpoint = url, server.endpoint

    def snapshot_now() -> dict[str, str]:
        if server is not None:
            return bucket_snapshot(server, all_devices[0].bucket)
        return folder_snapshot(all_devices[0].shared)

    created: set[str] = set()
    snapshot: dict[str, str] = {}
    seen = {"conflicts": 0, "problems": 0}
    for step in range(STEPS):
        device = rng.choice(all_devices)
        others = [d for d in all_devices if d is not device]
        op = rng.choices(
            ["new", "edit", "rate", "finalise", "amend", "delete", "sync", "resolve"],
            weights=[8, 14, 14, 6, 4, 2, 20, 4],
        )[0]
        if op == "new":
            device.new_observation(mini_form, teacher=f"Guru {step}")
        elif op == "edit" and (obs_id := _editable(device, rng, final=False)):
            edit(device.store, obs_id, ch.SetDetails({"topic": f"Topik {step}"}))
        elif op == "rate" and (obs_id := _editable(device, rng, final=False)):
            edit(device.store, obs_id, ch.Rate(rng.choice(["R1", "R2", "I1", "I2", "I3"]), rng.choice("1234")))
        elif op == "finalise" and (obs_id := _editable(device, rng, final=False)):
            edit(device.store, obs_id, ch.Finalise())
        elif op == "amend" and (obs_id := _editable(device, rng, final=True)):
            edit(device.store, obs_id, ch.Amend(f"Koreksi {step}", device.name))
        elif op == "delete" and (obs_id := _editable(device, rng)):
            device.store.delete_observation(obs_id)
        elif op == "sync":
            report = _sync_with_mischief(device, others, rng, server)
            seen["conflicts"] += len(report.conflicts)
            seen["problems"] += len(report.problems)
            after = snapshot_now()
            assert_only_added(snapshot, after)
            snapshot = after
        elif op == "resolve":
            _resolve_all(device)
        for d in all_devices:
            created |= d.revision_ids()

    assert seen["conflicts"] and seen["problems"], seen  # the run did meet conflicts and half files

    # Final rounds: everyone syncs; conflicts are resolved on one laptop; until stable.
    for _ in range(6):
        for d in all_devices * 2:
            d.sync()
        if not any(service.conflicts(d.context) for d in all_devices):
            break
        _resolve_all(all_devices[0])
    for d in all_devices:
        created |= d.revision_ids()
    for d in all_devices * 2:
        d.sync()

    assert_only_added(snapshot, snapshot_now())
    for d in all_devices:
        assert d.revision_ids() == created, "a revision was lost"
        assert service.conflicts(d.context) == [], f"a conflict left on {d.name}"
        # Which record still counts as waiting to be sent, if one does (a record saved again
        # within a second as its head holds it did, until capture_edits marked it revised).
        assert service.status(d.context).pending == 0, (d.name, d.store.changed_since_revision())
    observation_ids = {
        r["observation_id"] for r in all_devices[0].store.db.query("select observation_id from revisions")
    }
    for obs_id in observation_ids:
        assert all_devices[0].heads(obs_id) == all_devices[1].heads(obs_id) == all_devices[2].heads(obs_id)
        records = [
            (d.store.is_deleted(obs_id), d.store.get_observation(obs_id).model_dump(exclude={"updated_at"}))
            for d in all_devices
        ]
        assert records[0] == records[1] == records[2]
    for d in all_devices:
        again = d.sync()
        assert (again.sent, again.received) == (0, 0)
