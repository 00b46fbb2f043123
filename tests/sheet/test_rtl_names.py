"""An Arabic name prints shaped on the sheet: its letters joined in their initial, medial
and final forms, each word right to left (reportlab shapes with uharfbuzz; ParagraphStyle
shaping=1), and the words of the name from right to left (markup's visual word order)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.sheet.service import write_sheet
from tests.sheet.conftest import pick

ARABIC = "محمد عبد الله"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext to read word positions")
def test_an_arabic_name_prints_with_joined_letters(demo: AppContext, tmp_path: Path) -> None:
    pytest.importorskip("uharfbuzz")
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    store = demo.store
    obs = store.get_observation(item.id)
    store.put_observation(obs.model_copy(update={"teacher": obs.teacher.model_copy(update={"name": ARABIC})}))
    pdf = write_sheet(demo, item.id, tmp_path / "lembar.pdf")
    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Joined: the glyphs are the contextual forms (Arabic Presentation Forms-B), in visual
    # order, e.g. "ﺪﻤﺤﻣ" for محمد; unshaped, the base letters came out one by one, left to right.
    assert "ﺪﻤﺤﻣ" in words and "ﺪﺒﻋ" in words, words[:3000]
    assert ">محمد</word>" not in words
    x = {}
    for line in words.splitlines():
        for glyphs in ("ﺪﻤﺤﻣ", "ﺪﺒﻋ", "ﻪﻠﻟا"):
            if f">{glyphs}</word>" in line and glyphs not in x:
                x[glyphs] = float(line.split('xMin="')[1].split('"')[0])
    # Right to left: محمد, the first word, stands rightmost.
    assert x["ﺪﻤﺤﻣ"] > x["ﺪﺒﻋ"] > x["ﻪﻠﻟا"]


def test_visual_word_order_reverses_right_to_left_runs_only() -> None:
    from observasi.sheet.kit import visual_word_order

    assert visual_word_order("محمد عبد الله") == "الله عبد محمد"
    assert visual_word_order("Guru: محمد عبد الله, S.Pd.") == "Guru: الله عبد محمد, S.Pd."
    assert visual_word_order("Siti Aminah") == "Siti Aminah"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext to read the text")
def test_latin_text_on_a_sheet_with_arabic_prints_without_ligatures(demo: AppContext, tmp_path: Path) -> None:
    """Shaping (on for a sheet with Arabic) set every Latin "st" as the ligature ﬆ
    ("Inﬆrumen", "karakteriﬆik": the walk of 4 Dec); only right-to-left text is shaped now."""
    pytest.importorskip("uharfbuzz")
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    store = demo.store
    obs = store.get_observation(item.id)
    store.put_observation(obs.model_copy(update={"teacher": obs.teacher.model_copy(update={"name": ARABIC})}))
    pdf = write_sheet(demo, item.id, tmp_path / "lembar.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ﬆ" not in text and "ﬅ" not in text
    assert "st" in text  # Latin words with "st" are there, as letters
