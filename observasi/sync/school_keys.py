"""This laptop's secrets of the school, and a school key wrapped for one device.

The X25519 exchange key (``keys/device-kex.pem``) and the school keys (``keys/school.json``)
live owner-only in the data folder; a school key travels only wrapped for one device's
exchange key (ECDH, HKDF, AES-256-GCM; docs/sync-protocol.md). Membership and the files in
the shared folder are :mod:`observasi.sync.enrollment`'s.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi import files, paths

_WRAP_INFO = b"observasi school key wrap v1"
_lock = threading.Lock()


# -- this laptop's secrets -------------------------------------------------------------------


def kex_path(data_dir: Path) -> Path:
    return paths.device_kex_key(data_dir)


def _school_path(data_dir: Path) -> Path:
    return paths.school_keys(data_dir)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def kex_key(data_dir: Path) -> Any:
    """This device's X25519 private key (made and saved owner-only the first time)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    path = kex_path(data_dir)
    with _lock:
        if not path.exists():
            key = X25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            files.write_new(path, pem, private=True)
            files.restrict_to_owner(path.parent)
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, X25519PrivateKey):
        raise ValueError(f"{path}: not an X25519 key")
    return loaded


def kex_public(data_dir: Path) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = kex_key(data_dir).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return b64(raw)


@dataclass
class SchoolKeys:
    """What this laptop holds of the school: its founder (the root every membership goes
    back to), the school keys by id, and which one new files are written with."""

    root_device: str
    root_key: str
    keys: dict[str, bytes] = field(default_factory=dict)
    current: str = ""
    # Devices this laptop exchanged with before the school key existed (pinned keys): their
    # join requests are approved without a code, so an existing school sees no ceremony.
    known_before: dict[str, str] = field(default_factory=dict)


def load_school(data_dir: Path) -> SchoolKeys | None:
    path = _school_path(data_dir)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    return SchoolKeys(
        data["root_device"],
        data["root_key"],
        {kid: unb64(k) for kid, k in data["keys"].items()},
        data["current"],
        dict(data.get("known_before", {})),
    )


def save_school(data_dir: Path, school: SchoolKeys) -> None:
    data = {
        "root_device": school.root_device,
        "root_key": school.root_key,
        "keys": {kid: b64(k) for kid, k in school.keys.items()},
        "current": school.current,
        "known_before": school.known_before,
    }
    files.write_bytes(_school_path(data_dir), json.dumps(data, indent=1).encode("utf-8"), private=True)
    files.restrict_to_owner(_school_path(data_dir).parent)


# -- the school key, wrapped for one device ---------------------------------------------------


def _wrap_key(shared_secret: bytes, kid: str, device: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = _WRAP_INFO + f"|{kid}|{device}".encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared_secret)


def wrap_for(kid: str, school_key: bytes, device: str, kex: str) -> dict[str, Any]:
    """The school key *kid* sealed so only *device* (its X25519 key *kex*) can open it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(unb64(kex)))
    nonce = os.urandom(12)
    sealed = AESGCM(_wrap_key(secret, kid, device)).encrypt(nonce, school_key, f"{kid}|{device}".encode("ascii"))
    public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {
        "format": "observasi-school-key",
        "version": 1,
        "kid": kid,
        "device_id": device,
        "ephemeral": b64(public),
        "nonce": b64(nonce),
        "ciphertext": b64(sealed),
    }


def unwrap(data_dir: Path, body: dict[str, Any]) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kid, device = str(body["kid"]), str(body["device_id"])
        secret = kex_key(data_dir).exchange(X25519PublicKey.from_public_bytes(unb64(body["ephemeral"])))
        return AESGCM(_wrap_key(secret, kid, device)).decrypt(
            unb64(body["nonce"]), unb64(body["ciphertext"]), f"{kid}|{device}".encode("ascii")
        )
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def save_kex_key(data_dir: Path, key: Any) -> None:
    """Replace this laptop's exchange key (owner-only) with *key*."""
    from cryptography.hazmat.primitives import serialization

    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    with _lock:
        files.write_bytes(kex_path(data_dir), pem, private=True)
