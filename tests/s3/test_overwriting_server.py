"""A server that cannot refuse an overwrite (rclone's `serve s3`, a real one) is found before
anything is written, and named: a sync says which server and which bucket, and writes no
revision there; a school syncing to a folder too still syncs there."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.errors import UserError
from observasi.settings import Settings
from observasi.sync import service
from observasi.sync.bucket import CREATE_ONLY_CHECK
from tests.recap.conftest import add_observation
from tests.s3 import overwriting

GOOD = {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"}


@pytest.fixture(scope="module")
def overwriting_server(tmp_path_factory: pytest.TempPathFactory):
    reason = overwriting.can_run()
    if reason is not None:
        pytest.skip(reason)
    running = overwriting.start(tmp_path_factory.mktemp("rclone"))
    yield running
    running.stop()


def _laptop(tmp_path: Path, mini_form: Instrument) -> AppContext:
    from observasi.store.models import Observer, Teacher

    context = AppContext(Settings(data_dir=tmp_path / "laptop"))
    store = context.store
    observer = store.save_observer(Observer(name="Kepala Sekolah", id_number="197001011995011001"))
    teacher = store.save_teacher(Teacher(name="Ani", subject="IPA"))
    add_observation(store, mini_form, teacher, observer, "2026-08-10", GOOD)
    return context


def _objects(server: overwriting.OverwritingServer, prefix: str) -> list[str]:
    return sorted(m["path"] for page in server.store().list(prefix) for m in page)


def test_the_server_really_overwrites(overwriting_server) -> None:
    """What the test stands on: this server replaces an object on a create-only put."""
    store = overwriting_server.store()
    store.put("probe/x", b"one", mode="create")
    store.put("probe/x", b"two", mode="create")
    assert bytes(store.get("probe/x").bytes()) == b"two"


def test_a_sync_to_a_server_that_overwrites_is_refused_and_names_it(
    tmp_path: Path, overwriting_server, mini_form: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", overwriting_server.access_key)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", overwriting_server.secret_key)
    laptop = _laptop(tmp_path, mini_form)
    url = f"s3://{overwriting.BUCKET}/smpn1"
    with pytest.raises(UserError) as refused:
        service.sync(laptop, bucket=url, endpoint=overwriting_server.endpoint)
    said = str(refused.value)
    assert overwriting_server.endpoint in said and url in said and "If-None-Match" in said
    assert "penimpaan" in said  # Bahasa Indonesia by default: "cannot refuse an overwrite"
    # Nothing but the check object was written: no revision, no form.
    assert [p.rsplit("/", 1)[1] for p in _objects(overwriting_server, "smpn1/")] == [CREATE_ONLY_CHECK]
    # The revision is still waiting to be sent.
    assert service.status(laptop).pending >= 1
    laptop.store.close()


def test_a_school_on_a_folder_and_such_a_bucket_syncs_the_folder_and_names_the_bucket(
    tmp_path: Path, overwriting_server, mini_form: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", overwriting_server.access_key)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", overwriting_server.secret_key)
    laptop = _laptop(tmp_path, mini_form)
    drive = tmp_path / "Drive"
    drive.mkdir()
    url = f"s3://{overwriting.BUCKET}/smpn2"
    report = service.sync(laptop, drive, bucket=url, endpoint=overwriting_server.endpoint)
    assert report.sent == 1
    ((where, why),) = report.problems
    assert where == url and overwriting_server.endpoint in why and "If-None-Match" in why
    written = [p.name for p in (drive / "observasi" / laptop.store.device_id).iterdir()]
    assert any(n.endswith(".json") and not n.startswith("form-") for n in written)
    assert [p.rsplit("/", 1)[1] for p in _objects(overwriting_server, "smpn2/")] == [CREATE_ONLY_CHECK]
    laptop.store.close()
