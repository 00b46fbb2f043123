"""The supervision year's files in the shared folder: each version of a programme
(``programme-<sha256>.json``) and each evidence file's bytes (``file-<sha256>-<dkid>.bin``),
written once into this device's folder like revisions, and read from every member's folder.

In a shared folder both are sealed like revisions (observasi.sync.envelope): an evidence
file under the data key of each teacher whose record names it -- so forgetting a teacher
makes their files unreadable on every laptop, while a colleague's record that names the
same file keeps its own copy -- and a programme under the school's own data key (it
belongs to the school, not to one teacher). Names still say the sha256 of the plaintext:
a reader opens the file, then checks the bytes against the name. Files written in the
clear before (``file-<sha256>.bin``, a programme's bare JSON) are still read, and a
bucket (no school keys there yet) still carries them in the clear.

Every version read is kept in the programme's history; the version this laptop holds is
the newer one, or two laptops' changes merged (observasi.sync.programme_versions). Every
version stays in the folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pydantic import ValidationError

from observasi import paths
from observasi.core.canonical import canonical_json
from observasi.core.programme import Programme, programme_hash, programme_payload
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import revision_file
from observasi.sync.envelope import SEALED_FILE_MAGIC, Keyring, NotReadable
from observasi.sync.listing import Entry, Listing
from observasi.sync.naming import blob_file_name, programme_file_name, sealed_blob
from observasi.sync.transport import Transport
from observasi.year import attachments

YEAR_KINDS = ("programme", "file")
_SEAL_OVERHEAD = 1024  # the sealed file's header and tag, well above what they take


def import_year_file(
    store: Store, listing: Listing, entry: Entry, keys: Keyring | None = None, clear: list[Programme] | None = None
) -> str:
    """Read one programme version or evidence file (opened with *keys* when sealed); its
    sha256 (BadFile when it is not what its name says). A programme version in the clear
    in a sealed folder goes to *clear*, for :func:`adopt_clear_programmes` once every
    sealed one of the sync was read."""
    limit = attachments.MAX_BYTES if entry.name.kind == "file" else revision_file.MAX_BYTES
    limit += _SEAL_OVERHEAD
    if entry.size > limit:
        raise revision_file.BadFile(t("sync.bad.huge", limit=limit // (1024 * 1024)))
    if entry.size == 0:
        raise revision_file.BadFile(t("sync.bad.empty"))
    try:
        raw = listing.read(entry, limit)
    except OSError as exc:
        raise revision_file.BadFile(t("sync.bad.unreadable", detail=exc.strerror or exc)) from exc
    sealed = _is_sealed(entry, raw)
    raw = _opened(entry, raw, keys) if sealed else raw
    digest = hashlib.sha256(raw).hexdigest()
    if digest != entry.name.key:
        raise revision_file.BadFile(t("sync.bad.hash"))
    if entry.name.kind == "file":
        attachments.store_bytes(store.data_dir, raw)
        return digest
    try:
        programme = Programme.model_validate(revision_file.parse_json(raw))
    except (ValidationError, ValueError) as exc:
        raise revision_file.BadFile(t("sync.bad.programme", detail=str(exc).splitlines()[0][:80])) from exc
    if not sealed and keys is not None and clear is not None:
        clear.append(programme)
        return digest
    # Kept in the history; which version this laptop holds (the newer one, or the two
    # merged) is decided once every file is read (observasi.sync.programme_versions).
    store.add_programme_version(programme, entry.device)
    return digest


def adopt_clear_programmes(store: Store, clear: list[Programme]) -> int:
    """Take the programme versions found in the clear in a sealed folder only where this
    laptop holds no programme of that id nor of that semester, newest first; how many.

    In a sealed folder a version in the clear is old history -- or a forgery: anybody with
    the folder's link can write one into a member's folder, while a sealed one takes a
    member's data key. So it fills in a programme this laptop lacks, and never replaces
    one (nor a sealed version read in the same sync)."""
    held = store.programmes()
    ids, semesters = {p.id for p in held}, {p.semester for p in held}
    taken = 0
    for programme in sorted(clear, key=lambda p: (p.updated_at, _digest(p)), reverse=True):
        if programme.id not in ids and programme.semester not in semesters:
            store.save_programme(programme, shared=True, device_id="")
            ids.add(programme.id)
            semesters.add(programme.semester)
            taken += 1
    return taken


def _is_sealed(entry: Entry, raw: bytes) -> bool:
    if entry.name.kind == "file":
        return raw.startswith(SEALED_FILE_MAGIC)
    return raw.startswith(b'{"ciphertext":')  # canonical JSON: a sealed programme's first member


def _opened(entry: Entry, raw: bytes, keys: Keyring | None) -> bytes:
    """The plaintext of a sealed file."""
    if keys is None:  # a bucket: no school keys there
        raise NotReadable(t("privacy.sealed.no_key"))
    if entry.name.kind == "file":
        return keys.open_file(entry.name.key, raw)
    return keys.open_document(entry.name.key, raw)


def _encoded(programme: Programme) -> bytes:
    return canonical_json(programme_payload(programme))


def _digest(programme: Programme) -> str:
    return hashlib.sha256(_encoded(programme)).hexdigest()


def publish_year_files(store: Store, place: Transport, names: dict[str, set[str]], keys: Keyring | None = None) -> int:
    """Write this laptop's programmes and the evidence files its records name, where no
    device prefix of *place* has them yet (*names*: the files of each prefix); sealed with
    *keys* (a shared folder), else in the clear (a bucket). Returns how many."""
    device = store.device_id
    # Asked of each prefix's names, not of their union: a no-op sync made a set of every
    # file of the place (100,000 names at a large school) to look up a programme or two.
    folders = list(names.values())

    def anywhere(name: str) -> bool:
        return any(name in folder for folder in folders)

    written = 0
    shared: list[str] = []  # this laptop's versions now in the place: a next edit is made from them
    for programme in store.programmes():
        data = _encoded(programme)
        digest = hashlib.sha256(data).hexdigest()
        name = programme_file_name(digest)
        if anywhere(name):
            shared.append(programme_hash(programme))
            continue
        if place.write_new(device, name, keys.seal_document(digest, data) if keys else data):
            written += 1
        shared.append(programme_hash(programme))
    store.mark_programmes_shared(shared)
    if keys is None:
        for digest in sorted(store.attachment_hashes()):
            name = blob_file_name(digest)
            local = paths.attachment_file(store.data_dir, digest)
            if not anywhere(name) and local.is_file() and place.write_new(device, name, local.read_bytes()):
                written += 1
        return written
    return written + _publish_sealed_files(store, place, folders, keys)


def _holds_evidence_files(data_dir: Path) -> bool:
    """Whether the data folder keeps any evidence file (``lampiran/ab/ab12...``)."""
    try:
        with os.scandir(paths.attachments_dir(data_dir)) as folders:
            for folder in folders:
                if folder.is_dir(follow_symlinks=False):
                    with os.scandir(folder.path) as inside:
                        if next(inside, None) is not None:
                            return True
    except FileNotFoundError:
        return False
    return False


def _publish_sealed_files(store: Store, place: Transport, folders: list[set[str]], keys: Keyring) -> int:
    """Each evidence file once per teacher whose records name it, under that teacher's data
    key -- unless one of the teacher's data keys already seals it somewhere in the place."""
    if not _holds_evidence_files(store.data_dir):
        # Nothing to seal: asking which teachers' records name which file reads every
        # revision's payload (a third of a no-op sync at 10,000 revisions).
        return 0
    present: dict[str, set[str]] = {}  # sha256 -> data key ids it is sealed under
    for name in {name for folder in folders for name in folder}:
        parts = sealed_blob(name)
        if parts is not None:
            present.setdefault(parts[0], set()).add(parts[1])
    held = store.data_key_teachers()
    written = 0
    for digest, owners in sorted(store.attachment_owners().items()):
        local = paths.attachment_file(store.data_dir, digest)
        if not local.is_file():
            continue  # a colleague's file still on its way here
        data: bytes | None = None
        for teacher_id in sorted(owners):
            if present.get(digest, set()) & set(held.get(teacher_id, ())) or store.is_forgotten_teacher(teacher_id):
                continue
            data = local.read_bytes() if data is None else data
            dkid, sealed = keys.seal_file(teacher_id, digest, data)
            held.setdefault(teacher_id, []).append(dkid)
            present.setdefault(digest, set()).add(dkid)
            if place.write_new(store.device_id, blob_file_name(digest, dkid), sealed):
                written += 1
    return written
