"""Evidence files: attached from a path, kept once under their sha256, refused with a
clear line (too big, unknown kind, missing), listed in the sheet's appendix with a
thumbnail for a photo, gone from the data folder when the teacher is forgotten."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from observasi import paths
from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.record import Observation, content_hash
from observasi.errors import RecordLocked, UserError
from observasi.privacy import forget_teacher
from observasi.store.store import Store
from observasi.year import attachments
from tests.cli.helpers import observasi
from tests.conftest import edit, make_observation
from tests.sheet.conftest import pdf_pages


def _photo(path: Path, colour: tuple[int, int, int] = (30, 90, 60)) -> Path:
    from PIL import Image

    Image.new("RGB", (640, 480), colour).save(path, format="JPEG")
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n% modul ajar\n" + b"x" * 4000 + b"\n%%EOF\n")
    return path


def test_a_file_is_kept_once_and_named_by_the_record(
    store: Store, draft: Observation, tmp_path: Path, mini_form
) -> None:
    edit(store, draft.id, ch.AddEvidence("Guru membuka dengan salam."))
    modul = _pdf(tmp_path / "Modul Ajar IPA.pdf")
    photo = _photo(tmp_path / "papan.jpg")
    first = attachments.attach(store, draft.id, modul)
    second = attachments.attach(store, draft.id, photo, evidence_line=1)
    other = make_observation(store, mini_form, teacher_name="Budi Hartono")
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(modul.read_bytes())
    attachments.attach(store, other.id, copy)  # the same bytes under another name
    stored = store.get_observation(draft.id)
    assert [(a.name, a.kind, a.evidence_id is not None) for a in stored.attachments] == [
        ("Modul Ajar IPA.pdf", "pdf", False),
        ("papan.jpg", "image", True),
    ]
    assert first.size == modul.stat().st_size
    blobs = sorted(p.name for p in paths.attachments_dir(store.data_dir).glob("*/*"))
    assert blobs == sorted({first.sha256, second.sha256})  # two files, three attachments
    assert attachments.blob(store.data_dir, first).read_bytes() == modul.read_bytes()
    with pytest.raises(UserError, match="sudah terlampir"):
        attachments.attach(store, draft.id, copy)


def test_bad_files_are_refused_with_a_clear_line(store: Store, draft: Observation, tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(attachments, "MAX_BYTES", 1024)
    with pytest.raises(UserError, match=r"besar.pdf berukuran 2 KB, melebihi batas 1 KB per lampiran"):
        attachments.attach(store, draft.id, big)
    script = tmp_path / "virus.exe"
    script.write_bytes(b"MZ")
    with pytest.raises(UserError, match="jenis berkas ini tidak dapat dilampirkan"):
        attachments.attach(store, draft.id, script)
    with pytest.raises(UserError, match="tidak ada"):
        attachments.attach(store, draft.id, tmp_path / "hilang.pdf")
    with pytest.raises(UserError, match="tidak ada catatan bukti nomor 3"):
        attachments.attach(store, draft.id, _pdf(tmp_path / "a.pdf"), evidence_line=3)
    assert store.get_observation(draft.id).attachments == []
    assert not paths.attachments_dir(store.data_dir).exists()  # nothing kept for a refused file


def test_a_final_record_takes_no_new_file(store: Store, draft: Observation, tmp_path: Path) -> None:
    edit(store, draft.id, ch.StartLesson(), ch.EndLesson(), ch.Finalise())
    with pytest.raises(RecordLocked):
        attachments.attach(store, draft.id, _pdf(tmp_path / "a.pdf"))
    assert not paths.attachments_dir(store.data_dir).exists()


def test_records_without_attachments_keep_their_hash(draft: Observation) -> None:
    assert "attachments" not in draft.model_dump(mode="json")
    assert content_hash(draft) == content_hash(Observation.model_validate(draft.model_dump(mode="json")))


def test_the_sheet_lists_them_with_a_thumbnail(demo: AppContext, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from observasi.sheet.service import render_sheet

    store = demo.store
    obs_id = store.list_observations(status="draft", limit=1)[0].id
    item = attachments.attach(store, obs_id, _pdf(tmp_path / "modul-ajar.pdf"))
    attachments.attach(store, obs_id, _photo(tmp_path / "papan.jpg"))
    _, built = render_sheet(demo, obs_id)
    text = " ".join(pdf_pages(built.data))
    assert "Lampiran berkas bukti" in text and "modul-ajar.pdf" in text and "papan.jpg" in text
    assert item.sha256[:16] in text
    last = PdfReader(io.BytesIO(built.data)).pages[-1]
    assert any(name for name in last.images), "the photo's thumbnail is drawn"


def test_forgetting_the_teacher_removes_their_files(
    store: Store, draft: Observation, tmp_path: Path, mini_form
) -> None:
    own = attachments.attach(store, draft.id, _photo(tmp_path / "papan.jpg"))
    other = make_observation(store, mini_form, teacher_name="Budi Hartono")
    shared = attachments.attach(store, other.id, _pdf(tmp_path / "bersama.pdf"))
    attachments.attach(store, draft.id, tmp_path / "bersama.pdf")
    teacher = store.get_teacher(draft.teacher_id)
    assert teacher is not None
    forget_teacher(store, teacher)
    assert not attachments.blob(store.data_dir, own).exists()
    assert attachments.blob(store.data_dir, shared).exists()  # Budi's record still names it


def test_attach_on_the_command_line(
    capsys: pytest.CaptureFixture[str], store: Store, draft: Observation, data_dir: Path, tmp_path: Path
) -> None:
    modul = _pdf(tmp_path / "modul.pdf")
    done = observasi(capsys, "--data-dir", str(data_dir), "attach", draft.id[:8], str(modul))
    assert done.code == 0, done.err
    assert "modul.pdf (4 KB) dilampirkan" in done.out
    listed = observasi(capsys, "--data-dir", str(data_dir), "attachments", draft.id[:8])
    assert "modul.pdf" in listed.out and "ya" in listed.out
    removed = observasi(capsys, "--data-dir", str(data_dir), "detach", draft.id[:8], "1")
    assert removed.code == 0 and "modul.pdf dilepas" in removed.out
    assert store.get_observation(draft.id).attachments == []
