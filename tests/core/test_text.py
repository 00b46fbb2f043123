"""The one boundary for outside text (observasi.core.text) and the places it guards."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.core.form_loader import load_form
from observasi.core.record import FollowUp, Observation
from observasi.core.spreadsheet_cell import spreadsheet_cell
from observasi.core.text import TextRejected, clean_text, displayable, paragraph_markup, text_problems
from observasi.errors import UserError
from observasi.i18n import set_language
from observasi.store.store import Store
from tests.conftest import FIXTURES, edit


@pytest.fixture(autouse=True)
def indonesian() -> None:
    set_language("id")


def test_controls_and_bidi_overrides_are_removed_and_white_space_collapsed() -> None:
    assert clean_text("Bel\x07l\x1b[2J  Guru\u202e\t", "name") == "Bell[2J Guru"
    assert clean_text("  Ahmad\r\nFauzi\u2066 ", "name") == "Ahmad Fauzi"
    # Right-to-left text and its marks are text: kept.
    assert clean_text("عبد الله\u200f", "name") == "عبد الله\u200f"
    assert clean_text("Nguye\u0302\u0303n", "name") == "Nguyễn"  # NFC


def test_nul_is_refused_and_shown_escaped() -> None:
    with pytest.raises(TextRejected, match=r"NUL \('Jo\\x00ko'\)"):
        clean_text("Jo\x00ko", "name")


def test_the_limit_is_named_per_kind_and_never_cut() -> None:
    assert clean_text("a" * 150, "name") == "a" * 150
    with pytest.raises(TextRejected) as error:
        clean_text("a" * 151, "name")
    assert str(error.value) == "151 karakter, paling banyak 150 untuk nama"
    set_language("en")
    with pytest.raises(TextRejected, match="2001 characters, at most 2000 for an evidence line"):
        clean_text("b" * 2001, "evidence")


def test_notes_keep_their_lines_and_typed_text_its_spaces() -> None:
    assert clean_text("satu\r\ndua\x1b[31m\n", "note") == "satu\ndua[31m"
    assert clean_text("ketik ", "note", tidy=False) == "ketik "
    assert clean_text("ketik  dua ", "name", tidy=False) == "ketik  dua "


def test_displayable_never_refuses_and_paragraph_markup_is_text() -> None:
    assert displayable("A\x00\x1b[2J\u202eB\nC") == "A[2JB\nC"
    assert paragraph_markup('<b>Siti</b> & "x"\x1b\nL') == '&lt;b&gt;Siti&lt;/b&gt; &amp; "x"<br/>L'


def test_problems_name_the_json_place_even_deep_down() -> None:
    deep: object = "ok"
    for _ in range(5000):  # no recursion limit in the walk
        deep = [deep]
    data = {"payload": {"teacher": {"name": "A\x1b[2J"}, "evidence": [{"text": "ok"}, {"text": "x\u202e"}]}, "d": deep}
    found = list(text_problems(data))
    assert [loc for loc, _ in found] == [("payload", "teacher", "name"), ("payload", "evidence", 1, "text")]
    assert "U+001B" in found[0][1] and "U+202E" in found[1][1]


def test_text_typed_in_a_lesson_passes_the_boundary(tmp_path: Path, mini_form) -> None:
    from tests.conftest import make_observation

    store = Store(tmp_path / "data")
    obs: Observation = make_observation(store, mini_form)
    edit(store, obs.id, ch.AddEvidence("Siswa\x1b[2J bertanya \u202e"))
    edit(store, obs.id, ch.SaveFollowUp(FollowUp(id="f1", action="Latihan\x07 ", support="a\x1b]0;x\x07b")))
    edit(store, obs.id, ch.SetDetails({"topic": "Gerak\x1b[1m lurus ", "students_present": 30}))
    saved = store.get_observation(obs.id)
    assert saved.evidence[-1].text == "Siswa[2J bertanya"
    assert (saved.followups[0].action, saved.followups[0].support) == ("Latihan ", "a]0;xb")
    assert (saved.topic, saved.students_present) == ("Gerak[1m lurus ", 30)
    with pytest.raises(UserError, match="NUL"):
        edit(store, obs.id, ch.AddEvidence("Jo\x00ko"))
    with pytest.raises(UserError, match="paling banyak 2000"):
        edit(store, obs.id, ch.AddEvidence("x" * 2001))
    assert len(store.get_observation(obs.id).evidence) == 1
    store.close()


def test_a_form_with_a_control_character_is_refused_with_its_line(tmp_path: Path) -> None:
    text = (FIXTURES / "mini.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("title"))
    lines[number] = 'title = "Mini\\u001b[2J"'
    path = tmp_path / "bad.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_form(path)
    assert loaded.instrument is None
    assert [str(p) for p in loaded.problems] == [
        f"{path}:{number + 1}: title: karakter kendali U+001B tidak boleh ada dalam teks ('Mini\\x1b[2J')"
    ]


@pytest.mark.parametrize(
    ("value", "csv_value", "formula_like"),
    [
        ("=1+1", "'=1+1", True),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0", True),
        ("-2+3", "'-2+3", True),
        ("@SUM(1+1)", "'@SUM(1+1)", True),
        ("\t=1", "'\t=1", True),
        ("\r=1", "'\r=1", True),
        ("Siti = guru", "Siti = guru", False),
        ("-1.50", "-1.50", False),
        ("-1,50", "-1,50", False),
        ("+62", "+62", False),
        ("-", "-", False),
        ("A\x1b[2J\x0b", "A[2J", False),
        (Decimal("-1.5"), Decimal("-1.5"), False),
        (-3, -3, False),
        (None, None, False),
    ],
)
def test_a_spreadsheet_cell(value: object, csv_value: object, formula_like: bool) -> None:
    cell = spreadsheet_cell(value)
    assert (cell.csv(), cell.formula_like) == (csv_value, formula_like)
