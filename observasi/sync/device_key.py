"""The device key: an EC P-256 key that signs every revision this laptop publishes.

Why a device key and not the observer's personal key: the observer's key
(``keys/observer.p12``, made for the signed PDF sheet) is protected by a passphrase,
and sync runs unattended (after finalising, on quit) when nobody can type one. The
device key therefore stays unencrypted at rest in ``<data dir>/keys/device.pem``, like
an SSH host key: it proves which laptop wrote a revision file and that nobody changed
the file afterwards; the observer's personal signature is the one on the PDF sheet.
Receivers pin a device's public key the first time they see it, so a later file that
claims the same device but carries another key is reported, not imported.
"""

from __future__ import annotations

import base64
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from observasi import files, paths

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec

_lock = threading.Lock()


class DeviceKey:
    """A loaded private key and its public half, ready to sign."""

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        from cryptography.hazmat.primitives import serialization

        self._key = private_key
        der = private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.public_key = base64.b64encode(der).decode("ascii")

    def sign(self, data: bytes) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec

        signature = self._key.sign(data, ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(signature).decode("ascii")


def load_or_create(data_dir: Path) -> DeviceKey:
    """This data directory's device key, made (and saved atomically) the first time.

    Saved create-only: when two programs on this laptop (the app and a sync from the
    command line) make a key at the same moment, the one saved first is the key of this
    device and the other program uses it too, so no revision is ever signed by a key that
    was then lost."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    path = paths.device_key(data_dir)
    with _lock:
        if not path.exists():
            key = ec.generate_private_key(ec.SECP256R1())
            pem = key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            if files.write_new(path, pem, private=True):
                files.restrict_to_owner(path.parent)
                return DeviceKey(key)
        saved = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(saved, ec.EllipticCurvePrivateKey):
            # What the loader raises for a file that holds no key at all.
            raise ValueError(f"{path}: not an EC private key")
        return DeviceKey(saved)


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
