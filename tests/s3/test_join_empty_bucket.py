"""A laptop that asked to join a school syncing only through a bucket: an empty bucket gets
no object from it (the school's key files go through a local copy, then to the bucket), and
it joins the school once the school's laptop has founded it there."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code


def test_a_joining_laptop_writes_nothing_into_an_empty_bucket(tmp_path: Path, s3_server, bucket: str) -> None:
    school, newcomer = (AppContext(Settings(data_dir=tmp_path / n)) for n in "AB")
    try:
        fill_demo(school.store, school.catalog)
        devices.ask_to_join(newcomer, "Laptop Bu Sri")
        place = {"bucket": bucket, "endpoint": s3_server.endpoint}
        early = sync(newcomer, **place)
        assert early.no_school and early.sent == 0
        store = s3_server.store()
        prefix = bucket.split("/", 3)[3] + "/"
        assert [m["path"] for page in store.list(prefix) for m in page] == []
        assert sync(school, **place).problems == []  # the school's laptop founds it, asked nothing
        code = join_code(sync(newcomer, **place))
        devices.approve(school, code)
        assert sync(newcomer, **place).problems == []
        assert devices.device_list(newcomer).founder == school.store.device_id
        assert {o.id for o in newcomer.store.list_observations()} == {o.id for o in school.store.list_observations()}
    finally:
        for context in (school, newcomer):
            context.store.close()
