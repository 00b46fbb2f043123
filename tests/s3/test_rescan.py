"""A rescan of a bucket with nothing new costs one listing per device prefix and reads
no object; with something new, it asks each prefix only for names after the last seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.settings import Settings
from observasi.sync import service
from observasi.sync.bucket import BucketTransport, Credentials
from tests.conftest import edit
from tests.sync.conftest import Device, enroll


def _place(s3_server, url: str) -> BucketTransport:
    return BucketTransport(url, s3_server.endpoint, Credentials(s3_server.access_key, s3_server.secret_key))


@pytest.fixture
def pair(tmp_path: Path, s3_server, bucket: str):
    made = [
        Device(n, AppContext(Settings(data_dir=tmp_path / f"laptop-{n}")), tmp_path, bucket, s3_server.endpoint)
        for n in "ab"
    ]
    enroll(*made)  # the school's laptops, enrolled through the bucket as through a folder
    yield made
    for d in made:
        d.close()


def test_a_rescan_with_nothing_new_lists_each_prefix_once_and_reads_nothing(
    pair, s3_server, bucket: str, mini_form: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    for n in range(4):
        b.new_observation(mini_form, teacher=f"Guru {n}")
    a.new_observation(mini_form)
    b.sync()
    assert a.sync().received == 4
    b.sync()
    a.sync()  # reads back its own published files once, as with a folder

    place = _place(s3_server, bucket)
    place.open()  # as a sync does: the top listed once, to know the bucket answers
    report = service.exchange(a.context, place)
    assert (report.sent, report.received, report.problems) == (0, 0, [])
    # The top (1), a's own prefix (1), b's prefix (1): no object read or written.
    assert place.requests["list"] == 3
    assert place.requests["get"] == 0 and place.requests["put"] == 0

    # Something new in b's prefix: a asks b's prefix only for names after the newest it read.
    monkeypatch.setattr(service, "LISTING_OVERLAP_MS", 0)
    obs_id = next(iter(b.store.list_observations(order="date_asc"))).id
    edit(b.store, obs_id, ch.SetDetails({"topic": "Hukum Newton"}))
    b.sync()
    in_b = len(list(_place(s3_server, bucket).list(b.store.device_id)))
    place = _place(s3_server, bucket)
    report = service.exchange(a.context, place)
    assert report.received == 1 and report.problems == []
    own = len(list(_place(s3_server, bucket).list(a.store.device_id)))
    listed_in_b = place.requests["listed"] - own
    assert listed_in_b < in_b, (listed_in_b, in_b)
    assert place.requests["get"] == 1  # the one new revision
    assert a.store.get_observation(obs_id).topic == "Hukum Newton"


def test_a_bad_file_behind_the_cursor_is_still_reported(pair, s3_server, bucket: str, mini_form: Instrument) -> None:
    a, b = pair
    b.new_observation(mini_form)
    b.sync()
    a.sync()
    first = min(b.revision_ids())
    store = s3_server.store()
    prefix = bucket.split("/", 3)[3]
    # A cut-off copy with an older name than everything a has read from b.
    bad = f"{prefix}/observasi/{b.store.device_id}/{first} (1).json"
    store.put(bad, b'{"format": "observasi-revision", "id": ', mode="create")
    b.new_observation(mini_form, teacher="Guru Baru")
    b.sync()
    for _ in range(2):
        report = a.sync()
        assert [p for p, _ in report.problems] == [f"s3://{bucket[5:]}/observasi/{b.store.device_id}/{first} (1).json"]
