"""The bucket transport against a real SeaweedFS: create-only writes, listings after a
key, reading, and the place as sync sees it."""

from __future__ import annotations

import pytest

from observasi.errors import UserError
from observasi.sync.bucket import BucketTransport, Credentials, load_credentials, parse_url, save_credentials
from observasi.sync.listing import scan


def _place(s3_server, url: str) -> BucketTransport:
    return BucketTransport(url, s3_server.endpoint, Credentials(s3_server.access_key, s3_server.secret_key))


def test_writes_are_create_only_and_listed_in_order(s3_server, bucket: str) -> None:
    place = _place(s3_server, bucket)
    place.open()
    device = "0123456789abcdef"
    names = [f"{i:032x}.json" for i in (3, 1, 2)]
    for name in names:
        assert place.write_new(device, name, b'{"n": 1}') is True
    # The same name again: refused by the server, nothing changed.
    assert place.write_new(device, names[0], b"something else") is False
    items = [i for i in place.list(device) if i.name.endswith(".json")]
    assert [i.name for i in items] == sorted(names)
    assert place.read(items[2], 1000) == b'{"n": 1}'
    # Only what sorts after a name.
    assert [i.name for i in place.list(device, f"{1:032x}.json") if i.name.endswith(".json")] == [
        f"{2:032x}.json",
        f"{3:032x}.json",
    ]
    listing = scan(place)
    assert listing.problems == []
    assert {e.rel for e in listing.entries} == {f"{bucket}/observasi/{device}/{n}" for n in names}


def test_a_bucket_that_cannot_be_reached_is_named(s3_server, bucket: str) -> None:
    place = BucketTransport(bucket, s3_server.endpoint, Credentials("wrong", "wrong-secret"))
    with pytest.raises(UserError) as caught:
        place.open()
    assert bucket in str(caught.value) and s3_server.endpoint in str(caught.value)


@pytest.mark.parametrize("url", ["https://x/y", "s3://", "s3://Bucket_Name", "s3://ok-bucket/../up", "s3://a"])
def test_bad_bucket_urls_are_refused_with_the_url(url: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_url(url)
    assert url in str(caught.value)


def test_prefix_is_kept(tmp_path) -> None:
    assert parse_url("s3://dinas-pendidikan/kab-x/smp-1/").prefix == "kab-x/smp-1"


def test_credentials_from_an_owner_only_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY", raising=False)
    with pytest.raises(UserError, match="AWS_ACCESS_KEY_ID"):
        load_credentials(tmp_path)
    path = save_credentials(tmp_path, Credentials("id1", "secret1", region="auto"))
    assert load_credentials(tmp_path) == Credentials("id1", "secret1", None, "auto")
    if hasattr(path, "chmod") and __import__("os").name != "nt":
        path.chmod(0o644)
        with pytest.raises(UserError, match="chmod 600"):
            load_credentials(tmp_path)
