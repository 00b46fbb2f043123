"""Revision files signed by a genuine device key yet laid out unlike observasi writes them.

The reader hashes the payload off the file's own bytes (the text between the payload
member and the public key); a file that writes a member twice, or hides another object
where that text is cut, must be refused, not stored as a revision nobody can open or
as another record's content filed under this one."""

from __future__ import annotations

import hashlib
import json

import pytest

from observasi.core.canonical import canonical_json
from observasi.core.instrument import Instrument
from observasi.sync import device_key
from observasi.sync.naming import ID_RE, app_dir
from tests.sync.conftest import Device, plaintext_file

CRAFTED_ID = "f" * 32


def _published(device: Device) -> list[dict]:
    """The device's revision files as an earlier version wrote them (plaintext, still read)."""
    folder = app_dir(device.shared) / device.store.device_id
    return [json.loads(plaintext_file(device, p)) for p in sorted(folder.glob("*.json")) if ID_RE.fullmatch(p.stem)]


def _signed_file(device: Device, body: bytes) -> bytes:
    """*body* (the signed fields, ending with the version member) signed with the
    device's own key, the sha256 and signature members put where observasi puts them."""
    digest = hashlib.sha256(body).hexdigest()
    signature = device_key.load_or_create(device.store.data_dir).sign(digest.encode("ascii"))
    members = b',"sha256":"' + digest.encode() + b'","signature":"' + signature.encode() + b'"'
    at = body.rindex(b',"version":')
    return body[:at] + members + body[at:]


def _content_hash(cut: bytes) -> str:
    return hashlib.sha256(b'{"deleted":false,"payload":' + cut + b"}").hexdigest()


def _member_written_twice(record: dict, _other: dict) -> bytes:
    """The payload member twice: JSON keeps the last, the text cut holds both."""
    signed = {k: v for k, v in record.items() if k not in ("sha256", "signature")}
    payload = canonical_json(record["payload"])
    cut = b'1,"payload":' + payload
    signed["content_hash"] = _content_hash(cut)
    return canonical_json(signed).replace(b',"payload":' + payload, b',"payload":' + cut)


def _another_record_where_the_text_is_cut(record: dict, other: dict) -> bytes:
    """Another record's payload in a member of its own, placed so that the text cut out
    as the payload is that record, while JSON reads this record's payload."""
    signed = {k: v for k, v in record.items() if k not in ("sha256", "signature", "public_key")}
    cut = canonical_json(other["payload"])
    signed["content_hash"] = _content_hash(cut)
    lead = b'{"public_key":' + canonical_json(record["public_key"])
    hidden = b',"aa":{"x":1,"payload":' + cut + b',"public_key":1}'
    return lead + hidden + b"," + canonical_json(signed)[1:]


def _another_record_in_a_file_that_begins_as_observasi_writes(record: dict, other: dict) -> bytes:
    """As above, in a file that begins as observasi's do (the author first), so the reader
    parses it in two pieces (revision_file._parse_split): the text cut out parses as a
    record, and the rest parses too, with this record's payload as its member."""
    skipped = ("sha256", "signature", "public_key", "author")
    signed = {k: v for k, v in record.items() if k not in skipped}
    cut = canonical_json(other["payload"])
    signed["content_hash"] = _content_hash(cut)
    lead = b'{"author":' + canonical_json(record["author"]) + b',"public_key":' + canonical_json(record["public_key"])
    hidden = b',"aa":{"x":1,"payload":' + cut + b',"public_key":1}'
    return lead + hidden + b"," + canonical_json(signed)[1:]


@pytest.mark.parametrize(
    "layout",
    [
        _member_written_twice,
        _another_record_where_the_text_is_cut,
        _another_record_in_a_file_that_begins_as_observasi_writes,
    ],
)
def test_a_signed_file_whose_payload_text_is_not_its_payload_is_refused(devices, mini_form: Instrument, layout) -> None:
    a, b, _ = devices
    first = a.new_observation(mini_form, topic="Gerak lurus")
    second = a.new_observation(mini_form, topic="Gaya gesek")
    a.sync()
    by_record = {r["observation_id"]: r for r in _published(a)}
    record = {**by_record[first.id], "id": CRAFTED_ID, "parents": []}
    raw = _signed_file(a, layout(record, by_record[second.id]))
    assert json.loads(raw)["payload"]["id"] == first.id  # JSON reads this record's own payload
    folder = app_dir(a.shared) / a.store.device_id
    (folder / f"{CRAFTED_ID}.json").write_bytes(raw)

    report = b.sync()

    assert report.problems == [
        (
            f"observasi/{a.store.device_id}/{CRAFTED_ID}.json",
            "isi tidak cocok dengan hash-nya (diubah di luar observasi?); tidak diimpor",
        )
    ]
    assert CRAFTED_ID not in b.revision_ids()
    # Every revision that was stored opens, and each record kept its own content.
    for obs in (first, second):
        assert [r.payload["id"] for r in b.store.revisions(obs.id)] == [obs.id]
        assert b.store.get_observation(obs.id).topic == obs.topic
    assert report.conflicts == []
