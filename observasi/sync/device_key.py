"""The device key: an EC P-256 key that signs every revision this laptop publishes.

Why a device key and not the observer's personal key: the observer's key
(``keys/observer.p12``, made for the signed PDF sheet) is protected by a passphrase,
and sync runs unattended (after finalising, on quit) when nobody can type one. The
device key therefore stays unencrypted at rest in ``<data_dir>/keys/device.pem``, like
an SSH host key: it proves which laptop wrote a revision file and that nobody changed
the file afterwards; the observer's personal signature is the one on the PDF sheet.
Receivers pin a device's public key the first time they see it, so a later file that
claims the same device but carries another key is reported, not imported.
"""

from __future__ import annotations

import base64
import contextlib
import os
import threading
from functools import lru_cache
from pathlib import Path

from observasi.sync.folder import retry_on_sharing_error

KEY_DIR = "keys"
KEY_FILE = "device.pem"
_lock = threading.Lock()


class DeviceKey:
    """A loaded private key and its public half, ready to sign."""

    def __init__(self, private_key: object) -> None:
        from cryptography.hazmat.primitives import serialization

        self._key = private_key
        der = private_key.public_key().public_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.public_key = base64.b64encode(der).decode("ascii")

    def sign(self, data: bytes) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        signature = self._key.sign(data, ec.ECDSA(hashes.SHA256()))  # type: ignore[attr-defined]
        return base64.b64encode(signature).decode("ascii")


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_DIR / KEY_FILE


def load_or_create(data_dir: Path) -> DeviceKey:
    """This data directory's device key, made (and saved atomically) the first time."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    path = key_path(data_dir)
    with _lock:
        if path.exists():
            return DeviceKey(serialization.load_pem_private_key(path.read_bytes(), password=None))
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{KEY_FILE}.{os.getpid()}.tmp")
        with open(temp, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o600)  # meaningful on POSIX; Windows keeps the user's profile ACL
        retry_on_sharing_error(lambda: os.replace(temp, path))
        return DeviceKey(key)


@lru_cache(maxsize=256)
def _public_key(public_key_b64: str) -> object:
    from cryptography.hazmat.primitives import serialization

    return serialization.load_der_public_key(base64.b64decode(public_key_b64, validate=True))


def verify(public_key_b64: str, signature_b64: str, data: bytes) -> bool:
    """True when *signature_b64* is a valid signature of *data* by *public_key_b64*."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        key = _public_key(public_key_b64)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(base64.b64decode(signature_b64, validate=True), data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
