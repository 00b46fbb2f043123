"""Genuine revision files in bulk, for benchmarks (bench/) and load tests.

``write_revision_files(shared, 10_000)`` fills ``<shared>/observasi/<device>/`` as a
laptop that has saved that many revisions would have, signed with a throw-away device
key, so an import of them does all the work a real one does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from observasi.core.canonical import revision_hash
from observasi.core.forms import load_catalog
from observasi.core.record import Evidence, Observation, Person, Rating, Status, record_payload
from observasi.store.models import Revision
from observasi.sync import revision_file
from observasi.sync.device_key import DeviceKey
from observasi.sync.naming import device_dir, form_file_name, revision_file_name

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.sync.envelope import Keyring

# 2026-11-24T01:00:00Z in Unix ms: the revisions are made a minute apart from then (a
# rescan lists each device prefix from ten minutes before the newest it has read).
_START_MS = 1_795_482_000_000


def _time_ordered_id(rng: random.Random, n: int) -> str:
    """The *n*-th revision's id as a laptop makes it (observasi.core.status.new_revision_id:
    the UUIDv7 layout), from *rng* so a seed gives the same files."""
    value = (_START_MS + n * 60_000) << 80 | 0x7 << 76 | rng.getrandbits(76)
    return f"{(value & ~(0b11 << 62)) | (0b10 << 62):032x}"


def write_revision_files(
    shared: Path,
    count: int,
    *,
    per_observation: int = 5,
    form_id: str = "supervisi-akademik",
    seed: int = 1,
    writer: tuple[str, DeviceKey] | None = None,
    encode: Callable[[Revision, DeviceKey], tuple[bytes, str, str]] | None = None,
) -> int:
    """Write *count* revision files (chains of *per_observation* per record); returns the
    number of observations they describe. *writer* (device id, key): a member device of a
    school instead of a throw-away one; *encode*: how a file is made (sealed, for instance)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from observasi.core.canonical import canonical_json

    rng = random.Random(seed)
    known = load_catalog().get(form_id)
    if known is None:
        raise ValueError(f"no bundled form {form_id!r}")
    inst = known.instrument
    key = DeviceKey(ec.generate_private_key(ec.SECP256R1()))
    device = f"{rng.getrandbits(64):016x}"
    if writer is not None:
        device, key = writer
    folder = device_dir(shared, device)
    folder.mkdir(parents=True, exist_ok=True)
    # The form as a laptop publishes it: the canonical JSON its hash is computed over (a form
    # whose body did not match its name was a problem, read again on every rescan).
    (folder / form_file_name(known.hash)).write_bytes(canonical_json(inst.canonical_data()))
    indicators = [ind.id for _, ind in inst.indicators()]
    levels = [level.key for level in inst.scale.levels]
    observer_id = f"{rng.getrandbits(128):032x}"  # one principal observed them all
    observations = 0
    written = 0
    while written < count:
        observations += 1
        obs = Observation(
            id=f"{rng.getrandbits(128):032x}",
            form_id=inst.id,
            form_version=inst.version,
            form_hash=known.hash,
            teacher_id=f"{rng.getrandbits(128):032x}",
            teacher=Person(name=f"Guru {observations}"),
            observer_id=observer_id,
            observer=Person(name="Kepala Sekolah"),
            subject="IPA",
            class_name="VII A",
            topic="Gerak lurus",
            date="2026-11-24",
            semester="2026-1",
            created_at="2026-11-24T01:00:00Z",
            updated_at="2026-11-24T01:00:00Z",
        )
        parent: list[str] = []
        for step in range(min(per_observation, count - written)):
            ratings = {
                i: Rating(indicator_id=i, level=rng.choice(levels))
                for i in indicators[: (step + 1) * len(indicators) // per_observation]
            }
            evidence = [
                Evidence(
                    id=f"{rng.getrandbits(128):032x}",
                    at="2026-11-24T01:10:00Z",
                    minute=10 + k,
                    text=f"Catatan bukti nomor {k} tentang kegiatan siswa.",
                )
                for k in range(step * 2)
            ]
            status = Status.final if step == per_observation - 1 else Status.observing
            obs = obs.model_copy(
                update={
                    "ratings": ratings,
                    "evidence": evidence,
                    "status": status,
                    "updated_at": f"2026-11-24T01:{10 + step:02d}:00Z",
                }
            )
            payload = record_payload(obs)
            rid = _time_ordered_id(rng, written)
            revision = Revision(
                id=rid,
                observation_id=obs.id,
                parents=parent,
                device_id=device,
                author="Kepala Sekolah",
                created_at=f"2026-11-24T01:{10 + step:02d}:30Z",
                deleted=False,
                payload=payload,
                hash=revision_hash(payload, False),
            )
            data, _, _ = (encode or revision_file.encode)(revision, key)
            (folder / revision_file_name(rid)).write_bytes(data)
            parent = [rid]
            written += 1
    return observations


def sealed_member(context: AppContext, shared: Path) -> tuple[tuple[str, DeviceKey], Keyring]:
    """A member laptop of the school whose key files are in *shared* (the shared folder, or
    for a bucket the local copy of its key files): its (device id, key) and the keyring its
    sync seals with -- for ``write_revision_files(..., writer=member, encode=keys.encode)``,
    which then writes revision files sealed and signed as that laptop publishes them (each
    teacher's data key made and its ``dk-`` file written into *shared* on first use)."""
    from observasi.sync import device_key, devices, envelope

    store = context.store
    keys = envelope.keyring(store, shared, devices.prepare(context, shared))
    return (store.device_id, device_key.load_or_create(store.data_dir)), keys
