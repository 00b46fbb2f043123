"""A district's rescan of a bucket school with nothing new lists each prefix once and opens
nothing of the school's copy; whatever the school publishes next is still read, and a
file that is a problem is still reported on every read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from observasi import paths
from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.district import reader
from observasi.district.recap import build_district_recap
from observasi.district.schools import add_school, schools
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import bucket as bucket_module
from observasi.sync import service
from observasi.sync.listing import scan
from tests.district.conftest import SEMESTER, _school
from tests.recap.conftest import add_observation

GOOD = {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every bucket place a read makes (their request counts), and every school copy opened."""
    seen: dict[str, list] = {"places": [], "copies": []}
    made = bucket_module.BucketTransport.__init__
    opened = reader.school_context

    def place(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        made(self, *args, **kwargs)
        seen["places"].append(self)

    def copy(context: AppContext, school):  # type: ignore[no-untyped-def]
        seen["copies"].append(school.slug)
        return opened(context, school)

    monkeypatch.setattr(bucket_module.BucketTransport, "__init__", place)
    monkeypatch.setattr(reader, "school_context", copy)
    return seen


def _approved(context: AppContext, school: AppContext) -> None:
    """A bucket is sealed like a folder: the district's first read asks to join and a
    laptop of the school approves its code."""
    from observasi.sync import devices

    (asked,) = reader.read_all(context)
    assert asked.error is not None and "setujui kode " in asked.error, asked.error
    devices.approve(school, asked.error.split("setujui kode ", 1)[1].split(";", 1)[0])


def _requests(seen: dict[str, list], kind: str) -> int:
    return sum(p.requests[kind] for p in seen["places"])


def test_a_rescan_with_nothing_new_opens_nothing_and_what_comes_next_is_read(
    tmp_path: Path, s3_server, bucket: str, mini_form: Instrument, counted: dict[str, list]
) -> None:
    school = _school(tmp_path, "smpn3", mini_form, [("Eka", "2026-08-01", GOOD)])
    service.sync(school, bucket=bucket, endpoint=s3_server.endpoint)
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 3", bucket, s3_server.endpoint)
    _approved(context, school)
    (read,) = reader.read_all(context)
    assert read.report is not None and read.report.received == 1
    # The rescans list the school laptop's prefix only after what this read left read (not
    # whole, as the first import did: 128,000 names a rescan at a district's scale).
    (memo,) = reader._remembered(context).values()
    assert set(memo.cursors) == {school.store.device_id}

    for _ in range(2):
        counted["places"].clear()
        counted["copies"].clear()
        (again,) = reader.read_all(context)
        assert again.report is not None and (again.report.received, again.report.problems) == (0, [])
        # The school's top and each device prefix listed once (its one laptop's and the
        # district's own, a member since the school approved it); no object read; the copy unopened.
        assert (_requests(counted, "list"), _requests(counted, "get"), counted["copies"]) == (3, 0, [])

    # A district that remembered a whole listing (an earlier version, after its first
    # import) narrows it at its next rescan, reading nothing, and lists less after.
    stored = context.store.get_setting(reader.LISTINGS_KEY)
    place = reader.school_place(context, schools(context)[0])
    place.open()
    whole = {
        slug: {**item, "cursors": {}, "fingerprint": reader.fingerprint(scan(place))} for slug, item in stored.items()
    }
    context.store.set_setting(reader.LISTINGS_KEY, whole)
    counted["places"].clear()
    (narrowing,) = reader.read_all(context)
    assert narrowing.report is not None and narrowing.report.received == 0
    assert _requests(counted, "get") == 0
    assert reader._remembered(context) == dict.fromkeys(stored, memo)

    # The school observes another teacher and syncs: the next rescan reads it.
    teacher = school.store.save_teacher(Teacher(name="Fajar", subject="IPA"))
    observer = school.store.save_observer(Observer(name="Kepala smpn3b", id_number="197001011995011002"))
    add_observation(school.store, mini_form, teacher, observer, "2026-09-02", GOOD)
    service.sync(school, bucket=bucket, endpoint=s3_server.endpoint)
    (after,) = reader.read_all(context)
    assert after.report is not None and after.report.received == 1
    assert build_district_recap(context, SEMESTER).lines[0].final_count == 2
    (quiet,) = reader.read_all(context)
    assert quiet.report is not None and quiet.report.received == 0

    # The school's copy removed (by hand): the next read makes it again, in full.
    copy_dir = paths.district_school_dir(context.settings.data_dir, schools(context)[0].slug)
    shutil.rmtree(copy_dir)
    _approved(context, school)  # the copy held the district's keys for this school: it asks again
    (fresh,) = reader.read_all(context)
    assert fresh.report is not None and fresh.report.received == 2
    school.store.close()
    context.store.close()


def test_a_problem_in_a_bucket_school_is_reported_on_every_rescan(
    tmp_path: Path, s3_server, bucket: str, mini_form: Instrument
) -> None:
    school = _school(tmp_path, "smpn4", mini_form, [("Gita", "2026-08-03", GOOD)])
    service.sync(school, bucket=bucket, endpoint=s3_server.endpoint)
    prefix = bucket.split("/", 3)[3]
    bad = f"{prefix}/observasi/{school.store.device_id}/{'f' * 32}.json"
    s3_server.store().put(bad, b'{"format": "observasi-revision", "id": ', mode="create")
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 4", bucket, s3_server.endpoint)
    _approved(context, school)
    for _ in range(3):
        (read,) = reader.read_all(context)
        assert read.report is not None
        assert [p for p, _ in read.report.problems] == [
            f"s3://{bucket[5:]}/observasi/{school.store.device_id}/{'f' * 32}.json"
        ]
    school.store.close()
    context.store.close()
