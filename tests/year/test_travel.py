"""The programme and the evidence files travel through the shared folder: written once,
read on the other laptop, checked against their names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.i18n import t
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import service
from observasi.year import attachments
from observasi.year import programme as programmes
from tests.privacy.enrolled import join
from tests.sync.conftest import assert_only_added, folder_snapshot


def _laptop(tmp_path: Path, name: str) -> AppContext:
    return AppContext(Settings(data_dir=tmp_path / name))


def _school(tmp_path: Path, shared: Path) -> tuple[AppContext, AppContext]:
    """Laptops A and B of one school: A founds it, B joins with A's approval."""
    a, b = _laptop(tmp_path, "lapA"), _laptop(tmp_path, "lapB")
    service.sync(a, shared)
    join(a, b, shared)
    return a, b


def test_programme_and_files_reach_the_other_laptop(tmp_path: Path, mini_form: Instrument) -> None:
    from observasi.core.record import Observation

    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = _school(tmp_path, shared)
    store = a.store
    store.remember_form(mini_form)
    teacher = store.save_teacher(Teacher(name="Siti Aminah"))
    me = store.save_observer(Observer(name="Budi Santoso"))
    store.set_setting("self_observer_id", me.id)
    obs = store.create_observation(
        Observation(
            form_id=mini_form.id,
            form_version=mini_form.version,
            form_hash="",
            teacher_id=teacher.id,
            teacher=teacher.as_person(),
            observer_id=me.id,
            observer=me.as_person(),
            date="2026-11-24",
        ),
        mini_form,
    )
    modul = tmp_path / "modul ajar.pdf"
    modul.write_bytes(b"%PDF-1.4 modul ajar " + b"x" * 5000)
    photo = tmp_path / "papan.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 photo " + b"y" * 3000)
    attachments.attach(store, obs.id, modul)
    attachments.attach(store, obs.id, photo)
    prog = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 1)

    sent = service.sync(a, shared)
    assert sent.problems == []
    names = {p.name for p in shared.rglob("*") if p.is_file()}
    assert sum(n.startswith("file-") for n in names) == 2 and sum(n.startswith("programme-") for n in names) == 1

    got = service.sync(b, shared)
    assert got.problems == []
    there = b.store.get_observation(obs.id)
    assert [x.name for x in there.attachments] == ["modul ajar.pdf", "papan.jpg"]
    for item in there.attachments:
        assert attachments.blob(b.store.data_dir, item).read_bytes() in (modul.read_bytes(), photo.read_bytes())
    received = b.store.programme_of("2026-1")
    assert received is not None and [r.teacher_name for r in received.schedule] == ["Siti Aminah"]

    # B moves the row; A gets the newer version. Nothing in the folder is changed or removed.
    before = folder_snapshot(shared)
    programmes.move(b, received, "1", dt.date(2026, 12, 2), exact_day=True)
    service.sync(b, shared)
    service.sync(a, shared)
    assert_only_added(before, folder_snapshot(shared))
    back = a.store.programme_of("2026-1")
    assert back is not None and back.row(prog.schedule[0].id).planned_date == "2026-12-02"
    again = service.sync(a, shared)
    assert again.sent == 0 and again.problems == []


def test_a_follow_up_marked_done_reaches_the_other_laptop(tmp_path: Path, mini_form: Instrument) -> None:
    from observasi.core.record import FollowUp, Observation, Status
    from observasi.year.followups import mark_done

    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = _school(tmp_path, shared)
    store = a.store
    store.remember_form(mini_form)
    teacher = store.save_teacher(Teacher(name="Siti Aminah"))
    me = store.save_observer(Observer(name="Budi Santoso"))
    item = FollowUp(action="Asesmen formatif", due="2026-11-20")
    obs = store.create_observation(
        Observation(
            form_id=mini_form.id,
            form_version=mini_form.version,
            form_hash="",
            teacher_id=teacher.id,
            teacher=teacher.as_person(),
            observer_id=me.id,
            observer=me.as_person(),
            date="2026-11-10",
            status=Status.final,
            followups=[item],
        ),
        mini_form,
    )
    service.sync(a, shared)
    service.sync(b, shared)
    mark_done(store, obs.id, item.id, "Exit ticket dipakai", "2026-11-25")
    assert service.sync(a, shared).sent == 1
    report = service.sync(b, shared)
    assert report.problems == [] and report.conflicts == []
    there = b.store.get_observation(obs.id).followups[0]
    assert (there.status, there.done_on, there.done_note) == ("done", "2026-11-25", "Exit ticket dipakai")


def test_a_file_that_is_not_what_its_name_says_is_reported(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = _school(tmp_path, shared)
    # A file in A's folder whose bytes are not the ones its name promises (a sync client's
    # broken copy, say).
    device = shared / "observasi" / a.store.device_id
    (device / f"file-{'0' * 64}.bin").write_bytes(b"not those bytes")
    report = service.sync(b, shared)
    assert len(report.problems) == 1
    path, reason = report.problems[0]
    assert path.endswith(f"file-{'0' * 64}.bin") and reason == t("sync.bad.hash")
    assert not (b.store.data_dir / "lampiran").exists()  # nothing kept from it
