"""A broken form file is named with its place and the other forms still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core.form_loader import MAX_NESTING, load_form, nesting_line
from observasi.core.forms import load_catalog
from observasi.i18n import set_language
from tests.conftest import FIXTURES


@pytest.fixture(autouse=True)
def indonesian() -> None:
    set_language("id")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a = " + "[" * 100_000 + "]" * 100_000 + "\n", 1),  # RecursionError in tomllib before
        ('title = "x"\n\nb = ' + "{c = " * 3000 + "1" + "}" * 3000 + "\n", 3),
    ],
    ids=["arrays", "inline-tables"],
)
def test_a_form_nested_too_deep_is_named_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "dalam.toml"
    path.write_text(text, encoding="utf-8")
    problems = [str(p) for p in load_form(path).problems]
    assert problems == [
        f"{path}:{line}: kurung [ atau {{ bersarang lebih dari {MAX_NESTING} tingkat; ini bukan instrumen"
    ]


def test_brackets_in_strings_and_comments_do_not_count() -> None:
    text = 'a = "' + "[" * 50 + "\"\nb = '{{{{" + "{" * 40 + "'\n# " + "[" * 50 + "\nc = [[1], [2]]\n"
    assert nesting_line(text) is None
    assert nesting_line("x = " + "[" * 33 + "]" * 33) == 1


def test_a_form_too_large_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.toml"
    path.write_text("# x\n" * 700_000, encoding="utf-8")
    assert [str(p) for p in load_form(path).problems] == [
        f"{path}: berkas terlalu besar untuk sebuah instrumen (2800 KB, paling besar 2000 KB)"
    ]


def test_one_bad_form_in_the_shared_folder_leaves_the_others(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "dalam.toml").write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (shared / "mini.toml").write_text((FIXTURES / "mini.toml").read_text(encoding="utf-8"), encoding="utf-8")
    catalog = load_catalog(None, shared)
    assert catalog.get("mini") is not None and len(catalog.latest()) > 1
    assert [p.file for p in catalog.problems] == [str(shared / "dalam.toml")]
