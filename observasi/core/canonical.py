"""Canonical JSON: the one byte form that hashes and signatures are computed over."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant white space.

    Floats are not used in records (scores are integers, nilai is a decimal string), so
    the form is stable across platforms and Python versions.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def sha256_hex(value: Any) -> str:
    # Imported here: hashlib loads OpenSSL (5-15 ms), which a command that only reads
    # (`observasi list`) and the TUI's first screen do not need.
    import hashlib

    return hashlib.sha256(canonical_json(value)).hexdigest()


def revision_hash(payload: dict[str, Any], deleted: bool) -> str:
    """The *revision hash*: what a revision is keyed by, in the database and in the shared
    folder (a revision file's ``content_hash`` field). Two revisions with the same record
    content and the same deleted flag have the same revision hash. (Not the *content
    hash* of a record, :func:`observasi.core.record.content_hash`, which is printed in the
    QR code and signed; nor a revision file's ``sha256``, the digest of the whole file.)"""
    return sha256_hex({"payload": payload, "deleted": deleted})
