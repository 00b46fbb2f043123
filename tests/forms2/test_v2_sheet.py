"""A schema-2 form's sheet: kop lines, identity fields, per-section predikat, paired answers,
kinds of N/A, reverse-keyed items, tallies and the snapshot summary, renamed text blocks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.record import Rating, SnapshotEntry, Status, content_hash
from observasi.paths import user_forms_dir
from observasi.record import create_draft
from observasi.settings import Settings
from observasi.sheet.build import build_sheet
from observasi.sheet.content import gather
from observasi.store.models import Observer, School, Teacher
from tests.conftest import FIXTURES
from tests.sheet.conftest import pdf_pages

IDENTITY = {"fase": "E", "modul": "Modul 3: Kinematika", "tahun": "2026/2027", "jam": "2"}


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    data_dir = tmp_path / "d"
    forms = user_forms_dir(data_dir)
    forms.mkdir(parents=True)
    shutil.copy(FIXTURES / "v2.toml", forms / "v2.toml")
    shutil.copy(FIXTURES / "mini.toml", forms / "mini.toml")
    context = AppContext(Settings(data_dir=data_dir))
    store = context.store
    store.save_school(
        School(
            name="SMA Negeri 1 Contoh",
            npsn="20200001",
            address="Jl. Merdeka 1",
            city="Contoh",
            kop_lines="PEMERINTAH KABUPATEN CONTOH\nDINAS PENDIDIKAN",
            phone="0231-555",
            email="sman1@example.sch.id",
        )
    )
    store.save_observer(Observer(id="0" * 32, name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    store.save_teacher(Teacher(id="1" * 32, name="Siti Aminah, S.Pd.", subject="Fisika", nip="198001012005012001"))
    yield context
    context.store.close()


def _record(context: AppContext, form_id: str = "v2-mini", **details: object) -> str:
    store = context.store
    known = context.catalog.get(form_id)
    assert known is not None, context.catalog.problems
    teacher, observer = store.get_teacher("1" * 32), store.get_observer("0" * 32)
    assert teacher is not None and observer is not None
    obs = create_draft(store, teacher, observer, known.instrument, date="2026-11-26", semester="2026-1", **details)
    return obs.id


def _v2_record(context: AppContext) -> str:
    obs_id = _record(context, identity=IDENTITY, focus="Umpan balik konstruktif")
    store = context.store
    obs = store.get_observation(obs_id)
    answers = {"P1": "3", "P2": "0", "P3": "4", "E1": "4", "E2": "3", "E3": "1"}
    ratings = {k: Rating(indicator_id=k, level=v) for k, v in answers.items()}
    ratings["E4"] = Rating(indicator_id="E4", na=True, level="t")
    snapshots = [
        SnapshotEntry(at=f"2026-11-26T01:{m:02d}:00Z", minute=m, values={"kegiatan": c, "tidak_fokus": n})
        for m, c, n in [
            (10, "Menjelaskan", "3"),
            (20, "Membimbing", "1"),
            (30, "Membimbing", "2"),
            (40, "Tanya jawab", "0"),
        ]
    ]
    update = {
        "ratings": ratings,
        "tallies": {"tanya_guru": 12, "pujian": 5},
        "snapshots": snapshots,
        "strengths": "Apersepsi kuat.",
        "status": Status.reflecting,
    }
    store.put_observation(obs.model_copy(update=update))
    return obs_id


def test_the_sheet_of_a_v2_form_prints_what_the_form_declares(context: AppContext) -> None:
    obs_id = _v2_record(context)
    assert context.store.get_observation(obs_id).identity == IDENTITY  # kept through the store
    text = " ".join(pdf_pages(build_sheet(gather(context, obs_id)).data))
    # The form's own kop (a Cabang Dinas instrument) in place of the school's lines.
    assert "PEMERINTAH PROVINSI JAWA BARAT" in text and "CABANG DINAS PENDIDIKAN WILAYAH IX" in text
    assert "PEMERINTAH KABUPATEN CONTOH" not in text
    assert "Telp. (0231) 123456" in text and "cadisdik9@example.go.id" in text
    # Identity fields, and the focus under the form's name for it.
    for words in ("Fase E", "Modul 3: Kinematika", "Tahun pelajaran 2026/2027", "Fokus perilaku Umpan balik"):
        assert words in text, words
    # Paired answers, the kind of N/A, the reverse-keyed item.
    assert "Ada, 3 (Baik)" in text and "Tidak ada" in text and "Tidak teramati" in text
    assert "1 (Kurang) (terbalik: dihitung 4)" in text
    # The section's own result and predikat; the form's result to its precision, banded as printed.
    assert "Rata-rata bagian: 3,00 — Cakap" in text
    assert "22 28 79 Baik" in text
    assert "tidak dihitung" not in text  # "tidak teramati" is scored as level 1 here, not left out
    # Tallies and the share of snapshots per answer.
    assert "Pertanyaan guru: 12" in text and "Pujian: 5" in text
    assert "Kegiatan guru (4 potret): Menjelaskan 25,0% · Membimbing 50,0% · Tanya jawab 25,0%" in text
    assert "Siswa tidak terlibat (4 potret): rata-rata 1,5" in text
    # The form's names of the text blocks.
    assert "A. Hasil pengamatan" in text and "Kesimpulan" in text and "Saran perbaikan" in text
    assert "Kekuatan" not in text


def test_a_v1_sheet_prints_the_schools_kop_lines_phone_and_email(context: AppContext) -> None:
    obs_id = _record(context, "mini")
    text = " ".join(pdf_pages(build_sheet(gather(context, obs_id)).data))
    assert "PEMERINTAH KABUPATEN CONTOH DINAS PENDIDIKAN SMA NEGERI 1 CONTOH" in text
    assert "Telp. 0231-555 · Surel: sman1@example.sch.id" in text
    assert "Kekuatan" in text and "Fokus perilaku" not in text


def test_a_record_without_identity_answers_keeps_its_hash(context: AppContext) -> None:
    obs = context.store.get_observation(_record(context, "mini"))
    assert "identity" not in obs.model_dump(mode="json")
    with_answers = obs.model_copy(update={"identity": {"fase": "E"}})
    assert with_answers.model_dump(mode="json")["identity"] == {"fase": "E"}
    assert content_hash(with_answers) != content_hash(obs)
