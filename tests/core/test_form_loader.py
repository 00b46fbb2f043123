"""Broken form files: every problem named with file, line and field, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core.form_loader import load_form, parse_form_text
from observasi.core.forms import load_catalog
from tests.conftest import FIXTURES

MINI = (FIXTURES / "mini.toml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = text.splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[occurrence - 1]


# (name, mutation of mini.toml, expected field, text that locates the expected line, occurrence, words in message)
CASES = [
    (
        "syntax",
        lambda s: s.replace('title = "Instrumen Mini"', 'title = "Instrumen Mini'),
        "",
        'title = "Instrumen Mini',
        1,
        "TOML",
    ),
    ("missing_id", lambda s: s.replace('id = "mini"\n', ""), "id", None, 1, "wajib"),
    (
        "typo_field",
        lambda s: s.replace('title = "Instrumen Mini"', 'titel = "Instrumen Mini"'),
        "titel",
        "titel",
        1,
        "tidak dikenal",
    ),
    (
        "wrong_type",
        lambda s: s.replace("value = 3\n", 'value = "tiga"\n'),
        "scale.levels[3].value",
        'value = "tiga"',
        1,
        "bilangan bulat",
    ),
    (
        "bad_phase",
        lambda s: s.replace('phase = "execution"', 'phase = "executon"'),
        "sections[2].phase",
        "executon",
        1,
        "salah satu",
    ),
    (
        "duplicate_indicator",
        lambda s: s.replace('id = "I2"', 'id = "I1"'),
        "sections[2].indicators[2].id",
        'id = "I1"',
        2,
        "lebih dari sekali",
    ),
    (
        "rubric_level",
        lambda s: s.replace('"4" = "Jelas dan terukur"', '"5" = "Jelas dan terukur"'),
        "sections[1].indicators[1].rubric.5",
        "rubric = {",
        1,
        "tingkat '5'",
    ),
    (
        "stage_on_planning",
        lambda s: s.replace('phase = "planning"', 'phase = "planning"\nstage = "inti"'),
        "sections[1].stage",
        'stage = "inti"',
        1,
        "execution",
    ),
    (
        "empty_label",
        lambda s: s.replace('label = "Cukup"\n', 'label = ""\n', 1),
        "scale.levels[2].label",
        'label = ""',
        1,
        "kosong",
    ),
    (
        "no_indicators",
        lambda s: (
            s.split('[[sections.indicators]]\nid = "R1"')[0]
            + '[[sections]]\nid = "x"\ntitle = "X"\nphase = "planning"\n'
        ),
        "sections[1].indicators",
        None,
        1,
        "wajib",
    ),
    ("tally_digit", lambda s: s.replace('key = "g"', 'key = "1"'), "tallies[1].key", 'key = "1"', 2, "tombol"),
    (
        "verbal_with_values",
        lambda s: s.replace('kind = "numeric"', 'kind = "verbal"'),
        "scale.levels[1].value",
        "value = 1",
        1,
        "verbal",
    ),
]


@pytest.mark.parametrize("name,mutate,field,locator,occurrence,words", CASES, ids=[c[0] for c in CASES])
def test_broken_form_names_file_line_and_field(tmp_path: Path, name, mutate, field, locator, occurrence, words) -> None:
    text = mutate(MINI)
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_form(path)
    assert loaded.instrument is None
    assert loaded.problems, "a broken form must report a problem"
    rendered = [str(p) for p in loaded.problems]
    matching = [p for p in loaded.problems if p.field == field]
    assert matching, rendered
    problem = matching[0]
    assert problem.file == str(path)
    assert words.lower() in problem.message.lower(), rendered
    if locator is not None:
        assert problem.line == _line_of(text, locator, occurrence), rendered
        assert str(problem).startswith(f"{path}:{problem.line}: ")


# Bands as printed: (name, mutation, field, locator, words naming the reading used)
BAND_WARNINGS = [
    (
        "band_gap",
        lambda s: s.replace("min = 81\n", "min = 83\n"),
        "bands[3].min",
        "min = 83",
        "di bawah 83 mendapat 'Cukup'",
    ),
    (
        "band_overlap",
        lambda s: s.replace("min = 71\n", "min = 65\n"),
        "bands[2].min",
        "min = 65",
        "mulai 65 mendapat 'Cukup'",
    ),
    ("bands_not_to_100", lambda s: s.replace("max = 100\n", "max = 99\n"), "bands", None, "100"),
    ("bands_not_from_0", lambda s: s.replace("min = 0\n", "min = 10\n"), "bands[1].min", "min = 10", "di bawah 10"),
]


@pytest.mark.parametrize("name,mutate,field,locator,words", BAND_WARNINGS, ids=[c[0] for c in BAND_WARNINGS])
def test_bands_as_printed_load_with_a_warning_naming_the_reading(
    tmp_path: Path, name, mutate, field, locator, words
) -> None:
    text = mutate(MINI)
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_form(path)
    assert loaded.ok, [str(p) for p in loaded.problems]
    rendered = [str(w) for w in loaded.warnings]
    matching = [w for w in loaded.warnings if w.field == field]
    assert matching, rendered
    assert words in matching[0].message, rendered
    if locator is not None:
        assert matching[0].line == _line_of(text, locator), rendered


def test_every_problem_is_listed_not_only_the_first(tmp_path: Path) -> None:
    text = MINI.replace('title = "Instrumen Mini"', 'titel = "x"').replace('phase = "execution"', 'phase = "x"')
    problems = parse_form_text(text, "f.toml")[1]
    fields = {p.field for p in problems}
    assert {"title", "titel", "sections[2].phase"} <= fields


def test_problems_follow_the_ui_language(tmp_path: Path) -> None:
    from observasi.i18n import set_language

    set_language("en")
    problems = parse_form_text(MINI.replace('id = "I2"', 'id = "I1"'), "f.toml")[1]
    assert "more than once" in problems[0].message


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe\x00garbage\x00", "id = 'x'\n".encode("utf-16")])
def test_empty_binary_or_foreign_encoding_files_are_reported(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "weird.toml"
    path.write_bytes(raw)
    loaded = load_form(path)
    assert loaded.instrument is None and loaded.problems
    assert all(str(p).startswith(str(path)) for p in loaded.problems)


def test_a_broken_form_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(MINI.replace('id = "mini"', 'id = "mini-copy"'), encoding="utf-8")
    (tmp_path / "bad.toml").write_text("this is [ not toml", encoding="utf-8")
    catalog = load_catalog(user_dir=tmp_path)
    assert catalog.get("mini-copy") is not None
    assert any("bad.toml" in p.file for p in catalog.problems)


def test_same_id_and_version_with_different_content_is_reported(tmp_path: Path) -> None:
    user = tmp_path / "user"
    shared = tmp_path / "shared"
    user.mkdir()
    shared.mkdir()
    (user / "mini.toml").write_text(MINI, encoding="utf-8")
    (shared / "mini.toml").write_text(MINI.replace("Siswa aktif", "Siswa sangat aktif"), encoding="utf-8")
    (shared / "same.toml").write_text(MINI + "\n# only a comment differs\n", encoding="utf-8")
    catalog = load_catalog(user_dir=user, shared_dir=shared)
    conflicts = [p for p in catalog.problems if "mini" in p.message and "shared" in p.file]
    assert len(conflicts) == 1, [str(p) for p in catalog.problems]
    assert conflicts[0].file.endswith("mini.toml")
    known = catalog.get("mini", "1")
    assert known is not None and known.origin == "user"


def test_content_hash_ignores_layout_and_comments(mini_form) -> None:
    reformatted = "# a comment\n" + MINI.replace(" = ", "=")
    inst, problems = parse_form_text(reformatted, "x.toml")
    assert not problems and inst is not None
    assert inst.content_hash() == mini_form.content_hash()
