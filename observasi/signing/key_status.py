"""This laptop's signing key as a person reads it: whose it is and until when it is valid
(no object identifiers, no algorithm names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from observasi import paths
from observasi.signing.keys import own_certificate


@dataclass(frozen=True)
class KeyStatus:
    holder: str
    valid_until: dt.date


def key_status(data_dir: Path) -> KeyStatus | None:
    """Whose key this laptop holds and until when (None: no key yet)."""
    from cryptography.x509.oid import NameOID

    if not paths.observer_key(data_dir).is_file():
        return None
    cert = own_certificate(data_dir)
    if cert is None:
        return None
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    holder = str(names[0].value) if names else ""
    return KeyStatus(holder=holder, valid_until=cert.not_valid_after_utc.date())
