"""The supervision year's files are sealed in the shared folder: they reach the other
laptop and open there, nothing readable is left in the folder, files written in the clear
before are still read, a tampered one is reported by name, and a forgotten teacher's
evidence files can no longer be opened."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from observasi import paths, privacy
from observasi.context import AppContext
from observasi.core.canonical import canonical_json
from observasi.core.instrument import Instrument
from observasi.core.programme import SCHOOL_DATA_SUBJECT, programme_payload
from observasi.core.record import Observation
from observasi.i18n import t
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import devices, service
from observasi.year import attachments
from observasi.year import programme as programmes
from tests.privacy.enrolled import join

TEACHER = "Theodora Wulandari Sembiring"
INSIDE = "Modul ajar: Fotosintesis kelas VII-B zqxv-4417"
PURPOSE = "Meningkatkan mutu pembelajaran berdiferensiasi kwplm-2093"


def _laptop(tmp_path: Path, name: str) -> AppContext:
    return AppContext(Settings(data_dir=tmp_path / name))


def _school(tmp_path: Path) -> tuple[AppContext, AppContext, Path]:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = _laptop(tmp_path, "lapA"), _laptop(tmp_path, "lapB")
    service.sync(a, shared)
    join(a, b, shared)
    return a, b, shared


def _lesson(context: AppContext, form: Instrument, name: str = TEACHER) -> Observation:
    store = context.store
    store.remember_form(form)
    teacher = store.save_teacher(Teacher(name=name))
    me = store.save_observer(Observer(name="Budi Santoso"))
    store.set_setting("self_observer_id", me.id)
    return store.create_observation(
        Observation(
            form_id=form.id,
            form_version=form.version,
            form_hash="",
            teacher_id=teacher.id,
            teacher=teacher.as_person(),
            observer_id=me.id,
            observer=me.as_person(),
            date="2026-11-24",
        ),
        form,
    )


def _attach(context: AppContext, obs_id: str, folder: Path, name: str, data: bytes) -> attachments.Attachment:
    path = folder / name
    path.write_bytes(data)
    return attachments.attach(context.store, obs_id, path)


def _hits(shared: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in shared.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, n) for n in needles if n.encode("utf-8") in data]
    return found


def test_the_years_files_arrive_sealed_and_open_on_the_other_laptop(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    obs = _lesson(a, mini_form)
    pdf = b"%PDF-1.4\n" + INSIDE.encode() + b"\n" + b"x" * 4000
    photo = b"\xff\xd8\xff\xe0 " + INSIDE.encode() + b" foto papan " + b"y" * 3000
    _attach(a, obs.id, tmp_path, "modul ajar.pdf", pdf)
    _attach(a, obs.id, tmp_path, "papan.jpg", photo)
    prog = programmes.programme_for(a, "2026-1")
    prog.purpose = PURPOSE
    programmes.plan(a, prog, dt.date(2026, 11, 30), 1)

    assert service.sync(a, shared).problems == []
    names = sorted(p.name for p in shared.rglob("*") if p.is_file())
    assert sum(n.startswith("file-") for n in names) == 2 and sum(n.startswith("programme-") for n in names) == 1
    # Nothing readable: neither the teacher's name (in the programme's schedule and the
    # record), nor what the attachment says, nor the programme's purpose.
    assert _hits(shared, [TEACHER, INSIDE, PURPOSE, "fotosintesis", "berdiferensiasi"]) == []
    assert not (shared / "observasi" / a.store.device_id / f"file-{hashlib.sha256(pdf).hexdigest()}.bin").exists()

    got = service.sync(b, shared)
    assert got.problems == []
    there = b.store.get_observation(obs.id)
    assert [attachments.blob(b.store.data_dir, x).read_bytes() for x in there.attachments] == [pdf, photo]
    received = b.store.programme_of("2026-1")
    assert received is not None and received.purpose == PURPOSE
    assert [r.teacher_name for r in received.schedule] == [TEACHER]
    # B has them all: it writes none of them again, nor does A.
    assert service.sync(b, shared).sent == 0
    assert service.sync(a, shared).sent == 0


def test_a_file_two_teachers_records_name_is_sealed_for_each(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    first = _lesson(a, mini_form)
    second = _lesson(a, mini_form, "Yohanes Pardede")
    data = b"%PDF-1.4 modul bersama " + b"z" * 2000
    _attach(a, first.id, tmp_path, "modul.pdf", data)
    _attach(a, second.id, tmp_path, "modul.pdf", data)
    service.sync(a, shared)
    digest = hashlib.sha256(data).hexdigest()
    sealed = list(shared.rglob(f"file-{digest}-*.bin"))
    assert len(sealed) == 2  # one under each teacher's data key

    # Forgetting one teacher leaves the other's copy readable on a laptop that syncs later.
    teacher = a.store.get_teacher(first.teacher_id)
    assert teacher is not None
    privacy.forget_teacher(a.store, teacher)
    service.sync(a, shared)
    report = service.sync(b, shared)
    there = b.store.get_observation(second.id)
    assert attachments.blob(b.store.data_dir, there.attachments[0]).read_bytes() == data
    # B never opens her data keys (the forget record names them), and says nothing of her
    # sealed files: unreadable is what forgetting means.
    assert report.problems == []
    assert all(b.store.data_key(dkid) is None for dkid in a.store.forgotten_teachers()[teacher.id])
    assert b.store.get_teacher(teacher.id) is None and not b.store.list_observations(teacher_id=teacher.id)
    db = paths.database(b.settings.data_dir)
    held = b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    assert TEACHER.encode() not in held


def test_a_forgotten_teachers_files_are_unreadable_on_every_laptop(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    obs = _lesson(a, mini_form)
    item = _attach(a, obs.id, tmp_path, "modul ajar.pdf", b"%PDF-1.4 " + INSIDE.encode())
    service.sync(a, shared)
    service.sync(b, shared)
    assert attachments.blob(b.store.data_dir, item).is_file()
    (sealed,) = shared.rglob(f"file-{item.sha256}-*.bin")

    teacher = a.store.get_teacher(obs.teacher_id)
    assert teacher is not None
    lines = privacy.plan_lines(privacy.forget_plan(a.store, teacher), a.settings.data_dir)
    assert t("seal.forget.also", what=t("seal.forget.files", count=1)) in lines
    privacy.forget_teacher(a.store, teacher)
    service.sync(a, shared)
    service.sync(b, shared)  # B learns of the forget: her files go from its data folder too
    for context in (a, b):
        assert not attachments.blob(context.store.data_dir, item).exists()
        dkid = sealed.name.removesuffix(".bin").rsplit("-", 1)[1]
        assert context.store.data_key(dkid) is None and context.store.is_forgotten_data_key(dkid)
    assert sealed.is_file()  # nothing in the folder is deleted: it stays, unreadable


def test_files_written_in_the_clear_before_are_still_read(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    obs = _lesson(a, mini_form)
    data = b"%PDF-1.4 lama " + b"o" * 1000
    item = _attach(a, obs.id, tmp_path, "lama.pdf", data)
    prog = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 1)
    # What an older observasi wrote: the bytes and the programme's JSON as they are.
    folder = shared / "observasi" / a.store.device_id
    (folder / f"file-{item.sha256}.bin").write_bytes(data)
    body = canonical_json(programme_payload(prog))
    (folder / f"programme-{hashlib.sha256(body).hexdigest()}.json").write_bytes(body)
    service.sync(a, shared)

    got = service.sync(b, shared)
    assert got.problems == []
    assert attachments.blob(b.store.data_dir, item).read_bytes() == data
    received = b.store.programme_of("2026-1")
    assert received is not None and received.id == prog.id


def test_a_tampered_sealed_file_is_reported_by_name(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    obs = _lesson(a, mini_form)
    item = _attach(a, obs.id, tmp_path, "modul ajar.pdf", b"%PDF-1.4 " + b"m" * 3000)
    programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 1)
    service.sync(a, shared)
    (sealed,) = shared.rglob(f"file-{item.sha256}-*.bin")
    (programme,) = shared.rglob("programme-*.json")
    raw = bytearray(sealed.read_bytes())
    raw[-40] ^= 0x01
    sealed.write_bytes(bytes(raw))
    text = programme.read_bytes()
    cut = text.index(b'"ciphertext":"') + len(b'"ciphertext":"') + 10
    programme.write_bytes(text[:cut] + (b"B" if text[cut : cut + 1] != b"B" else b"C") + text[cut + 1 :])

    report = service.sync(b, shared)
    assert sorted((Path(path).name, why) for path, why in report.problems) == sorted(
        [(sealed.name, t("privacy.sealed.tampered")), (programme.name, t("privacy.sealed.tampered"))]
    )
    assert not attachments.blob(b.store.data_dir, item).exists()
    assert b.store.programme_of("2026-1") is None


def _db_holds(context: AppContext, needle: str) -> bool:
    db = paths.database(context.settings.data_dir)
    return any(needle.encode() in p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_a_forgotten_teacher_leaves_the_programme_on_every_laptop(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    gone = _lesson(a, mini_form)
    _lesson(a, mini_form, "Yohanes Pardede")
    programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 2)
    service.sync(a, shared)
    service.sync(b, shared)
    held = b.store.programme_of("2026-1")
    assert held is not None and sorted(r.teacher_name for r in held.schedule) == sorted([TEACHER, "Yohanes Pardede"])
    school_keys = a.store.data_key_teachers()[SCHOOL_DATA_SUBJECT]

    teacher = a.store.get_teacher(gone.teacher_id)
    assert teacher is not None
    # Said before asking: her schedule row goes, the old programme versions become unreadable.
    lines = privacy.plan_lines(privacy.forget_plan(a.store, teacher), a.settings.data_dir)
    assert t("seal.forget.also", what=t("seal.forget.rows", count=1)) in lines
    privacy.forget_teacher(a.store, teacher)
    assert service.sync(a, shared).problems == []
    assert service.sync(b, shared).problems == []  # B was offline during the forget
    c = _laptop(tmp_path, "lapC")
    join(a, c, shared)  # and C joins afterwards
    assert service.sync(c, shared).problems == []

    for context in (a, b, c):
        left = context.store.programme_of("2026-1")
        assert left is not None and [r.teacher_name for r in left.schedule] == ["Yohanes Pardede"]
        assert not _db_holds(context, TEACHER)
        # The programme versions that named her were sealed under the school's data key of
        # then: destroyed on every laptop that had it, never opened by C.
        assert all(context.store.data_key(dkid) is None for dkid in school_keys)
    assert all(b.store.is_forgotten_data_key(dkid) for dkid in school_keys)
    assert len(list(shared.rglob("programme-*.json"))) >= 2  # the old versions stay, unreadable


def test_a_removed_laptop_cannot_open_files_attached_after_its_removal(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    c = _laptop(tmp_path, "lapC")
    join(a, c, shared)
    obs = _lesson(a, mini_form)
    before = _attach(a, obs.id, tmp_path, "sebelum.pdf", b"%PDF-1.4 sebelum " + b"s" * 500)
    service.sync(a, shared)
    service.sync(c, shared)
    assert attachments.blob(c.store.data_dir, before).is_file()

    a.update_settings(shared_folder=shared)
    devices.remove(a, c.store.device_id[:8])
    # The school key moved on; the file already in the folder is not sent again for it.
    assert service.sync(a, shared).sent == 0
    after = _attach(a, obs.id, tmp_path, "sesudah.pdf", b"%PDF-1.4 sesudah " + INSIDE.encode())
    prog = programmes.programme_for(a, "2026-1")
    prog.purpose = PURPOSE
    programmes.plan(a, prog, dt.date(2026, 11, 30), 1)
    service.sync(a, shared)
    assert service.sync(b, shared).problems == []
    assert attachments.blob(b.store.data_dir, after).is_file()
    there = b.store.programme_of("2026-1")
    assert there is not None and there.purpose == PURPOSE

    report = service.sync(c, shared)
    assert not attachments.blob(c.store.data_dir, after).exists()
    assert c.store.programme_of("2026-1") is None
    assert not _db_holds(c, INSIDE) and not _db_holds(c, PURPOSE)
    unopened = {Path(path).name.split("-")[0] for path, why in report.problems if why == t("privacy.sealed.no_key")}
    assert {"file", "programme"} <= unopened  # what it cannot open is said


def test_a_programme_forged_in_the_clear_replaces_nothing(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path)
    _lesson(a, mini_form)
    prog = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 1)
    service.sync(a, shared)
    service.sync(b, shared)
    # Somebody with the folder's link writes a "newer" version in the clear into A's folder.
    forged = prog.model_copy(update={"purpose": "Dipalsukan", "updated_at": "2099-01-01T00:00:00Z"})
    body = canonical_json(programme_payload(forged))
    (shared / "observasi" / a.store.device_id / f"programme-{hashlib.sha256(body).hexdigest()}.json").write_bytes(body)

    service.sync(b, shared)
    c = _laptop(tmp_path, "lapC")
    join(a, c, shared)  # a laptop that joins afterwards reads the forgery and the sealed one at once
    for context in (a, b, c):
        service.sync(context, shared)
        held = context.store.programme_of("2026-1")
        assert held is not None and held.purpose == prog.purpose != "Dipalsukan"
