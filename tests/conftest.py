"""Shared fixtures: every test works in its own temp data directory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from observasi.core.form_loader import load_form
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.i18n import set_language
from observasi.store.models import Observer, Teacher
from observasi.store.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the user's data directory; always start in Indonesian."""
    monkeypatch.setenv("OBSERVASI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OBSERVASI_LANG", raising=False)
    monkeypatch.delenv("OBSERVASI_PASSPHRASE", raising=False)
    set_language("id")
    # A waiting laptop's app looks for its approval every 10 s by itself: a test that presses
    # through a join would race that look (a button hidden once joined, a screen's text
    # replaced). The tests of the look itself set it short (test_waiting_joiner_looks_often).
    from observasi.tui import shell

    monkeypatch.setattr(shell, "JOIN_WAIT_EVERY", 3600.0)


@pytest.fixture
def mini_form() -> Instrument:
    loaded = load_form(FIXTURES / "mini.toml")
    assert loaded.instrument is not None, loaded.problems
    return loaded.instrument


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Store:
    s = Store(data_dir)
    yield s
    s.close()


def make_observation(
    store: Store, inst: Instrument, teacher_name: str = "Siti Aminah", day: str = "2026-11-24"
) -> Observation:
    """A draft observation of a new teacher by a new observer, stored."""
    teacher = store.save_teacher(Teacher(name=teacher_name, nip="198001012005012001"))
    observer = store.save_observer(Observer(name="Budi Santoso", id_number="197001011995011001"))
    obs = Observation(
        form_id=inst.id,
        form_version=inst.version,
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person(),
        observer_id=observer.id,
        observer=observer.as_person(),
        subject="IPA",
        class_name="VII A",
        date=day,
        semester="2026-1",
    )
    return store.create_observation(obs, inst)


@pytest.fixture
def draft(store: Store, mini_form: Instrument) -> Observation:
    return make_observation(store, mini_form)


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 24)


def edit(store: Store, obs_id: str, *changes):
    """Changes made to a stored record through the live-record service, as the app makes
    them; returns what the last one saved."""
    from observasi.record import LiveRecord

    live = LiveRecord(store, obs_id)
    saved = None
    for change in changes:
        saved = live.apply(change)
    return saved


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory):
    """A real SeaweedFS S3 gateway on the loopback interface for this test session (one per
    xdist worker); skipped with the reason where the binary cannot run."""
    from tests.s3 import server

    reason = server.can_run()
    if reason is not None:
        pytest.skip(reason)
    running = server.start(tmp_path_factory.mktemp("seaweedfs"))
    yield running
    running.stop()


@pytest.fixture
def bucket(s3_server, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh ``s3://`` URL on the test server, its credentials in the environment."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", s3_server.access_key)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", s3_server.secret_key)
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    return s3_server.new_url()
