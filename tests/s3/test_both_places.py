"""A school that syncs to a folder and a bucket: a laptop reading either sees the same records."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.settings import Settings
from observasi.sync import devices as school_devices
from observasi.sync import service
from tests.conftest import edit
from tests.privacy.enrolled import join_code
from tests.sync.conftest import Device, enroll


def _records(device: Device) -> dict[str, dict]:
    return {
        s.id: device.store.get_observation(s.id).model_dump(exclude={"updated_at"})
        for s in device.store.list_observations(order="date_asc")
    }


def test_folder_and_bucket_carry_the_same_records(
    tmp_path: Path, s3_server, bucket: str, mini_form: Instrument
) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school, by_folder, by_bucket = (
        Device(n, AppContext(Settings(data_dir=tmp_path / f"laptop-{n}")), shared) for n in ("school", "f", "b")
    )
    try:
        enroll(school, by_folder)  # the folder is the school's: its laptops are enrolled
        first = school.new_observation(mini_form, teacher="Siti Aminah")
        school.new_observation(mini_form, teacher="Budi Santoso")
        edit(school.store, first.id, ch.Rate("R1", "3"))
        report = service.sync(school.context, shared, bucket=bucket, endpoint=s3_server.endpoint)
        assert report.problems == [] and report.sent == len(school.revision_ids())
        # Both places are remembered: the next sync (as the app runs it) uses both.
        assert school.context.settings.shared_folder == shared
        assert school.context.settings.bucket_url == bucket
        edit(school.store, first.id, ch.Finalise())
        again = service.sync(school.context)
        assert again.sent == 1 and again.problems == []

        by_folder.sync()
        by_bucket.bucket, by_bucket.endpoint = bucket, s3_server.endpoint
        # A laptop that knows only the bucket joins the school through it, as through the folder.
        asked = by_bucket.sync()
        code = join_code(asked)
        school_devices.approve(school.context, code)
        by_bucket.sync()
        expected = _records(school)
        assert len(expected) == 2
        assert _records(by_folder) == expected
        assert _records(by_bucket) == expected
    finally:
        for device in (school, by_folder, by_bucket):
            device.close()


def test_one_unreachable_place_is_a_problem_the_other_still_syncs(
    tmp_path: Path, s3_server, bucket: str, mini_form: Instrument
) -> None:
    laptop = Device("a", AppContext(Settings(data_dir=tmp_path / "laptop-a")), tmp_path / "gone")
    try:
        laptop.new_observation(mini_form)
        report = service.sync(laptop.context, tmp_path / "gone", bucket=bucket, endpoint=s3_server.endpoint)
        assert report.sent == 1
        assert [path for path, _ in report.problems] == [str(tmp_path / "gone")]
    finally:
        laptop.close()
