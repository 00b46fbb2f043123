"""This laptop's signing key as a person reads it: whose it is and until when it is valid
(no object identifiers, no algorithm names), or what is wrong with the key file, so the
app can offer to replace a damaged key as it does an expired one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from observasi import paths
from observasi.core.names import name_key
from observasi.core.os_reason import read_reason
from observasi.i18n import t
from observasi.signing import key_file
from observasi.signing.keys import holder_name, own_certificate, subject_attribute

if TYPE_CHECKING:
    from observasi.context import AppContext


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


@dataclass(frozen=True)
class CertificateDiffers:
    """The certificate of this laptop's key names another person or number than the saved
    observer: *named* is what it says, *profile* what the profile says: "NIP ..." when only
    the number differs, else "Name (NIP ...)"."""

    named: str
    profile: str


def _compact(text: str) -> str:
    """A number as compared: "NIP 19780301 200501 1 001" and "nip 197803012005011001" are one."""
    return "".join(name_key(text).split())


def certificate_differs(context: AppContext) -> CertificateDiffers | None:
    """Whether the key's certificate still names the saved observer (None: it does, or
    there is no key or no observer to compare).

    The certificate seals the name and "NIP <number>" for ten years (:func:`create_key`);
    the profile can be corrected any day (a 17-digit NIP the welcome once let through).
    Then every sheet prints the new number but is signed by a certificate naming the old
    one: said where the key is shown and before a sheet is signed, never silently."""
    from cryptography.x509.oid import NameOID

    cert = own_certificate(context.settings.data_dir)
    observer = context.store.self_observer()
    if cert is None or observer is None:
        return None
    named_name, named_number = holder_name(cert), subject_attribute(cert, NameOID.SERIAL_NUMBER)
    number = f"{observer.id_label} {observer.id_number}" if observer.id_number.strip() else ""
    if name_key(named_name) == name_key(observer.name) and _compact(named_number) == _compact(number):
        return None
    if name_key(named_name) == name_key(observer.name):  # only the number differs: only it is named
        none = t("fx10c.key.no_number")
        return CertificateDiffers(named_number or none, number or none)
    return CertificateDiffers(_person(named_name, named_number), _person(observer.name, number))


def _person(name: str, number: str) -> str:
    return f"{name} ({number})" if number else name
