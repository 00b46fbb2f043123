"""The plainest opening of a sealed school's objects, for the floor of a district's first
import (bench/district_bucket.py): what no reader of a sealed bucket can skip.

For each object: ``json.loads``; a teacher's data key file (``dk-``): its signature checked
against the member that wrote it and the data key unwrapped under the school key (AES-GCM),
once per key; a revision file: the sha256 of its signed fields, its ECDSA signature
checked, the record AES-GCM decrypted under its teacher's data key and ``json.loads``-ed.
The school keys and members come from what the district holds after its import (read
before the floor is timed): learning them is a few small files per school.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from observasi import paths
from observasi.context import AppContext
from observasi.core.canonical import canonical_json
from observasi.settings import Settings
from observasi.sync import device_key, devices, envelope, key_files


@dataclass
class SchoolOpener:
    school_keys: dict[str, bytes]
    members: dict[str, str]  # device id -> public key
    data_keys: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, dinas: Path, slug: str) -> SchoolOpener:
        """The keys the district holds for the school *slug* (after reading it)."""
        own = AppContext(Settings(data_dir=paths.district_school_dir(dinas, slug)))
        try:
            state = devices.prepare(own, key_files.local_copy(own.settings.data_dir))
        finally:
            own.store.close()
        if state.school is None:
            raise RuntimeError(f"{slug}: the district holds no school key")
        return cls(dict(state.school.keys), {d: m.public_key for d, m in state.members.items()})

    @staticmethod
    def order(keys: list[str]) -> list[str]:
        """Data key files first: a revision is opened with a key read before it."""
        return sorted(keys, key=lambda k: not envelope.is_data_key_file(k.rsplit("/", 1)[-1]))

    def open(self, name: str, raw: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            data = json.loads(raw)
        except ValueError:
            return  # not JSON (none is, today): read all the same
        if envelope.is_data_key_file(name):
            body = {k: v for k, v in data.items() if k != "signature"}
            digest = hashlib.sha256(canonical_json(body)).hexdigest()
            if not device_key.verify(self.members[body["device_id"]], data["signature"], digest.encode("ascii")):
                raise ValueError(f"{name}: bad signature")
            dkid, teacher, kid = body["dkid"], body["teacher_id"], body["kid"]
            aad = f"{dkid}|{teacher}|{kid}".encode("ascii")
            self.data_keys[dkid] = AESGCM(self.school_keys[kid]).decrypt(
                base64.b64decode(body["nonce"]), base64.b64decode(body["ciphertext"]), aad
            )
        elif isinstance(data, dict) and "sealed" in data:
            digest = hashlib.sha256(canonical_json({k: data[k] for k in envelope._SIGNED})).hexdigest()
            if not device_key.verify(data["public_key"], data["signature"], digest.encode("ascii")):
                raise ValueError(f"{name}: bad signature")
            sealed = data["sealed"]
            aad = f"{data['id']}|{data['observation_id']}|{sealed['dkid']}".encode("ascii")
            plaintext = AESGCM(self.data_keys[sealed["dkid"]]).decrypt(
                base64.b64decode(sealed["nonce"]), base64.b64decode(sealed["ciphertext"]), aad
            )
            json.loads(plaintext)
