"""This laptop's signing key as a person reads it: whose it is and until when it is valid
(no object identifiers, no algorithm names), or what is wrong with the key file, so the
app can offer to replace a damaged key as it does an expired one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from observasi import paths
from observasi.core.os_reason import read_reason
from observasi.i18n import t
from observasi.signing import key_file
from observasi.signing.keys import holder_name, own_certificate


@dataclass(frozen=True)
class KeyStatus:
    holder: str
    valid_until: dt.date | None
    problem: str = ""  # why the key cannot sign at all (damaged, not a key, no certificate)

    @property
    def expired(self) -> bool:
        return self.valid_until is not None and self.valid_until < dt.date.today()


def key_status(data_dir: Path) -> KeyStatus | None:
    """Whose key this laptop holds and until when (None: no key yet)."""

    path = paths.observer_key(data_dir)
    if not path.is_file():
        return None
    cert = own_certificate(data_dir)
    holder, until = "", None
    if cert is not None:
        holder = holder_name(cert)
        until = cert.not_valid_after_utc.date()
    try:
        wrong = key_file.what_is_wrong(path.read_bytes())
    except OSError as exc:
        return KeyStatus(holder, until, t("signing.err.read", path=path, detail=read_reason(exc)))
    if wrong:
        return KeyStatus(holder, until, t(wrong, path=path))
    if cert is None:
        return KeyStatus(holder, until, t("bad.key.incomplete", path=path))
    return KeyStatus(holder, until)
