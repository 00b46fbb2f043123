"""Evidence files attached to an observation or to one of its evidence lines: the modul
ajar, a photo of the board, students' work. The bytes are kept once under their sha256 in
the data folder (``lampiran/``), whatever the file was called and however many records
name it; the record names them (name, size, hash)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from observasi import files, paths, record
from observasi.core import changes as ch
from observasi.core.numbers import number_text
from observasi.core.os_reason import read_reason
from observasi.core.record import Attachment, Observation
from observasi.core.status import Status
from observasi.errors import RecordLocked, UserError
from observasi.i18n import t
from observasi.store.store import Store

# Large enough for a scanned modul ajar or a phone photo, small enough that a shared
# folder on a school's slow connection carries it.
MAX_BYTES = 20 * 1024 * 1024
KINDS = {
    ".pdf": "pdf",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".gif": "image",
    ".webp": "image",
    ".doc": "office",
    ".docx": "office",
    ".xls": "office",
    ".xlsx": "office",
    ".ppt": "office",
    ".pptx": "office",
    ".odt": "office",
    ".ods": "office",
    ".odp": "office",
    ".rtf": "office",
    ".txt": "office",
}
_CHUNK = 1024 * 1024


def size_text(size: int) -> str:
    """``812 KB``, ``3,40 MB``, ``20 MB`` (the display language's number style)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MB"
    return f"{number_text(size / (1024 * 1024))} MB"


def blob(data_dir: Path, attachment: Attachment) -> Path:
    return paths.attachment_file(data_dir, attachment.sha256)


def _read(path: Path) -> tuple[bytes, str]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise UserError(t("year.err.attach_missing", path=path))
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise UserError(t("year.err.attach_kind", path=path, kinds=", ".join(sorted(KINDS))))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(t("year.err.attach_too_big", path=path, size=size_text(size), limit=size_text(MAX_BYTES)))
        if size == 0:
            raise UserError(t("year.err.attach_empty", path=path))
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(t("year.err.attach_read", path=path, detail=read_reason(exc))) from exc
    return data, kind


def store_bytes(data_dir: Path, data: bytes) -> str:
    """Keep *data* under its sha256 (once: a file already there is the same bytes)."""
    digest = hashlib.sha256(data).hexdigest()
    files.write_new(paths.attachment_file(data_dir, digest), data)
    return digest


def attach(store: Store, obs_id: str, path: Path, evidence_line: int | None = None) -> Attachment:
    """Attach the file at *path* to the record *obs_id* (to its evidence line number
    *evidence_line*, 1-based in the order they were written, when given)."""
    obs = store.get_observation(obs_id)
    if obs.status is Status.final:
        # Said before the bytes are kept: a final record changes only by an amendment.
        raise RecordLocked(t("lesson.err.locked"))
    evidence_id = None
    if evidence_line is not None:
        if not 1 <= evidence_line <= len(obs.evidence):
            raise UserError(t("year.err.evidence_line", line=evidence_line, count=len(obs.evidence)))
        evidence_id = obs.evidence[evidence_line - 1].id
    data, kind = _read(path)
    digest = store_bytes(store.data_dir, data)
    item = Attachment(name=Path(path).name, size=len(data), sha256=digest, kind=kind, evidence_id=evidence_id)
    record.change(store, obs_id, ch.AddAttachment(item))
    return item


def detach(store: Store, obs_id: str, which: str) -> Attachment:
    """Take the attachment *which* (its number, or the first characters of its id) off the
    record. Its bytes stay while a revision names them (the history can bring it back)."""
    obs = store.get_observation(obs_id)
    item = find(obs, which)
    record.change(store, obs_id, ch.RemoveAttachment(item.id))
    return item


def find(obs: Observation, which: str) -> Attachment:
    text = which.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(obs.attachments):
        return obs.attachments[int(text) - 1]
    found = [a for a in obs.attachments if len(text) >= 4 and a.id.startswith(text)]
    if len(found) != 1:
        raise UserError(t("year.err.attachment_which", which=which, count=len(obs.attachments)))
    return found[0]


@dataclass(frozen=True)
class Listed:
    attachment: Attachment
    evidence_text: str  # the evidence line it belongs to ("" for the whole observation)
    present: bool  # its bytes are on this laptop (a colleague's may still be on the way)


def listed(store: Store, obs: Observation) -> list[Listed]:
    lines = {ev.id: ev.text for ev in obs.evidence}
    return [Listed(a, lines.get(a.evidence_id or "", ""), blob(store.data_dir, a).is_file()) for a in obs.attachments]


def prune(store: Store) -> int:
    """Delete the evidence files no record or revision names any more (after a teacher is
    forgotten); returns how many went."""
    folder = paths.attachments_dir(store.data_dir)
    if not folder.is_dir():
        return 0
    named = store.attachment_hashes()
    removed = 0
    for path in folder.glob("*/*"):
        if path.is_file() and path.name not in named and len(path.name) == 64:
            files.remove(path)
            removed += 1
    return removed
