"""Colleagues' certificates that arrived through the shared folder and wait to be trusted.

A sync puts every observer certificate of the school that this laptop does not trust yet in
``keys/pending/`` (the certificate, and beside it which laptop published it). A person
trusts one after comparing its *code* -- the same 20 digits are shown on the colleague's
laptop (``keys show``, Settings) -- which moves it into ``keys/trusted/``. Membership of
the school alone does not make it trusted: a member laptop vouches for the laptop, not
for the person who made the signing key on it (docs/sync-protocol.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observasi import files, paths
from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing.keys import (
    fingerprint_der,
    holder_name,
    own_certificate,
    subject_attribute,
    trusted_certificates,
)


def pending_dir(data_dir: Path) -> Path:
    return paths.pending_certificates_dir(data_dir)


def phone_code(der: bytes) -> str:
    """20 digits in four groups, read aloud over the phone to compare a certificate: the
    first 9 bytes of its SHA-256 as a number (about 66 bits; a forger cannot aim at it)."""
    number = int.from_bytes(hashlib.sha256(der).digest()[:9], "big") % 10**20
    digits = f"{number:020d}"
    return " ".join(digits[i : i + 5] for i in range(0, 20, 5))


def own_der(data_dir: Path) -> bytes | None:
    """This laptop's certificate (DER), or None when its observer has no key yet."""
    from cryptography.hazmat.primitives import serialization

    cert = own_certificate(data_dir)
    return None if cert is None else bytes(cert.public_bytes(serialization.Encoding.DER))


def own_code(data_dir: Path) -> str | None:
    der = own_der(data_dir)
    return None if der is None else phone_code(der)


@dataclass(frozen=True)
class Pending:
    fingerprint: str  # colon-separated hex, as verify prints it
    code: str  # the 20 digits to compare
    name: str  # the certificate's common name (the observer)
    number: str  # "NIP 1978..." when the certificate carries one
    school: str
    laptop: str  # the laptop that published it (its name and observer)
    valid_until: str
    path: Path

    def described(self) -> str:
        """The certificate as a person compares it: whose, from which laptop, its code."""
        return t(
            "travel.cert.line",
            name=self.name,
            number=f" ({self.number})" if self.number else "",
            school=self.school or "-",
            laptop=self.laptop or "-",
            until=self.valid_until,
            code=self.code,
        )


def _load(der: bytes) -> Any | None:
    from cryptography import x509

    try:
        return x509.load_der_x509_certificate(der)
    except ValueError:
        return None


def offer(data_dir: Path, der: bytes, laptop: str, device: str) -> bool:
    """Keep a certificate that came through the folder as pending, unless it is trusted
    already, pending already, or no certificate. True when it is new here."""
    cert = _load(der)
    if cert is None:
        return False
    fingerprint = fingerprint_der(der)
    if fingerprint in trusted_certificates(data_dir):
        return False
    digest = hashlib.sha256(der).hexdigest()
    folder = pending_dir(data_dir)
    target = folder / f"{digest}.der"
    if target.is_file():
        return False
    folder.mkdir(parents=True, exist_ok=True)
    files.restrict_to_owner(folder)  # a certificate names its observer and NIP
    meta = json.dumps({"laptop": laptop, "device": device}).encode("utf-8")
    files.write_bytes(folder / f"{digest}.json", meta, private=True)
    files.write_bytes(target, der, private=True)
    return True


def pending(data_dir: Path) -> list[Pending]:
    """The certificates waiting for a person's confirmation, by name."""
    from cryptography.x509.oid import NameOID

    folder = pending_dir(data_dir)
    if not folder.is_dir():
        return []
    trusted = trusted_certificates(data_dir)
    found: list[Pending] = []
    for path in sorted(folder.glob("*.der")):
        try:
            der = path.read_bytes()
            meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
        except (OSError, ValueError):
            meta = {}
            der = b""
        cert = _load(der)
        if cert is None or fingerprint_der(der) in trusted:
            continue
        found.append(
            Pending(
                fingerprint_der(der),
                phone_code(der),
                holder_name(cert),
                subject_attribute(cert, NameOID.SERIAL_NUMBER),
                subject_attribute(cert, NameOID.ORGANIZATION_NAME),
                str(meta.get("laptop", "")),
                cert.not_valid_after_utc.date().isoformat(),
                path,
            )
        )
    return sorted(found, key=lambda p: (p.name.casefold(), p.fingerprint))


def waiting_for(data_dir: Path, fingerprint: str) -> Pending | None:
    """The pending certificate with this fingerprint, if one waits."""
    return next((p for p in pending(data_dir) if p.fingerprint == fingerprint), None)


def _plain(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def find(data_dir: Path, which: str) -> Pending:
    """The one pending certificate *which* names: its code (spaces optional) or the start
    of its fingerprint; UserError naming what is pending otherwise."""
    wanted = _plain(which)
    waiting = pending(data_dir)
    if not waiting:
        raise UserError(t("travel.cert.none_pending"))
    hits = [
        p
        for p in waiting
        if wanted and (_plain(p.code) == wanted or (len(wanted) >= 8 and _plain(p.fingerprint).startswith(wanted)))
    ]
    if len(hits) != 1:
        raise UserError(t("travel.cert.which", which=which, codes=", ".join(p.code for p in waiting)))
    return hits[0]


def trust(data_dir: Path, item: Pending) -> Path:
    """Trust a pending certificate: it moves into ``keys/trusted/``."""
    der = item.path.read_bytes()
    target = paths.colleague_certificate(data_dir, hashlib.sha256(der).hexdigest())
    target.parent.mkdir(parents=True, exist_ok=True)
    files.write_bytes(target, der)
    for path in (item.path, item.path.with_suffix(".json")):
        path.unlink(missing_ok=True)
    return target
