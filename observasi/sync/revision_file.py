"""One revision as a file: its bytes, and every check a file from the folder must pass.

A revision file is a JSON object::

    format, version                 "observasi-revision", 1
    id, observation_id, parents     32-hex ids
    device_id, author, created_at   who and when (UTC)
    deleted, payload, content_hash  the record (a tombstone when deleted) and its revision
                                    hash (observasi.core.canonical.revision_hash: sha256 of
                                    {"payload": ..., "deleted": ...}), the hash the local
                                    store keys revisions by
    public_key                      the writing device's EC P-256 public key (DER, base64)
    sha256                          sha256 of the canonical JSON of all the fields above
    signature                       the device's ECDSA signature of that sha256 (hex text)

A file is taken as genuine only when both hashes and the signature match. The checks
run cheapest first (size, nesting, JSON, shape, hashes, signature) so a junk file
costs little.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from observasi.core.canonical import canonical_json, sha256_hex
from observasi.core.text import json_path, text_problems
from observasi.i18n import t
from observasi.store.models import Revision
from observasi.sync import device_key
from observasi.sync.naming import DEVICE_RE, HASH_RE, ID_RE

FORMAT = "observasi-revision"
VERSION = 1
# A real revision is a few to a few hundred kilobytes; a bigger file is not ours.
MAX_BYTES = 4 * 1024 * 1024
# Real files nest about 5 levels; JSON deeper than this is refused before it is parsed.
MAX_DEPTH = 48
_DEEP = re.compile(rb"[\[{](?:\s*[\[{]){%d}" % MAX_DEPTH)

_SIGNED_FIELDS = (
    "format",
    "version",
    "id",
    "observation_id",
    "parents",
    "device_id",
    "author",
    "created_at",
    "deleted",
    "payload",
    "content_hash",
    "public_key",
)
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z")


class BadFile(Exception):
    """A file that is not a genuine revision; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class RevisionFile:
    """A checked revision file. Its payload is kept as the file's own JSON text (the
    text that was hashed, and the database row's text), not as parsed objects: an import
    holds thousands of these, and only the few that become heads need the record."""

    id: str
    observation_id: str
    parents: list[str]
    device_id: str
    author: str
    created_at: str
    deleted: bool
    revision_hash: str
    signature: str
    sha256: str
    public_key: str
    payload_json: str

    @property
    def payload(self) -> dict[str, Any]:
        """The payload parsed again from its text (:func:`decode` checked that the text
        is the file's payload object)."""
        value = json.loads(self.payload_json)
        if not isinstance(value, dict):
            raise BadFile(t("sync.bad.hash"))
        return value

    @property
    def revision(self) -> Revision:
        # Every field was checked by decode, one by one: no second validation pass.
        return Revision.model_construct(
            id=self.id,
            observation_id=self.observation_id,
            parents=self.parents,
            device_id=self.device_id,
            author=self.author,
            created_at=self.created_at,
            deleted=self.deleted,
            payload=self.payload,
            hash=self.revision_hash,
            signature=self.signature,
            origin="imported",
            published_at=None,
        )


def _dumps(value: Any) -> bytes:
    return canonical_json(value)


_PLAIN = re.compile(r"[A-Za-z0-9+/=]*")  # hex and base64: nothing JSON would escape


def _json_text(value: str) -> bytes:
    """*value* as a canonical JSON string; hashes and signatures need no escaping, so
    they skip the encoder (twice per file of an import)."""
    if _PLAIN.fullmatch(value):
        return b'"' + value.encode("ascii") + b'"'
    return _dumps(value)


def encode(revision: Revision, key: device_key.DeviceKey) -> tuple[bytes, str, str]:
    """The file's bytes for *revision*, signed with *key*; also its sha256 and signature."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "id": revision.id,
        "observation_id": revision.observation_id,
        "parents": list(revision.parents),
        "device_id": revision.device_id,
        "author": revision.author,
        "created_at": revision.created_at,
        "deleted": revision.deleted,
        "payload": revision.payload,
        "content_hash": revision.hash,
        "public_key": key.public_key,
    }
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    signature = key.sign(digest.encode("ascii"))
    body["sha256"] = digest
    body["signature"] = signature
    return canonical_json(body), digest, signature


def check_depth(raw: bytes) -> None:
    """Refuse runs of nested brackets before parsing. Files as observasi writes them
    (canonical, starting with the first key) skip the scan, which would cost as much as
    the parse; json.loads' own recursion limit still guards them while parsing."""
    if not raw.startswith((b'{"author":', b'{"content_hash":')) and _DEEP.search(raw):
        raise BadFile(t("sync.bad.deep"))


def parse_json(raw: bytes) -> Any:
    """JSON from the folder: size, nesting and syntax checked; never raises anything but BadFile."""
    if not raw.strip(b"\x00 \t\r\n"):
        # Zero bytes (or zeros): listed by the sync client but not downloaded yet.
        raise BadFile(t("sync.bad.empty"))
    if len(raw) > MAX_BYTES:
        raise BadFile(t("sync.bad.huge", limit=MAX_BYTES // (1024 * 1024)))
    check_depth(raw)
    try:
        return json.loads(raw)
    except RecursionError as exc:
        raise BadFile(t("sync.bad.deep")) from exc
    except UnicodeDecodeError as exc:
        raise BadFile(t("sync.bad.encoding")) from exc
    except ValueError as exc:
        # A file cut short (still downloading, disk full) ends before the JSON does; one that
        # does not even begin as JSON was never one (the walk's "junk" was called cut short).
        begun = raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))
        if begun and not raw.rstrip(b"\x00 \t\r\n").endswith((b"}", b"]")):
            raise BadFile(t("sync.bad.truncated")) from exc
        if not begun:
            raise BadFile(t("sync.bad.not_json")) from exc
        raise BadFile(t("sync.bad.json", detail=str(exc)[:80])) from exc


def check_header(data: Any, version: int, fields: Sequence[str]) -> None:
    """The checks a revision file of either version passes first, in this order: the format,
    the *version*, the *fields* (and ``sha256``, ``signature``) present, the ids, the device,
    then the shapes of the fields every version carries. BadFile names what failed."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadFile(t("sync.bad.not_revision"))
    if data.get("version") != version:
        raise BadFile(t("sync.bad.version", version=str(data.get("version"))[:10]))
    missing = [f for f in (*fields, "sha256", "signature") if f not in data]
    if missing:
        raise BadFile(t("sync.bad.fields", fields=", ".join(missing)))
    parents = data["parents"]
    if not (
        isinstance(data["id"], str)
        and ID_RE.fullmatch(data["id"])
        and isinstance(data["observation_id"], str)
        and ID_RE.fullmatch(data["observation_id"])
        and isinstance(parents, list)
        and len(parents) <= 64
        and all(isinstance(p, str) and ID_RE.fullmatch(p) for p in parents)
    ):
        raise BadFile(t("sync.bad.ids"))
    if not (isinstance(data["device_id"], str) and DEVICE_RE.fullmatch(data["device_id"])):
        raise BadFile(t("sync.bad.device"))
    if not (
        isinstance(data["created_at"], str)
        and _UTC.fullmatch(data["created_at"])
        and isinstance(data["deleted"], bool)
        and isinstance(data["public_key"], str)
        and isinstance(data["signature"], str)
        and isinstance(data["sha256"], str)
        and isinstance(data["content_hash"], str)
        and HASH_RE.fullmatch(data["content_hash"])
    ):
        raise BadFile(t("sync.bad.shape"))


def decode(raw: bytes) -> RevisionFile:
    """Check a revision file's bytes and return the revision it holds."""
    split = _parse_split(raw)
    data = split if split is not None else parse_json(raw)
    check_header(data, VERSION, _SIGNED_FIELDS)
    parents = data["parents"]
    if not (isinstance(data["author"], str) and isinstance(data["payload"], dict)):
        raise BadFile(t("sync.bad.shape"))
    if data["payload"].get("id") != data["observation_id"]:
        raise BadFile(t("sync.bad.ids"))
    digest, content, payload_json = _file_digests(raw, data)
    if digest != data["sha256"] or content != data["content_hash"]:
        raise BadFile(t("sync.bad.hash"))
    if split is None and not _is_payload(payload_json, data["payload"]):
        raise BadFile(t("sync.bad.hash"))
    if not device_key.verify(data["public_key"], data["signature"], digest.encode("ascii")):
        raise BadFile(t("sync.bad.signature"))
    check_text(payload_json, data)
    return RevisionFile(
        data["id"],
        data["observation_id"],
        parents,
        data["device_id"],
        data["author"],
        data["created_at"],
        data["deleted"],
        data["content_hash"],
        data["signature"],
        digest,
        data["public_key"],
        payload_json.decode("utf-8"),
    )


# Any sign of a control character or a bidi override in a payload's bytes, raw or escaped:
# the payload is then walked to name the place (most payloads never are).
_MAYBE_BAD_TEXT = re.compile(
    rb"(?i)\\u00[0189]|\\u007f|\\u20[26]|\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
)


def check_text(payload_json: bytes, data: dict[str, Any]) -> None:
    """Refuse a revision whose text carries NUL, a control character or a bidi override:
    observasi never writes one (every text passes observasi.core.text first), so it was
    crafted, and a name with ``ESC[2J`` must not reach a principal's screen. The message
    names the place as a JSON path (``$.payload.teacher.name``)."""
    for loc, why in text_problems(data["author"], ("author",)):
        raise BadFile(t("text.in_file", place=json_path(loc), problem=why))
    if not _MAYBE_BAD_TEXT.search(payload_json):
        return
    for loc, why in text_problems(data["payload"], ("payload",)):
        raise BadFile(t("text.in_file", place=json_path(loc), problem=why))


# Stands in for the payload while the rest of a file is parsed (:func:`_parse_split`):
# random per process, so no file can hold it.
_STAND_IN = os.urandom(16).hex().encode("ascii")


def _parse_split(raw: bytes) -> dict[str, Any] | None:
    """A revision file parsed as two pieces, each byte parsed once: the payload cut out
    where :func:`_file_digests` cuts it, and the rest with a stand-in in its place. None
    when the file is not laid out so (or not valid): the caller parses it whole, which
    names what is wrong.

    The result is what parsing the whole file gives: the payload's bytes parse as one
    JSON value, and the rest parses with the stand-in (a string, one token) in their
    place, so the file's tokens are the rest's with the payload's in place of the
    stand-in, and the top-level "payload" member the rest ends up with (the last one, as
    the whole file's) is the stand-in: it is the member cut out. So the payload is
    the one the file holds, without parsing it twice and comparing (:func:`_is_payload`)."""
    if not raw.startswith((b'{"author":', b'{"content_hash":')) or len(raw) > MAX_BYTES:
        return None
    start = raw.find(b',"payload":')
    end = raw.rfind(b',"public_key":')
    if start < 0 or end < start:
        return None
    try:
        rest = json.loads(raw[:start] + b',"payload":"' + _STAND_IN + b'"' + raw[end:])
        payload = json.loads(raw[start + len(b',"payload":') : end])
    except (ValueError, RecursionError):
        return None
    if not isinstance(rest, dict) or rest.get("payload") != _STAND_IN.decode("ascii"):
        return None
    rest["payload"] = payload
    return rest


def _is_payload(payload_json: bytes, payload: dict[str, Any]) -> bool:
    """Whether the bytes cut out as the payload (and hashed as the revision hash) are the
    payload the file holds. A file laid out unlike observasi writes it (a member written
    twice, members added around the payload) can cut out other bytes, or bytes that are
    not JSON at all, that still hash to its own content hash: stored, they would be a
    revision no reader could open."""
    try:
        return bool(json.loads(payload_json) == payload)
    except ValueError:
        return False


def _file_digests(raw: bytes, data: dict[str, Any]) -> tuple[str, str, bytes]:
    """(sha256 of the signed fields, revision hash, payload's canonical bytes), read off the
    file's own bytes instead of serialising the parsed payload again: the revision hash is
    :func:`observasi.core.canonical.revision_hash` of the parsed payload, computed here on
    the bytes that canonical JSON of it would give (a test checks the two agree).

    observasi writes canonical JSON, whose members are in key order: the signed fields,
    then "sha256" and "signature", then "version". Cutting those two members out gives
    exactly the bytes that were hashed; a file re-saved in any other layout no longer
    matches its hash, which is right: it was edited outside observasi. Inside a JSON
    string every quote is escaped, so the members searched for below can only be the
    top-level ones (the payload is the only object before "public_key")."""
    try:
        members = b',"sha256":' + _json_text(data["sha256"]) + b',"signature":' + _json_text(data["signature"])
    except ValueError as exc:
        raise BadFile(t("sync.bad.hash")) from exc
    cut = raw.rfind(members)
    start = raw.find(b',"payload":')
    end = raw.rfind(b',"public_key":')
    if cut < 0 or start < 0 or end < start:
        raise BadFile(t("sync.bad.hash"))
    body = raw[:cut] + raw[cut + len(members) :]
    payload_json = raw[start + len(b',"payload":') : end]
    deleted = b"true" if data["deleted"] is True else b"false"
    content = hashlib.sha256(b'{"deleted":' + deleted + b',"payload":' + payload_json + b"}").hexdigest()
    return hashlib.sha256(body).hexdigest(), content, payload_json


def decode_form(raw: bytes, expected_hash: str) -> dict[str, Any]:
    """A form's JSON body, checked against the hash its file name carries."""
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise BadFile(t("sync.bad.not_form"))
    try:
        digest = sha256_hex(data)
    except ValueError as exc:
        raise BadFile(t("sync.bad.hash")) from exc
    if digest != expected_hash:
        raise BadFile(t("sync.bad.hash"))
    return data
