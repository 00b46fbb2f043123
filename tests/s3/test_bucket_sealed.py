"""A school that syncs only through a bucket is enrolled and sealed as through a folder: the
transport is only storage. Every object in the bucket is read back: no teacher's name, NIP or
NUPTK, no observer's name, no laptop's name."""

from __future__ import annotations

from pathlib import Path

from observasi import privacy
from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join_code


def test_a_bucket_only_school_founds_joins_and_publishes_only_ciphertext(
    tmp_path: Path, s3_server, bucket: str
) -> None:
    a, b, c = (AppContext(Settings(data_dir=tmp_path / n)) for n in "ABC")
    try:
        fill_demo(a.store, a.catalog)
        b.update_settings(laptop_name="Laptop Bu Sri")
        place = {"bucket": bucket, "endpoint": s3_server.endpoint}
        assert sync(a, **place).problems == []  # founds the school in the bucket, no question asked
        code = join_code(sync(b, **place))
        listed = devices.device_list(a)  # the devices dialog of a bucket-only school
        assert [(r.label, r.code) for r in listed.requests] == [("Laptop Bu Sri", code)]
        devices.approve(a, code)
        assert sync(b, **place).problems == []
        assert {o.id for o in b.store.list_observations()} == {o.id for o in a.store.list_observations()}
        # A third laptop joins and is removed: it reads nothing written after.
        devices.approve(a, join_code(sync(c, **place)))
        sync(c, **place)
        devices.remove(a, c.store.device_id[:8])
        forgotten = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
        privacy.forget_teacher(a.store, forgotten)
        assert sync(a, **place).problems == []
        assert sync(b, **place).problems == []
        assert b.store.get_teacher(forgotten.id) is None

        needles = {n for t in a.store.list_teachers(include_inactive=True) for n in (t.name, t.nip, t.nuptk) if n}
        needles |= {forgotten.name, forgotten.nip or forgotten.name, "Laptop Bu Sri"}
        needles |= {o.name for o in [a.store.self_observer()] if o}
        store = s3_server.store()
        prefix = bucket.split("/", 3)[3] + "/"
        objects = [m["path"] for page in store.list(prefix) for m in page]
        assert len(objects) > 50
        found = []
        for path in objects:
            data = bytes(store.get(path).bytes())
            found += [(path, n) for n in needles if n.encode("utf-8") in data or n in path]
        assert found == []
    finally:
        for context in (a, b, c):
            context.store.close()
