"""The observer key file: the key and its certificate, sealed under a stretched passphrase.

A PKCS#12 file's own protection is a PBKDF2 that a guesser runs thousands of times a second
on one core. The file is therefore a small JSON envelope instead (format in docs/privacy.md)::

    {"format": "observasi-key", "version": 1,
     "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4, "salt": "<b64>"},
     "cipher": "aes-256-gcm", "nonce": "<b64>", "ciphertext": "<b64>"}

The ciphertext is AES-256-GCM, under the key Argon2id (RFC 9106) derives from the
passphrase, of an unencrypted PKCS#12 holding the key and certificate; the header (all but
nonce and ciphertext) is the associated data, so cheaper KDF settings cannot be swapped in.
Each guess costs 64 MiB of memory and about half a second, and the passphrase must be
:data:`MIN_PASSPHRASE` characters long: a guesser cannot try its way through.

Keys made before this (a PKCS#12 protected by the passphrase itself) still load.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

FORMAT = "observasi-key"
VERSION = 1
# RFC 9106's second recommended option (for memory-constrained machines): 64 MiB, 3 passes.
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 4
# 12 characters (three or four short words) against a guesser paying 64 MiB and about half
# a second per try: even only lowercase letters make 26^12 ≈ 10^17 candidates.
MIN_PASSPHRASE = 12


class WrongPassphrase(ValueError):
    """The envelope is sound; the passphrase does not open it."""


def what_is_wrong(data: bytes) -> str | None:
    """The catalog key saying why *data* cannot be this laptop's key file, judged before
    any passphrase is tried; None when it looks like one (an envelope or a PKCS#12)."""
    head = data.lstrip()
    if not head:
        return "bad.key.empty"
    if head.startswith(b"-----BEGIN"):
        return "bad.key.pem"  # a PEM key or certificate put in its place
    if is_sealed(data):
        try:
            envelope = json.loads(data)
        except ValueError:
            return "bad.key.damaged"
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            return "bad.key.not_observasi"
        if envelope.get("version") != VERSION:
            return "bad.key.newer"
        return None
    return None if data[:1] == b"\x30" else "bad.key.not_key"  # PKCS#12 is a DER SEQUENCE


def is_sealed(data: bytes) -> bool:
    """An envelope written by :func:`seal` (a PKCS#12 file starts with a DER SEQUENCE byte)."""
    return data.lstrip()[:1] == b"{"


def _derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(passphrase.encode("utf-8"))


def _header(kdf: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "kdf": kdf, "cipher": "aes-256-gcm"}


def _associated(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(key: Any, cert: Any, friendly_name: bytes, passphrase: str) -> bytes:
    """The envelope bytes for *key* and *cert* under *passphrase*."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import pkcs12

    inner = pkcs12.serialize_key_and_certificates(friendly_name, key, cert, None, serialization.NoEncryption())
    kdf = {
        "name": "argon2id",
        "memory_kib": MEMORY_KIB,
        "iterations": ITERATIONS,
        "lanes": LANES,
        "salt": base64.b64encode(os.urandom(16)).decode("ascii"),
    }
    header = _header(kdf)
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(passphrase, kdf)).encrypt(nonce, inner, _associated(header))
    envelope = {
        **header,
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "ciphertext": base64.b64encode(sealed).decode("ascii"),
    }
    return json.dumps(envelope, indent=1).encode("utf-8") + b"\n"


def unseal(data: bytes, passphrase: str) -> tuple[Any, Any]:
    """(private key, certificate) from an envelope or an older PKCS#12 file; ValueError when
    the passphrase is wrong or the file is damaged."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not is_sealed(data):
        key, cert, _ = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
        return key, cert
    try:
        envelope = json.loads(data)
        kdf = envelope["kdf"]
        if envelope["format"] != FORMAT or envelope["version"] != VERSION or kdf["name"] != "argon2id":
            raise ValueError("not an observasi key of a known version")
        if int(kdf["memory_kib"]) > 4 * 1024 * 1024 or int(kdf["iterations"]) > 100 or int(kdf["lanes"]) > 64:
            raise ValueError("key derivation settings out of range")  # a file that would freeze the laptop
        inner = AESGCM(_derive(passphrase, kdf)).decrypt(
            base64.b64decode(envelope["nonce"]),
            base64.b64decode(envelope["ciphertext"]),
            _associated(_header(kdf)),
        )
    except InvalidTag as exc:
        raise WrongPassphrase("wrong passphrase") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError("damaged key file") from exc
    key, cert, _ = pkcs12.load_key_and_certificates(inner, None)
    return key, cert
