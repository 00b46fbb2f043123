"""The supervision year's files in the shared folder: each version of a programme
(``programme-<sha256>.json``) and each evidence file's bytes (``file-<sha256>.bin``),
written once into this device's folder like revisions, and read from every device folder.

A programme version is its canonical JSON; its name is the sha256 of that JSON, so a
reader checks the content against the name. The newest version of a programme (by its
``updated_at``) is kept in the database; every version stays in the folder."""

from __future__ import annotations

import hashlib

from pydantic import ValidationError

from observasi import paths
from observasi.core.canonical import canonical_json
from observasi.core.programme import Programme, programme_payload
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import revision_file
from observasi.sync.listing import Entry, Listing
from observasi.sync.naming import blob_file_name, programme_file_name
from observasi.sync.transport import Transport
from observasi.year import attachments

YEAR_KINDS = ("programme", "file")


def import_year_file(store: Store, listing: Listing, entry: Entry) -> str:
    """Read one programme version or evidence file; its sha256 (BadFile when it is not
    what its name says)."""
    limit = attachments.MAX_BYTES if entry.name.kind == "file" else revision_file.MAX_BYTES
    if entry.size > limit:
        raise revision_file.BadFile(t("sync.bad.huge", limit=limit // (1024 * 1024)))
    if entry.size == 0:
        raise revision_file.BadFile(t("sync.bad.empty"))
    try:
        raw = listing.read(entry, limit)
    except OSError as exc:
        raise revision_file.BadFile(t("sync.bad.unreadable", detail=exc.strerror or exc)) from exc
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
    local = {p.id: p for p in store.programmes()}.get(programme.id)
    if local is None or (programme.updated_at, digest) > (local.updated_at, _digest(local)):
        store.save_programme(programme)
    return digest


def _encoded(programme: Programme) -> bytes:
    return canonical_json(programme_payload(programme))


def _digest(programme: Programme) -> str:
    return hashlib.sha256(_encoded(programme)).hexdigest()


def publish_year_files(store: Store, place: Transport, names: dict[str, set[str]]) -> int:
    """Write this laptop's programmes and the evidence files its records name, where no
    device prefix of *place* has them yet (*names*: the files of each prefix); how many."""
    device = store.device_id
    everywhere: set[str] = set().union(*names.values()) if names else set()
    written = 0
    for programme in store.programmes():
        data = _encoded(programme)
        name = programme_file_name(hashlib.sha256(data).hexdigest())
        if name not in everywhere and place.write_new(device, name, data):
            written += 1
    for digest in sorted(store.attachment_hashes()):
        name = blob_file_name(digest)
        local = paths.attachment_file(store.data_dir, digest)
        if name not in everywhere and local.is_file() and place.write_new(device, name, local.read_bytes()):
            written += 1
    return written
