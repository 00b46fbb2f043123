"""The observer's signing key: EC P-256 with a self-signed certificate.

The key lives in ``<data dir>/keys/observer.p12``, sealed under the observer's passphrase
stretched with Argon2id (:mod:`observasi.signing.key_file`; owner-only permissions where the
system has them; keys made before, plain passphrase-protected PKCS#12, still load). The certificate
(public, not secret) is also kept beside it as ``observer.crt``, so ``keys show`` and
``verify`` need no passphrase. Certificates of colleagues (``keys export-cert``) are
trusted once placed in ``keys/trusted/``. The locations are named in :mod:`observasi.paths`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import files, paths
from observasi.core.os_reason import read_reason
from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing import key_file

if TYPE_CHECKING:
    from observasi.context import AppContext

MIN_PASSPHRASE = key_file.MIN_PASSPHRASE
VALID_YEARS = 10
# RFC 9336 id-kp-documentSigning: the certificate is meant for signing documents.
DOCUMENT_SIGNING_OID = "1.3.6.1.5.5.7.3.36"
PASSPHRASE_ENV = "OBSERVASI_PASSPHRASE"
# X.509 bounds a common name to 64 characters; a name with its titles and degrees can be
# longer. The whole name then goes in X.520's "name" attribute, beside a shortened common name.
COMMON_NAME_MAX = 64  # bytes of UTF-8
FULL_NAME_OID = "2.5.4.41"
# Where trusted_certificates() says a certificate comes from when it is this laptop's own.
OWN = paths.OBSERVER_CERT


class FilePassphrase(str):
    """A passphrase read from a file, which a refusal then names (`--passphrase-file`)."""

    source: str = ""


def passphrase_from_file(text: str, source: str) -> FilePassphrase:
    value = FilePassphrase(text)
    value.source = source
    return value


def has_key(context: AppContext) -> bool:
    return paths.observer_key(context.settings.data_dir).is_file()


def fingerprint(cert: Any) -> str:
    """SHA-256 of the certificate's DER, as colon-separated hex pairs."""
    from cryptography.hazmat.primitives import serialization

    return fingerprint_der(cert.public_bytes(serialization.Encoding.DER))


def fingerprint_der(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


@dataclass(frozen=True)
class KeyInfo:
    path: Path
    subject: str
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime


def subject_attribute(cert: Any, oid: Any) -> str:
    """One attribute of a certificate's subject (its common name, NIP, school), or ""."""
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def common_name(name: str) -> str:
    """*name* as a certificate's common name: whole when it fits (the bound counts UTF-8
    bytes), else cut with "…"."""
    if len(name.encode("utf-8")) <= COMMON_NAME_MAX:
        return name
    cut = name
    while len((cut + "…").encode("utf-8")) > COMMON_NAME_MAX:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def holder_name(cert: Any) -> str:
    """The whole name of a certificate's holder: the "name" attribute a long name is kept
    in (:func:`create_key`), else the common name."""
    from cryptography.x509 import ObjectIdentifier
    from cryptography.x509.oid import NameOID

    return subject_attribute(cert, ObjectIdentifier(FULL_NAME_OID)) or subject_attribute(cert, NameOID.COMMON_NAME)


def owner_line(cert: Any) -> str:
    """Whose key a certificate is, as a person reads it: "Name (NIP ...) · School"."""
    from cryptography.x509.oid import NameOID

    name = holder_name(cert)
    number = subject_attribute(cert, NameOID.SERIAL_NUMBER)
    school = subject_attribute(cert, NameOID.ORGANIZATION_NAME)
    line = f"{name} ({number})" if number else name
    return " · ".join(part for part in (line, school) if part) or cert.subject.rfc4514_string()


def _info(path: Path, cert: Any) -> KeyInfo:
    return KeyInfo(path, owner_line(cert), fingerprint(cert), cert.not_valid_before_utc, cert.not_valid_after_utc)


def create_key(context: AppContext, passphrase: str, *, force: bool = False) -> KeyInfo:
    """Make the key of this laptop's observer; refuses to replace one unless *force*."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID, ObjectIdentifier

    data_dir = context.settings.data_dir
    path = paths.observer_key(data_dir)
    if path.exists() and not force:
        raise UserError(t("signing.err.key_exists", path=path))
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(t("privacy.key.passphrase_short", min=MIN_PASSPHRASE))
    store = context.store
    observer = store.self_observer()
    if observer is None:
        raise UserError(t("signing.err.no_observer"))
    school = store.get_school()
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name(observer.name))]
    if common_name(observer.name) != observer.name:
        attributes.append(x509.NameAttribute(ObjectIdentifier(FULL_NAME_OID), observer.name))
    if school and school.name:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, school.name))
    if observer.id_number:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"{observer.id_label} {observer.id_number}"))
    name = x509.Name(attributes)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ObjectIdentifier(DOCUMENT_SIGNING_OID)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    blob = key_file.seal(key, cert, observer.name.encode("utf-8"), passphrase)
    if path.exists():  # replacing (force): the old key is kept aside, its certificate still trusted
        _set_aside_old_key(data_dir)
    files.write_bytes(path, blob, private=True)
    files.restrict_to_owner(path.parent)
    files.write_bytes(paths.observer_certificate(data_dir), cert.public_bytes(serialization.Encoding.PEM))
    _loaded.clear()
    return _info(path, cert)


_loaded: dict[tuple[str, int, str], tuple[Any, Any]] = {}
_load_lock = threading.Lock()


def load_key(context: AppContext, passphrase: str | None) -> tuple[Any, Any]:
    """(private key, certificate) from the PKCS#12 file; one clear line when the key is
    missing or the passphrase is wrong. Kept in memory for this process, so a batch of
    sheets decrypts the file once."""
    path = paths.observer_key(context.settings.data_dir)
    if not path.is_file():
        raise UserError(t("signing.err.no_key", path=path))
    if passphrase is None:
        raise UserError(t("signing.err.passphrase_needed"))
    cache_key = (str(path), path.stat().st_mtime_ns, hashlib.sha256(passphrase.encode("utf-8")).hexdigest())
    with _load_lock:
        if cache_key in _loaded:
            return _loaded[cache_key]
        key, cert = _unseal(path, passphrase)
        _loaded.clear()
        _loaded[cache_key] = (key, cert)
        return key, cert


def load_key_meanwhile(context: AppContext, passphrase: str | None) -> Callable[[], tuple[Any, Any]]:
    """Start :func:`load_key` in a thread of its own and return what waits for it: the key
    and certificate, or the same error load_key gives (said in the caller's thread).

    Opening the key is mostly Argon2id (:mod:`observasi.signing.key_file`, about 0.2 s of
    CPU), which runs without Python's lock: the sheet is drawn meanwhile on another core
    instead of after it. The protection stays what it is; only the waiting overlaps."""
    outcome: list[tuple[Any, Any] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(load_key(context, passphrase))
        except BaseException as exc:  # handed to the thread that waits, which says it
            outcome.append(exc)

    worker = threading.Thread(target=run, name="observasi-key", daemon=True)
    worker.start()

    def wait() -> tuple[Any, Any]:
        worker.join()
        [result] = outcome
        if isinstance(result, BaseException):
            raise result
        return result

    return wait


def _unseal(path: Path, passphrase: str) -> tuple[Any, Any]:
    """The key and certificate in *path*, or one line naming the file, what is wrong with
    it and what to do: a file that is no key, a wrong passphrase (naming the passphrase
    file it came from), a key without its certificate, a certificate past its date."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(t("signing.err.read", path=path, detail=read_reason(exc))) from exc
    problem = key_file.what_is_wrong(data)
    if problem:
        raise UserError(t(problem, path=path))
    try:
        key, cert = key_file.unseal(data, passphrase)
    except key_file.WrongPassphrase as exc:
        source = getattr(passphrase, "source", "")
        if source:
            raise UserError(t("bad.key.wrong_passphrase_file", path=path, source=source)) from exc
        raise UserError(t("bad.key.wrong_passphrase", path=path)) from exc
    except (ValueError, TypeError) as exc:
        # An older PKCS#12 cannot tell a wrong passphrase from a damaged file.
        raise UserError(t("signing.err.passphrase", path=path)) from exc
    if key is None or cert is None:
        raise UserError(t("bad.key.incomplete", path=path))
    if cert.not_valid_after_utc < dt.datetime.now(dt.UTC):
        raise UserError(t("bad.key.expired", path=path, date=cert.not_valid_after_utc.date().isoformat()))
    return key, cert


def _set_aside_old_key(data_dir: Path) -> None:
    """Before a new key is written over the old one: the old key file is renamed (kept, never
    deleted: a backup of it may be all a person has), and its certificate, when readable, goes
    to ``keys/trusted/`` so the sheets it signed still verify on this laptop."""
    from cryptography.hazmat.primitives import serialization

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    old_cert = own_certificate(data_dir)
    if old_cert is not None:
        kept = paths.old_own_certificate(data_dir, fingerprint(old_cert))
        kept.parent.mkdir(parents=True, exist_ok=True)
        files.write_bytes(kept, old_cert.public_bytes(serialization.Encoding.PEM))
    key = paths.observer_key(data_dir)
    aside = key.with_name(f"{key.stem}-diganti-{stamp}{key.suffix}.lama")
    files.retry_on_sharing_error(lambda: key.replace(aside))


def own_certificate(data_dir: Path) -> Any | None:
    """This laptop's certificate (no passphrase needed), or None."""
    try:
        pem = paths.observer_certificate(data_dir).read_bytes()
    except OSError:
        return None
    # Imported only once there is a certificate to read: every sync asks, and most laptops
    # (no observer key) would load cryptography's x509 (~20 ms) to learn there is none.
    from cryptography import x509

    try:
        return x509.load_pem_x509_certificate(pem)
    except ValueError:
        return None


def key_info(context: AppContext) -> KeyInfo:
    data_dir = context.settings.data_dir
    path = paths.observer_key(data_dir)
    cert = own_certificate(data_dir)
    if not path.is_file() or cert is None:
        raise UserError(t("signing.err.no_key", path=path))
    return _info(path, cert)


def export_certificate(context: AppContext, target: Path) -> Path:
    """Write this laptop's certificate (PEM) for colleagues to trust."""
    from cryptography.hazmat.primitives import serialization

    data_dir = context.settings.data_dir
    cert = own_certificate(data_dir)
    if cert is None:
        raise UserError(t("signing.err.no_key", path=paths.observer_key(data_dir)))
    return files.write_bytes(Path(target), cert.public_bytes(serialization.Encoding.PEM))


def trusted_certificates(data_dir: Path) -> dict[str, str]:
    """Fingerprint -> where it comes from: this laptop's key and ``keys/trusted/*``.
    A file there that is not a certificate is skipped (it cannot vouch for anyone);
    :func:`trusted_problems` names it."""
    return _read_trusted(data_dir)[0]


def trusted_problems(data_dir: Path) -> list[str]:
    """One line per file in ``keys/trusted/`` that vouches for no one, or whose
    certificate has expired, naming it and saying what to do."""
    return [message for _path, message, _usable in _read_trusted(data_dir)[1]]


def unusable_trusted(data_dir: Path) -> list[str]:
    """The messages of the files in ``keys/trusted/`` that vouch for no one (expired ones
    still vouch for what they signed, and are not counted here)."""
    return [message for _path, message, usable in _read_trusted(data_dir)[1] if not usable]


def set_aside_unusable_trusted(data_dir: Path) -> tuple[int, Path]:
    """Move the files in ``keys/trusted/`` that vouch for no one (a private key sent by
    mistake, a file that is no certificate, one that cannot be read) to a folder beside
    it, where they are kept but no longer read; an expired certificate stays (it still
    recognises what it signed). Returns how many were moved and where."""
    aside = paths.set_aside_certificates_dir(data_dir)
    moved = 0
    for path, _message, usable in _read_trusted(data_dir)[1]:
        if usable:
            continue
        aside.mkdir(parents=True, exist_ok=True)
        target = aside / path.name
        if target.exists():
            target = aside / f"{path.stem}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}{path.suffix}"
        files.retry_on_sharing_error(functools.partial(path.replace, target))
        moved += 1
    return moved, aside


def _read_trusted(data_dir: Path) -> tuple[dict[str, str], list[tuple[Path, str, bool]]]:
    """Fingerprint -> source, and (file, message, still usable) for each file with a problem."""
    from cryptography import x509

    known: dict[str, str] = {}
    problems: list[tuple[Path, str, bool]] = []
    own = own_certificate(data_dir)
    if own is not None:
        known[fingerprint(own)] = OWN
    folder = paths.trusted_certificates_dir(data_dir)
    if not folder.is_dir():
        return known, problems
    now = dt.datetime.now(dt.UTC)
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".p12", ".pfx", ".key"):
            # A colleague's key file sent instead of the certificate: said, so it is deleted.
            problems.append((path, t("bad.trusted.private_key", path=path), False))
            continue
        if path.suffix.lower() not in (".pem", ".crt", ".cer", ".der"):
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append((path, t("signing.err.read", path=path, detail=read_reason(exc)), False))
            continue
        try:
            cert = (
                x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
            )
        except ValueError:
            key = "bad.trusted.private_key" if b"PRIVATE KEY" in data else "bad.trusted.not_cert"
            problems.append((path, t(key, path=path), False))
            continue
        if cert.not_valid_after_utc < now:
            # Still known: what it signed while valid stays recognised.
            expired = t("bad.trusted.expired", path=path, date=cert.not_valid_after_utc.date().isoformat())
            problems.append((path, expired, True))
        known.setdefault(fingerprint(cert), path.name)
    return known, problems
