"""`observasi show` prints the whole record a person typed: each indicator's note (and
recommendation) under its rating line, the focus, the reflection, the strengths and the
areas to improve, wrapped to 80 columns, in Indonesian or English."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core.record import Rating, Status
from tests.cli.helpers import observasi
from tests.recap.conftest import MiniSchool, add_observation, school

__all__ = ["school"]  # the fixture, used by name

LONG_NOTE = (
    "Guru membagi siswa ke dalam enam kelompok heterogen, memberi LKPD berbeda menurut kesiapan belajar, "
    "lalu berkeliling memberi pertanyaan pemantik kepada setiap kelompok"
)


@pytest.fixture
def noted(school: MiniSchool) -> str:
    obs = add_observation(
        school.store,
        school.form,
        school.ani,
        school.rina,
        "2026-11-23",
        {"R1": "3", "R2": "2", "I1": "4", "I2": None, "I3": "3"},
        status=Status.reflecting,
    )
    ratings = dict(obs.ratings)
    ratings["I1"] = Rating(indicator_id="I1", level="4", note=LONG_NOTE, recommendation="Pertahankan.")
    ratings["R2"] = Rating(indicator_id="R2", level="2", note="Modul ajar belum memuat asesmen.\nPerlu rubrik.")
    changed = obs.model_copy(
        update={
            "ratings": ratings,
            "focus": "Diferensiasi",
            "strengths": "Kelas tertib dan hangat.",
            "improvements": "Waktu penutup kurang.",
        }
    )
    school.store.put_observation(changed)
    return obs.id


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ("Penilaian:", "Catatan: ", "Rekomendasi: ", "Kekuatan:", "Hal yang perlu ditingkatkan:")),
        ("en", ("Ratings:", "Note: ", "Recommendation: ", "Strengths:", "Areas to improve:")),
    ],
)
def test_show_prints_each_indicators_note_under_its_rating_wrapped_to_80_columns(
    noted: str, data_dir: Path, capsys: pytest.CaptureFixture[str], lang: str, words: tuple[str, ...]
) -> None:
    result = observasi(capsys, "--data-dir", str(data_dir), "--lang", lang, "show", noted[:8])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    ratings, note, recommendation, strengths, improvements = words
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    first = lines.index(ratings) + 1
    assert [line.split()[0] for line in lines[first:] if line.startswith("  ") and not line.startswith("   ")][:5] == [
        "R1",
        "R2",
        "I1",
        "I2",
        "I3",
    ]  # the form's order
    i1 = next(i for i, line in enumerate(lines) if line.startswith("  I1 "))
    assert lines[i1].split() == ["I1", "4", "(Sangat", "Baik)"]
    assert lines[i1 + 1].lstrip().startswith(note + "Guru membagi siswa")
    # The note, every word of it, in the lines under I1 (wrapped, never cut), then the recommendation.
    under = []
    for line in lines[i1 + 1 :]:
        if line.lstrip().startswith(recommendation):
            assert line.lstrip() == recommendation + "Pertahankan."
            break
        under.append(line)
    assert " ".join(" ".join(under).split()).removeprefix(note.strip() + " ") == LONG_NOTE
    assert len(under) >= 2 and len({len(line) - len(line.lstrip()) for line in under[1:]}) == 1
    r2 = next(i for i, line in enumerate(lines) if line.startswith("  R2 "))
    assert lines[r2 + 1].strip() == note + "Modul ajar belum memuat asesmen."
    assert lines[r2 + 2].strip() == "Perlu rubrik."  # a line the person began anew stays one
    for heading, text in ((strengths, "Kelas tertib dan hangat."), (improvements, "Waktu penutup kurang.")):
        assert lines[lines.index(heading) + 1] == f"  {text}"
    assert "  Diferensiasi" in lines
