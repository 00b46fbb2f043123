"""Every user-facing message exists in Indonesian and English, and every key used exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import observasi
from observasi.i18n import catalog, t

SRC = Path(observasi.__file__).parent


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (indonesian, english) in catalog().items():
        assert indonesian.strip() and english.strip(), key
        fields_id = {f for _, f, _, _ in string.Formatter().parse(indonesian) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        assert fields_id == fields_en, f"{key}: {fields_id} != {fields_en}"


def test_every_literal_key_used_in_the_code_is_in_the_catalog() -> None:
    # t("area.key") calls, and key-binding descriptions given as catalog keys (translated per screen).
    pattern = re.compile(r"""\bt\(\s*["']([a-z0-9_]+(?:\.[a-z0-9_]+)+)["']""")
    binding = re.compile(r'Binding\(\s*"[^"]*",\s*"[^"]*",\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"')
    known = catalog()
    missing = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for key in pattern.findall(text) + binding.findall(text):
            if key not in known:
                missing.append(f"{path.relative_to(SRC)}: {key}")
    assert not missing, missing


def test_language_switch_changes_the_text() -> None:
    assert t("status.final", lang="id") == "Final"
    assert t("status.draft", lang="id") == "Draf"
    assert t("status.draft", lang="en") == "Draft"
    assert t("store.err.not_found", lang="en", id="abcd") == "no observation has the id abcd"


def test_one_of_a_thing_is_singular_in_english() -> None:
    """The walk read "1 observations" on the English home screen."""
    assert t("tui.home.count", lang="en", count=1) == "1 observation"
    assert t("tui.home.count", lang="en", count=3) == "3 observations"
    assert t("tui.home.count", lang="id", count=1) == "1 observasi"
