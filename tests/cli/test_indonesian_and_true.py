"""The command line, Indonesian and true (issue 14, the newcomer walk of 3 Dec 2026): a
mistyped --data-dir is named rather than made, click's complaints about a value are in
Indonesian, a nilai not final is marked, the English form's predikat is worded in
Indonesian (the JSON keeps the form's own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from observasi.cli.click_texts import value_complaint
from observasi.core.predikat import predikat_text
from observasi.i18n import set_language
from tests.cli.helpers import observasi


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "demo"
    result = observasi(capsys, "--data-dir", str(target), "demo")
    assert result.code == 0, result.err
    # A command that makes data says where it made the new folder.
    assert f"Folder data baru dibuat: {target}" in result.err
    return target


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "abc"], ["recap"], ["history", "Siti"], ["teachers", "list"], ["keys", "show"], ["devices"]],
)
def test_a_mistyped_data_dir_is_named_and_not_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    typo = tmp_path / "obsevasi-data"
    result = observasi(capsys, "--data-dir", str(typo), *command)
    assert result.code == 2
    assert f"Folder data {typo} tidak ada" in result.err and "--data-dir" in result.err
    assert not typo.exists()


def test_a_group_command_that_makes_data_still_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the reading commands of a group stop; one that writes makes the folder and says so."""
    target = tmp_path / "new-school"
    roster = tmp_path / "guru.csv"
    roster.write_text("Nama;NIP\nSiti Aminah;\n", encoding="utf-8")
    result = observasi(capsys, "--data-dir", str(target), "teachers", "import", str(roster))
    assert f"Folder data baru dibuat: {target}" in result.err
    assert target.is_dir()


def test_a_data_dir_that_exists_is_used_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = observasi(capsys, "--data-dir", str(tmp_path), "list")
    assert result.code == 0 and result.err == ""


def test_click_complaints_about_a_value_are_in_the_display_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = observasi(capsys, "--data-dir", str(tmp_path), "programme", "plan", "--weeks", "abc")
    assert words.code == 2
    assert "Galat: Nilai tidak sah untuk '--weeks': 'abc' bukan bilangan bulat yang sah." in words.err
    assert "is not a valid" not in words.err
    too_many = observasi(capsys, "--data-dir", str(tmp_path), "programme", "plan", "--weeks", "99")
    assert "99 di luar rentang 1<=x<=26." in too_many.err
    english = observasi(capsys, "--lang", "en", "--data-dir", str(tmp_path), "programme", "plan", "--weeks", "abc")
    assert "Error: Invalid value for '--weeks': 'abc' is not a valid integer." in english.err


def test_value_complaints_of_every_kind_click_words() -> None:
    set_language("id")
    assert value_complaint("'x' is not a valid float.") == "'x' bukan bilangan yang sah."
    assert value_complaint("File 'a.pdf' does not exist.") == "Berkas 'a.pdf' tidak ada."
    assert value_complaint("Directory 'd' is a file.") == "Folder 'd' adalah berkas, bukan folder."
    assert value_complaint("'2026' does not match the format '%Y-%m-%d'.") == ("'2026' tidak sesuai format '%Y-%m-%d'.")
    assert value_complaint("semester 'x' tidak dikenal") == "semester 'x' tidak dikenal"  # our own: as it is


def test_list_marks_a_nilai_not_final_and_words_the_predikat(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json").out)
    english_form = [i for i in items if i["form"] == "classroom-observation" and i["predikat"]]
    assert english_form, "the demo has an observation on the English form"
    assert all(i["predikat"] in {"Excellent", "Good", "Fair", "Poor"} for i in english_form)  # JSON: the form's own
    not_final = {i["id"][:8] for i in items if i["status"] != "final" and i["nilai"]}
    assert not_final, "the demo has a scored observation not final yet"

    listed = observasi(capsys, "--data-dir", str(demo_dir), "list").out.splitlines()
    for line in listed[1:]:
        nilai_marked = "≈" in line
        assert nilai_marked == (line[:8] in not_final), line
    assert not any(word in line for line in listed for word in (" Excellent", " Good", " Fair", " Poor"))
    shown = next(line for line in listed if line.startswith(english_form[0]["id"][:8]))
    assert shown.rstrip().endswith(predikat_text(english_form[0]["predikat"], "id") or "")
    assert "." not in "".join(
        part for line in listed[1:] for part in line.split() if part[:1].isdigit() and "," in part
    )

    in_english = observasi(capsys, "--lang", "en", "--data-dir", str(demo_dir), "list").out
    assert english_form[0]["predikat"] in in_english


def test_the_recap_words_the_english_forms_predikat_in_indonesian(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = json.loads(observasi(capsys, "--data-dir", str(demo_dir), "list", "--json", "--status", "final").out)
    english = next(i for i in items if i["form"] == "classroom-observation" and i["predikat"])
    year, month = int(english["date"][:4]), int(english["date"][5:7])
    semester = f"{year}-1" if month >= 7 else f"{year - 1}-2"
    recap = observasi(capsys, "--data-dir", str(demo_dir), "recap", "--semester", semester)
    assert recap.code == 0, recap.err
    assert english["predikat"] not in recap.out
    assert str(predikat_text(english["predikat"], "id")) in recap.out
    assert english["nilai"].replace(".", ",") in recap.out  # and its nilai in the Indonesian style


def test_making_a_key_is_described_in_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    page = observasi(capsys, "--lang", "id", "keys", "create", "--help").out
    assert "kunci tanda tangan digital Anda, dilindungi kata sandi" in " ".join(page.split())
    assert "P-256" not in page and "swa-tanda" not in page
