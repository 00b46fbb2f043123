"""Ciphertext in the shared folder: revision files sealed under each teacher's data key.

A sealed revision file (``version`` 2) keeps in the clear only what sync needs -- ids,
parents, device, time, the deleted flag, the revision hash, the device's public key and
signature -- and carries the author and the record as ``sealed``: AES-256-GCM under the
*data key* of the record's teacher, a random key made for that teacher, published
wrapped under the school key (``dk-<dkid>.json``). Forgetting a teacher destroys the data
key everywhere; removing a device moves every teacher to a new data key under a new
school key. Format and key scheme: docs/sync-protocol.md.

Files written before (``version`` 1, plaintext) are still read by
:func:`observasi.sync.revision_file.decode`.

The supervision year's files are sealed the same way (:meth:`Keyring.seal_document`,
:meth:`Keyring.seal_file`): an evidence file under the data key of each teacher whose
record names it, a programme under the school's own data key (made like a teacher's, for
``observasi.core.programme.SCHOOL_DATA_SUBJECT``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi import files
from observasi.core.canonical import canonical_json
from observasi.core.programme import SCHOOL_DATA_SUBJECT
from observasi.core.record import utc_now
from observasi.i18n import t
from observasi.store.models import Revision
from observasi.store.store import Store
from observasi.sync import device_key, enrollment, listed
from observasi.sync.enrollment import Enrollment
from observasi.sync.naming import ID_RE, device_dir
from observasi.sync.revision_file import FORMAT, BadFile, RevisionFile, check_header, check_text, parse_json

VERSION = 2
DATA_KEY_FORMAT = "observasi-data-key"
# ``dk-<dkid>.json`` as made; ``dk-<dkid>-<kid>.json`` the same data key wrapped again under
# the school key <kid> when the school key moved on (observasi.sync.rotation).
_DATA_KEY_FILE = re.compile(r"dk-(?P<dkid>[0-9a-f]{32})(?:-(?P<kid>[0-9a-f]{16}))?\.json")
_SIGNED = (
    "format",
    "version",
    "id",
    "observation_id",
    "parents",
    "device_id",
    "created_at",
    "deleted",
    "content_hash",
    "sealed",
    "public_key",
)
_PAYLOAD_MEMBER = b',"payload":'
# Ciphers kept by data key (:meth:`Keyring._cipher`): the teachers a batch of files is sealed for.
CIPHERS_KEPT = 64
SEALED_DOCUMENT_FORMAT = "observasi-sealed"
# A sealed evidence file: this line, the data key id (32 ASCII hex), the nonce (12 bytes),
# then the AES-256-GCM ciphertext and tag -- binary, so a 20 MB photo stays 20 MB.
SEALED_FILE_MAGIC = b"observasi-sealed-file v1\n"
_FILE_HEAD = len(SEALED_FILE_MAGIC) + 32 + 12


class NotReadable(BadFile):
    """A sealed file whose data key this laptop does not have (not arrived yet): reported,
    and tried again at the next sync."""


class Forgotten(NotReadable):
    """A sealed file whose data key a member destroyed (its teacher was forgotten): it can
    never be opened again, which is what forgetting means; not a problem to report."""


def data_key_file_name(dkid: str, rewrapped_under: str = "") -> str:
    return f"dk-{dkid}-{rewrapped_under}.json" if rewrapped_under else f"dk-{dkid}.json"


def is_data_key_file(name: str) -> bool:
    return bool(_DATA_KEY_FILE.fullmatch(name))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(*parts: str) -> bytes:
    return "|".join(parts).encode("ascii")


@dataclass
class Keyring:
    """The keys one sync works with: the school keys this laptop holds and the teachers'
    data keys (kept in the database, read from the folder when a member made them)."""

    store: Store
    shared: Path
    school: Enrollment
    made: int = 0  # data keys made and published by this sync
    _folder_index: dict[str, list[Path]] | None = None
    _ciphers: dict[str, Any] = field(default_factory=dict)
    _wrappers: dict[str, Any] = field(default_factory=dict)  # by school key id
    _opened: dict[str, tuple[str, str, bytes, str]] = field(default_factory=dict)
    # The data keys members' forget records name, and those of them left unopened: a laptop
    # that syncs after a forget (offline then, or joining later) finds their ``dk-`` files
    # still in the folder, and must not open them before it erases the teacher. (A key
    # made after the forget seals only the tombstones: ids, form and date.)
    _forgotten: set[str] | None = None
    _shredded: set[str] = field(default_factory=set)

    @property
    def device(self) -> str:
        return self.school.device

    def _school_key(self, kid: str) -> bytes | None:
        keys = self.school.school.keys if self.school.school else {}
        return keys.get(kid)

    # -- data keys ----------------------------------------------------------------------

    def data_key_for(self, teacher_id: str) -> tuple[str, bytes]:
        """The teacher's current data key (under the current school key), made and published
        the first time it is needed."""
        school = self.school.school
        assert school is not None
        found = self.store.current_data_key(teacher_id, school.current)
        if found is not None:
            return found
        dkid, key = os.urandom(16).hex(), os.urandom(32)
        self._publish_data_key(dkid, teacher_id, key, school.current)
        self.store.save_data_keys([(dkid, teacher_id, key, school.current)])
        self.made += 1
        return dkid, key

    def rewrap(self, dkid: str, teacher_id: str, key: bytes, kid: str, made_under: str) -> None:
        """Publish data key *dkid* (made under the school key *made_under*) wrapped again
        under the school key *kid*, as ``dk-<dkid>-<kid>.json``."""
        self._publish_data_key(dkid, teacher_id, key, kid, made_under)

    def _publish_data_key(self, dkid: str, teacher_id: str, key: bytes, kid: str, made_under: str = "") -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        school_key = self._school_key(kid)
        assert school_key is not None
        nonce = os.urandom(12)
        body = {
            "format": DATA_KEY_FORMAT,
            "version": 1,
            "dkid": dkid,
            "teacher_id": teacher_id,
            "kid": kid,
            "device_id": self.device,
            "created_at": utc_now(),
            "nonce": _b64(nonce),
            "ciphertext": _b64(AESGCM(school_key).encrypt(nonce, key, _aad(dkid, teacher_id, kid))),
        }
        if made_under:  # wrapped again: the school key it was made under still decides its use
            body["made_under"] = made_under
        signer = device_key.load_or_create(self.store.data_dir)
        digest = hashlib.sha256(canonical_json(body)).hexdigest()
        data = canonical_json({**body, "signature": signer.sign(digest.encode("ascii"))})
        name = data_key_file_name(dkid, kid if made_under else "")
        files.write_new(device_dir(self.shared, self.device) / name, data)

    def data_key(self, dkid: str) -> bytes | None:
        """The data key *dkid*: from the database, else from a member's ``dk-`` file."""
        held = self._opened.get(dkid)
        if held is not None:
            return held[2]
        key = self.store.data_key(dkid)
        if key is not None:
            return key
        if self.store.is_forgotten_data_key(dkid):
            return None
        wrapped = self._index().get(dkid)
        if not wrapped:
            return None
        if dkid in self._forgotten_keys():
            self._shredded.add(dkid)
            return None
        found = next(filter(None, map(self._open_data_key_file, wrapped)), None)
        if found is None:
            return None
        teacher_id, kid, key = found
        # Kept in memory and saved together by flush(): a transaction (and its fsync) per
        # teacher made a first import of a school's folder twice as slow.
        self._opened[dkid] = (dkid, teacher_id, key, kid)
        return key

    def _forgotten_keys(self) -> set[str]:
        if self._forgotten is None:
            from observasi.sync.forgetting import forget_records

            records = forget_records(self.shared, self.school).values()
            self._forgotten = {str(dkid) for body in records for dkid in body["dkids"]}
        return self._forgotten

    def _no_key(self, dkid: str) -> NotReadable:
        """Why a sealed file cannot be opened: its teacher was forgotten, or its key is not here yet."""
        if dkid in self._shredded or self.store.is_forgotten_data_key(dkid):
            return Forgotten(t("privacy.sealed.forgotten"))
        return NotReadable(t("privacy.sealed.no_key"))

    def flush(self) -> None:
        """Save the data keys this sync opened from the folder."""
        if self._opened:
            self.store.save_data_keys(list(self._opened.values()))
            self._opened.clear()

    def _index(self) -> dict[str, list[Path]]:
        """Every ``dk-`` file in the members' folders, by data key id (one listing each)."""
        if self._folder_index is None:
            index: dict[str, list[Path]] = {}
            for member in self.school.members:
                folder = device_dir(self.shared, member)
                try:
                    names = listed.starting(folder, "dk-")
                except OSError:
                    continue
                for name in names:
                    match = _DATA_KEY_FILE.fullmatch(name)
                    if match:
                        index.setdefault(match["dkid"], []).append(folder / name)
            self._folder_index = index
        return self._folder_index

    def _open_data_key_file(self, path: Path) -> tuple[str, str, bytes] | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        member = self.school.members.get(path.parent.name)
        if member is None:
            return None
        try:
            data = json.loads(path.read_bytes())
            body = {k: v for k, v in data.items() if k != "signature"}
            digest = hashlib.sha256(canonical_json(body)).hexdigest()
            if not device_key.verify(member.public_key, data["signature"], digest.encode("ascii")):
                return None
            dkid, teacher_id, kid = str(body["dkid"]), str(body["teacher_id"]), str(body["kid"])
            school_key = self._school_key(kid)
            if school_key is None or path.name not in (data_key_file_name(dkid), data_key_file_name(dkid, kid)):
                return None
            wrapper = self._wrappers.get(kid)
            if wrapper is None:  # one per school key, not one per data key file (20,000 at a large school)
                wrapper = self._wrappers[kid] = AESGCM(school_key)
            key = wrapper.decrypt(
                base64.b64decode(body["nonce"]), base64.b64decode(body["ciphertext"]), _aad(dkid, teacher_id, kid)
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidTag):
            return None
        # The school key a data key was made under says which sealing it serves (a new school
        # key after a removal means new data keys), whichever school key wraps it now.
        return teacher_id, str(body.get("made_under") or kid), key

    def every_data_key(self, leave_out: set[str]) -> dict[str, tuple[str, bytes, str]]:
        """Every data key this laptop holds or can open from the folder with the school keys
        it holds, by id: (teacher id, key, school key made under); none of the teachers in
        *leave_out*, nor any a member's forget record names."""
        forgotten = self._forgotten_keys()
        found = {
            dkid: (teacher, key, kid)
            for dkid, teacher, key, kid in self.store.held_data_keys()
            if teacher not in leave_out and dkid not in forgotten
        }
        for dkid, wrapped in self._index().items():
            if dkid in found or dkid in forgotten or self.store.is_forgotten_data_key(dkid):
                continue
            opened = next(filter(None, map(self._open_data_key_file, wrapped)), None)
            if opened is not None and opened[0] not in leave_out:
                found[dkid] = (opened[0], opened[2], opened[1])
        return found

    def wrapped_under(self, kid: str) -> set[str]:
        """Data key ids with a ``dk-`` file wrapped under the school key *kid* (by name only)."""
        return {dkid for dkid, wrapped in self._index().items() for p in wrapped if p.name.endswith(f"-{kid}.json")}

    def wrapped_files(self) -> dict[str, list[Path]]:
        """The members' ``dk-`` files, by data key id."""
        return self._index()

    def forget_folder_index(self) -> None:
        """Read the folder's ``dk-`` files again at the next look (new ones were written)."""
        self._folder_index = None

    def _cipher(self, dkid: str, key: bytes) -> Any:
        """An AES-GCM cipher under data key *dkid*, kept for the next files of the same
        teacher. The last few only: each holds an OpenSSL context of a few KiB, and one
        per teacher of a roster of 20,000 was 49 MiB of a first import's peak."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        cipher = self._ciphers.pop(dkid, None)
        if cipher is None:
            cipher = AESGCM(key)
            if len(self._ciphers) >= CIPHERS_KEPT:
                del self._ciphers[next(iter(self._ciphers))]  # the one used longest ago
        self._ciphers[dkid] = cipher
        return cipher

    # -- the year's files: programmes and evidence files ------------------------------------

    def _seal(self, subject: str, kind: str, digest: str, plaintext: bytes) -> tuple[str, bytes, bytes]:
        """(data key id, nonce, ciphertext) of *plaintext* under *subject*'s data key; the
        kind and the sha256 the file's name says are bound in, so a sealed file cannot be
        passed off under another name."""
        dkid, key = self.data_key_for(subject)
        nonce = os.urandom(12)
        return dkid, nonce, self._cipher(dkid, key).encrypt(nonce, plaintext, _aad(kind, digest, dkid))

    def _open(self, kind: str, digest: str, dkid: str, nonce: bytes, ciphertext: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        key = self.data_key(dkid)
        if key is None:
            raise self._no_key(dkid)
        try:
            plaintext: bytes = self._cipher(dkid, key).decrypt(nonce, ciphertext, _aad(kind, digest, dkid))
        except (InvalidTag, ValueError) as exc:
            raise BadFile(t("privacy.sealed.tampered")) from exc
        if hashlib.sha256(plaintext).hexdigest() != digest:  # sealed by a member, yet not what its name says
            raise BadFile(t("sync.bad.hash"))
        return plaintext

    def seal_document(
        self, digest: str, plaintext: bytes, *, kind: str = "programme", subject: str = SCHOOL_DATA_SUBJECT
    ) -> bytes:
        """A document (a programme version by default: its canonical JSON, sha256 *digest*)
        sealed under *subject*'s data key (the school's own unless said), as the JSON written
        to ``<kind>-<digest>.json``; *kind* is bound into the tag."""
        dkid, nonce, sealed = self._seal(subject, kind, digest, plaintext)
        body = {"format": SEALED_DOCUMENT_FORMAT, "version": 1, "dkid": dkid, "nonce": _b64(nonce)}
        return canonical_json({**body, "ciphertext": _b64(sealed)})

    def open_document(self, digest: str, raw: bytes, *, kind: str = "programme") -> bytes:
        """The document inside a sealed ``<kind>-<digest>.json``; BadFile (NotReadable
        when the key is missing) otherwise."""
        data = parse_json(raw)
        if not (
            isinstance(data, dict)
            and data.get("format") == SEALED_DOCUMENT_FORMAT
            and data.get("version") == 1
            and isinstance(data.get("dkid"), str)
            and ID_RE.fullmatch(data["dkid"])
            and isinstance(data.get("nonce"), str)
            and isinstance(data.get("ciphertext"), str)
        ):
            raise BadFile(t("sync.bad.shape"))
        try:
            nonce, sealed = base64.b64decode(data["nonce"], validate=True), base64.b64decode(data["ciphertext"])
        except ValueError as exc:
            raise BadFile(t("sync.bad.shape")) from exc
        return self._open(kind, digest, data["dkid"], nonce, sealed)

    def seal_file(self, teacher_id: str, digest: str, plaintext: bytes) -> tuple[str, bytes]:
        """An evidence file's bytes (sha256 *digest*) sealed under the teacher's data key:
        the data key's id (part of the file's name) and the bytes to write."""
        dkid, nonce, sealed = self._seal(teacher_id, "file", digest, plaintext)
        return dkid, SEALED_FILE_MAGIC + dkid.encode("ascii") + nonce + sealed

    def open_file(self, digest: str, raw: bytes) -> bytes:
        """The evidence file inside a sealed ``file-<digest>-<dkid>.bin``."""
        if not raw.startswith(SEALED_FILE_MAGIC) or len(raw) < _FILE_HEAD + 16:
            raise BadFile(t("sync.bad.shape"))
        dkid = raw[len(SEALED_FILE_MAGIC) : len(SEALED_FILE_MAGIC) + 32].decode("ascii", "replace")
        if not ID_RE.fullmatch(dkid):
            raise BadFile(t("sync.bad.shape"))
        return self._open("file", digest, dkid, raw[_FILE_HEAD - 12 : _FILE_HEAD], raw[_FILE_HEAD:])

    # -- revision files -------------------------------------------------------------------

    def encode(self, revision: Revision, key: device_key.DeviceKey) -> tuple[bytes, str, str]:
        """The sealed file's bytes for *revision*, signed with *key*; also its sha256 and signature."""
        teacher_id = str(revision.payload.get("teacher_id") or revision.observation_id)
        if self.store.is_forgotten_teacher(teacher_id):
            # A forgotten teacher's deletion marks (ids, form, date) are the school's: a data
            # key of hers made after the forget would be one more key every member must shred.
            teacher_id = SCHOOL_DATA_SUBJECT
        dkid, data_key = self.data_key_for(teacher_id)
        plaintext = canonical_json({"author": revision.author, "payload": revision.payload})
        nonce = os.urandom(12)
        sealed = self._cipher(dkid, data_key).encrypt(
            nonce, plaintext, _aad(revision.id, revision.observation_id, dkid)
        )
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "id": revision.id,
            "observation_id": revision.observation_id,
            "parents": list(revision.parents),
            "device_id": revision.device_id,
            "created_at": revision.created_at,
            "deleted": revision.deleted,
            "content_hash": revision.hash,
            "sealed": {"dkid": dkid, "nonce": _b64(nonce), "ciphertext": _b64(sealed)},
            "public_key": key.public_key,
        }
        digest = hashlib.sha256(canonical_json(body)).hexdigest()
        signature = key.sign(digest.encode("ascii"))
        return canonical_json({**body, "sha256": digest, "signature": signature}), digest, signature

    def decode(self, raw: bytes) -> RevisionFile:
        """A revision file of either version, checked; a sealed one opened."""
        if b'"sealed":' not in raw:
            from observasi.sync.revision_file import decode

            return decode(raw)
        return self._decode_sealed(raw)

    def _decode_sealed(self, raw: bytes) -> RevisionFile:
        from cryptography.exceptions import InvalidTag

        data = parse_json(raw)
        check_header(data, VERSION, _SIGNED)
        parents, sealed = data["parents"], data["sealed"]
        if not (
            isinstance(sealed, dict)
            and isinstance(sealed.get("dkid"), str)
            and ID_RE.fullmatch(sealed["dkid"])
            and isinstance(sealed.get("nonce"), str)
            and isinstance(sealed.get("ciphertext"), str)
        ):
            raise BadFile(t("sync.bad.shape"))
        digest = hashlib.sha256(canonical_json({k: data[k] for k in _SIGNED})).hexdigest()
        if digest != data["sha256"]:
            raise BadFile(t("sync.bad.hash"))
        if not device_key.verify(data["public_key"], data["signature"], digest.encode("ascii")):
            raise BadFile(t("sync.bad.signature"))
        dkid = sealed["dkid"]
        key = self.data_key(dkid)
        if key is None:
            raise self._no_key(dkid)
        try:
            plaintext = self._cipher(dkid, key).decrypt(
                base64.b64decode(sealed["nonce"]),
                base64.b64decode(sealed["ciphertext"]),
                _aad(data["id"], data["observation_id"], dkid),
            )
        except (InvalidTag, ValueError) as exc:
            raise BadFile(t("privacy.sealed.tampered")) from exc
        cut = plaintext.find(_PAYLOAD_MEMBER)
        if not plaintext.startswith(b'{"author":') or cut < 0 or not plaintext.endswith(b"}"):
            raise BadFile(t("sync.bad.shape"))
        inner = json.loads(plaintext)
        payload_json = plaintext[cut + len(_PAYLOAD_MEMBER) : -1]
        if not (
            isinstance(inner, dict)
            and isinstance(inner.get("author"), str)
            and isinstance(inner.get("payload"), dict)
            and inner["payload"].get("id") == data["observation_id"]
        ):
            raise BadFile(t("sync.bad.shape"))
        deleted = b"true" if data["deleted"] else b"false"
        content = hashlib.sha256(b'{"deleted":' + deleted + _PAYLOAD_MEMBER + payload_json + b"}").hexdigest()
        if content != data["content_hash"]:
            raise BadFile(t("sync.bad.hash"))
        check_text(payload_json, inner)  # a sealed payload meets the same text boundary
        return RevisionFile(
            data["id"],
            data["observation_id"],
            parents,
            data["device_id"],
            inner["author"],
            data["created_at"],
            data["deleted"],
            data["content_hash"],
            data["signature"],
            digest,
            data["public_key"],
            payload_json.decode("utf-8"),
        )


def keyring(store: Store, shared: Path, school: Enrollment) -> Keyring:
    return Keyring(store, shared, school)


__all__ = [
    "SEALED_FILE_MAGIC",
    "Forgotten",
    "Keyring",
    "NotReadable",
    "data_key_file_name",
    "enrollment",
    "is_data_key_file",
    "keyring",
]
