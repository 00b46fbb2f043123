"""The printed sheet: what the teacher reads, on every page, in any name, every time the same."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.record import Observation, Person, Rating, Status
from observasi.sheet.content import number_text
from observasi.sheet.service import render_sheet, write_sheet
from observasi.store.models import Observer, Teacher
from tests.sheet.conftest import pdf_pages, pick


def test_sheet_shows_teacher_nilai_predikat_and_page_numbers(demo: AppContext) -> None:
    item = pick(demo, form="supervisi-akademik")
    _, built = render_sheet(demo, item.id)
    pages = pdf_pages(built.data)
    text = " ".join(pages)
    assert item.teacher_name in text
    assert number_text(Decimal(item.nilai), "id") in text  # 74,04 -- written the Indonesian way
    assert item.predikat in text
    assert "LEMBAR UMPAN BALIK SUPERVISI AKADEMIK" in text
    assert "Halaman 1 dari" in pages[0]
    assert all(f"dari {len(pages)}" in page for page in pages)
    assert item.id in pages[-1]  # the observation id in the footer
    assert "DRAF" not in text


def test_every_font_is_embedded(demo: AppContext) -> None:
    from pypdf import PdfReader

    _, built = render_sheet(demo, pick(demo, form="supervisi-akademik").id)
    reader = PdfReader(io.BytesIO(built.data))
    fonts = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor_owner = descendants[0].get_object() if descendants else font
            descriptor = descriptor_owner["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font.get("/BaseFont")
            fonts += 1
    assert fonts >= 2


def _store_final(
    context: AppContext, inst: Instrument, teacher_name: str, ratings: dict[str, Rating], **fields: object
) -> str:
    store = context.store
    teacher = store.save_teacher(Teacher(name=teacher_name, nip="198001012005012001"))
    observer = store.self_observer()
    assert observer is not None
    obs = Observation(
        form_id=inst.id,
        form_version=inst.version,
        form_hash=inst.content_hash(),
        teacher_id=teacher.id,
        teacher=teacher.as_person(),
        observer_id=observer.id,
        observer=observer.as_person(),
        subject="IPA",
        class_name="VII A",
        date="2026-11-24",
        semester="2026-1",
        ratings=ratings,
        status=Status.final,
        finalized_at="2026-11-24T06:35:00Z",
        updated_at="2026-11-24T06:35:00Z",
        **fields,
    )
    return store.create_observation(obs, inst).id


def test_any_name_prints_and_reads_back(demo: AppContext, mini_form: Instrument) -> None:
    ratings = {ind.id: Rating(indicator_id=ind.id, level="3") for _, ind in mini_form.indicators()}
    obs_id = _store_final(
        demo,
        mini_form,
        "Şükrü Abdullah Al-Qur'ān, S.Pd.",
        ratings,
        strengths="Ni Luh Putu Ayu Wulandari menyebutnya \u201cpembelajaran yang \u2018hidup\u2019\u201d.",
    )
    text = " ".join(pdf_pages(render_sheet(demo, obs_id)[1].data))
    for expected in (
        "Şükrü Abdullah Al-Qur'ān",
        "Ni Luh Putu Ayu Wulandari",
        "\u201cpembelajaran yang \u2018hidup\u2019\u201d",
    ):
        assert expected in text


def _long_form(mini_form: Instrument) -> Instrument:
    """A 40-indicator form in four sections, built from the mini form's scale."""
    data = mini_form.model_dump(mode="json")
    data.update(id="panjang", version="1", title="Instrumen Panjang")
    data["sections"] = [
        {
            "id": f"S{s}",
            "title": f"Bagian {s}",
            "phase": "execution",
            "indicators": [
                {
                    "id": f"I{s}{i:02d}",
                    "text": f"Indikator nomor {s}-{i} tentang kegiatan belajar siswa "
                    f"yang diamati oleh supervisor di kelas",
                }
                for i in range(10)
            ],
        }
        for s in range(1, 5)
    ]
    return Instrument.model_validate(data)


def test_long_form_flows_over_pages_without_splitting_a_row(demo: AppContext, mini_form: Instrument) -> None:
    inst = _long_form(mini_form)
    notes = {}
    ratings = {}
    for n, (_, ind) in enumerate(inst.indicators()):
        notes[ind.id] = f"Catatan-{ind.id}: " + " ".join(f"pengamatan{n}x{k} berjalan baik" for k in range(45))
        ratings[ind.id] = Rating(indicator_id=ind.id, level=str(1 + n % 4), note=notes[ind.id])
    obs_id = _store_final(demo, inst, "Guru Panjang", ratings)
    pages = pdf_pages(render_sheet(demo, obs_id)[1].data)
    assert len(pages) >= 5
    for _, ind in inst.indicators():
        # A row kept whole: its indicator text and its long note are both on one page.
        holding = [i for i, page in enumerate(pages) if notes[ind.id] in page]
        assert len(holding) == 1, ind.id
        assert ind.text in pages[holding[0]], ind.id


def test_the_same_record_gives_the_same_bytes(demo: AppContext, demo_dir: Path) -> None:
    item = pick(demo, form="supervisi-akademik")
    first = render_sheet(demo, item.id)[1].data
    second = render_sheet(demo, item.id)[1].data
    assert first == second
    out = demo_dir / "other-process.pdf"
    code = (
        "from pathlib import Path\n"
        "from observasi.context import AppContext\nfrom observasi.settings import Settings\n"
        "from observasi.sheet.service import write_sheet\n"
        f"write_sheet(AppContext(Settings(data_dir=Path({str(demo_dir)!r}))), {item.id!r}, Path({str(out)!r}))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert out.read_bytes() == first


def test_a_record_not_final_carries_the_draft_mark(demo: AppContext) -> None:
    item = pick(demo, form="supervisi-akademik", status=Status.reflecting.value)
    text = " ".join(pdf_pages(render_sheet(demo, item.id)[1].data))
    assert "DRAF" in text


def test_english_form_gives_an_english_sheet(demo: AppContext) -> None:
    item = pick(demo, form="classroom-observation")
    pages = pdf_pages(render_sheet(demo, item.id)[1].data)
    assert "ACADEMIC SUPERVISION FEEDBACK SHEET" in pages[0]
    assert "Page 1 of" in pages[0]
    forced = pdf_pages(render_sheet(demo, pick(demo, form="supervisi-akademik").id, lang="en")[1].data)
    assert "Page 1 of" in forced[0]


def test_verbal_form_shows_levels_evidence_and_recommendation(demo: AppContext) -> None:
    item = pick(demo, form="pmm-observasi-kelas")
    text = " ".join(pdf_pages(render_sheet(demo, item.id)[1].data))
    assert "Fokus perilaku" in text and "Rekomendasi:" in text
    assert any(label in text for label in ("Dilakukan dan efektif", "Dilakukan tapi belum efektif", "Belum dilakukan"))
    assert "Skor maksimal" not in text  # no number on a verbal form
    # Each row keeps its number: "Rekomendasi" is printed in the note only, not as the row's "No".
    assert text.count("Rekomendasi") == text.count("Rekomendasi:") > 0
    assert " 1 " in text and " 2 " in text


def test_principal_block_only_when_the_observer_is_not_the_principal(demo: AppContext) -> None:
    by_principal = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    by_vice = pick(demo, form="supervisi-akademik", observer_role="wakasek")
    principal_text = " ".join(pdf_pages(render_sheet(demo, by_principal.id)[1].data))
    vice_text = " ".join(pdf_pages(render_sheet(demo, by_vice.id)[1].data))
    assert "Mengetahui," not in principal_text
    assert "Mengetahui," in vice_text and "Dra. Sri Wahyuningsih, M.Pd." in vice_text
    assert "Guru yang disupervisi" in principal_text and "Sukamaju, " in principal_text


def test_signature_image_is_drawn_on_the_users_own_block(demo: AppContext, tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "ttd.png"
    picture = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    for x in range(20, 280):
        picture.putpixel((x, 60 + (x % 20) - 10), (10, 10, 120, 255))
    picture.save(image)
    demo.update_settings(signature_image=image)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    content, built = render_sheet(demo, item.id)
    assert content.signer_slot == "observer"
    assert b"/SMask" in built.data  # the transparency is kept
    path = write_sheet(demo, item.id)
    assert path.parent == demo.settings.data_dir / "lembar" and path.is_file()


def test_observer_and_teacher_ids_are_printed(demo: AppContext, mini_form: Instrument) -> None:
    store = demo.store
    observer = store.save_observer(
        Observer(name="Bu Guru Senior", id_label="NBM", id_number="1234567", role="guru_senior")
    )
    teacher = store.save_teacher(Teacher(name="Pak Teguh", nuptk="9999888877776666"))
    obs = Observation(
        form_id=mini_form.id,
        form_version=mini_form.version,
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person("NUPTK"),
        observer_id=observer.id,
        observer=observer.as_person(),
        date="2026-11-24",
        semester="2026-1",
    )
    obs_id = store.create_observation(obs, mini_form).id
    text = " ".join(pdf_pages(render_sheet(demo, obs_id)[1].data))
    assert "NBM. 1234567" in text and "NUPTK. 9999888877776666" in text
    assert "Guru Senior" in text and isinstance(obs.teacher, Person)


def test_a_long_level_label_wraps_inside_the_score_column(demo: AppContext) -> None:
    """PKG levels read "2 (Terpenuhi seluruhnya)": wider than the score column, so they wrap
    there instead of running over the notes beside it."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from observasi.fonts import register_fonts
    from observasi.sheet.kit import MARGIN_X

    item = pick(demo, form="pkg")
    levels = [f"{level.value} ({level.label})" for level in demo.catalog.get("pkg").instrument.scale.levels]
    _, built = render_sheet(demo, item.id)
    regular, _ = register_fonts()
    score_left, notes_left = MARGIN_X + 22 + 228, MARGIN_X + 324  # the numeric form's column edges
    placed: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + cm[4]
        piece = text.strip()
        if piece and score_left <= x < notes_left and any(piece in level for level in levels):
            placed.append((x + stringWidth(piece, regular, 8.5), piece))

    for page in PdfReader(io.BytesIO(built.data)).pages:
        page.extract_text(visitor_text=visit)
    assert any("Terpenuhi" in text for _, text in placed)
    overflowing = [text for right, text in placed if right > notes_left]
    assert not overflowing, overflowing


def test_a_name_with_markup_and_controls_prints_as_text(demo: AppContext, mini_form: Instrument) -> None:
    ratings = {ind.id: Rating(indicator_id=ind.id, level="3") for _, ind in mini_form.indicators()}
    obs_id = _store_final(
        demo,
        mini_form,
        "<b>Siti</b> & <font color=red>Aminah</font>\x1b[2J\u202e",
        ratings,
        strengths="Baik <i>sekali</i>\x07",
    )
    text = " ".join(pdf_pages(render_sheet(demo, obs_id)[1].data))
    assert "<b>Siti</b> & <font color=red>Aminah</font>[2J" in text
    assert "Baik <i>sekali</i>" in text
    assert "\x1b" not in text and "\u202e" not in text


def test_an_english_forms_sheet_asked_in_indonesian_words_its_predikat_in_indonesian(demo: AppContext) -> None:
    item = pick(demo, form="classroom-observation", status=Status.final.value)
    predikat = item.predikat
    assert predikat in ("Excellent", "Good", "Fair", "Poor")
    english = " ".join(pdf_pages(render_sheet(demo, item.id)[1].data))
    assert predikat in english  # the form's own language: its own words
    indonesian = " ".join(pdf_pages(render_sheet(demo, item.id, lang="id")[1].data))
    assert predikat not in indonesian.split()
    assert {"Excellent": "Sangat Baik", "Good": "Baik", "Fair": "Cukup", "Poor": "Kurang"}[predikat] in indonesian


def test_lines_broken_once_per_width_give_the_same_bytes_as_reportlabs_paragraph(
    demo: AppContext, mini_form: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sheet's Paragraph keeps its broken lines per width (observasi.sheet.paragraph);
    a sheet whose tables split over pages, and one with evidence and signatures, come out
    byte for byte as with reportlab's own Paragraph."""
    from reportlab.platypus import Paragraph

    from observasi.sheet import paragraph

    inst = _long_form(mini_form)
    ratings = {
        ind.id: Rating(indicator_id=ind.id, level=str(1 + n % 4), note=" ".join(f"catatan{n}x{k}" for k in range(60)))
        for n, (_, ind) in enumerate(inst.indicators())
    }
    ids = [_store_final(demo, inst, "Guru Panjang", ratings), pick(demo, form="supervisi-akademik").id]
    kept = [render_sheet(demo, obs_id)[1].data for obs_id in ids]
    monkeypatch.setattr(paragraph, "paragraph_class", lambda: Paragraph)
    assert [render_sheet(demo, obs_id)[1].data for obs_id in ids] == kept


def test_a_batch_writes_each_record_as_its_own_sheet_byte_for_byte(
    demo: AppContext, demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`observasi sheets` draws each record once and syncs the folder once; every file is
    what `observasi sheet` gives for that record, final and draft alike."""
    from observasi import paths
    from tests.cli.helpers import observasi

    out = demo_dir.parent / "lembar"
    done = observasi(capsys, "--data-dir", str(demo_dir), "sheets", "-o", str(out))
    items = demo.store.list_observations(order="date_asc")
    assert done.code == 0 and len(list(out.glob("*.pdf"))) == len(items) > 2
    assert not list(out.glob(".~*"))  # no temp file left behind
    for item in (items[0], items[-1], pick(demo, form="supervisi-akademik", status=Status.reflecting.value)):
        batch = out / paths.sheet_file_name(item.teacher_name, item.date, item.id)
        assert batch.read_bytes() == render_sheet(demo, item.id)[1].data


def test_pre_observation_notes_are_on_the_sheet_only_when_written(demo: AppContext, mini_form: Instrument) -> None:
    """The walk: the notes typed in the pre-observation were on no sheet (Fokus was)."""
    ratings = {ind.id: Rating(indicator_id=ind.id, level="3") for _, ind in mini_form.indicators()}
    notes = "Guru ingin umpan balik tentang pertanyaan HOTS."
    written = _store_final(demo, mini_form, "Rina Kusumawati", ratings, focus="Pertanyaan HOTS", pre_notes=notes)
    text = " ".join(" ".join(pdf_pages(render_sheet(demo, written)[1].data)).split())
    assert "Catatan pra-observasi" in text and notes in text
    assert text.index("Pertanyaan HOTS") < text.index(notes)  # under the focus
    none = _store_final(demo, mini_form, "Dewi Lestari", ratings, focus="Pertanyaan HOTS")
    assert "Catatan pra-observasi" not in " ".join(pdf_pages(render_sheet(demo, none)[1].data))


def test_the_schools_logo_is_read_once_and_again_when_the_file_changes(demo: AppContext, tmp_path: Path) -> None:
    """The letterhead's logo is decoded once for a batch; a logo replaced on disk prints
    the new picture, and a kept reader draws the very bytes a fresh one does."""
    from PIL import Image

    from observasi.sheet import kit

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 120), (200, 30, 30, 255)).save(logo)
    school = demo.store.get_school()
    assert school is not None
    demo.store.save_school(school.model_copy(update={"logo_path": str(logo)}))
    item = pick(demo, form="supervisi-akademik")
    first = render_sheet(demo, item.id)[1].data
    assert render_sheet(demo, item.id)[1].data == first
    kit._image_reader.cache_clear()
    assert render_sheet(demo, item.id)[1].data == first  # the same bytes from a fresh read
    Image.new("RGBA", (160, 160), (30, 30, 200, 255)).save(logo)  # another picture, another size
    assert render_sheet(demo, item.id)[1].data != first
