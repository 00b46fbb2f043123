"""Settings: values kept in the database come back with their types, a language the
program does not know is ignored, and a --lang given on the command line wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.settings import Settings


def test_stored_settings_come_back_typed(tmp_path: Path) -> None:
    context = AppContext(Settings(data_dir=tmp_path / "data"))
    context.update_settings(shared_folder=str(tmp_path / "drive"), lang="en", theme="nord")
    reopened = AppContext(Settings(data_dir=tmp_path / "data"))
    assert reopened.settings.shared_folder == tmp_path / "drive"
    assert isinstance(reopened.settings.shared_folder, Path)
    assert reopened.settings.shared_forms_dir == tmp_path / "drive" / "observasi" / "forms"
    assert (reopened.settings.lang, reopened.settings.theme) == ("en", "nord")


def test_the_command_line_language_wins_over_the_stored_one(tmp_path: Path) -> None:
    AppContext(Settings(data_dir=tmp_path / "data")).update_settings(lang="en")
    forced = AppContext(Settings(data_dir=tmp_path / "data", lang="id", lang_forced=True))
    assert forced.settings.lang == "id"


def test_an_unknown_stored_language_falls_back_to_the_default(tmp_path: Path) -> None:
    context = AppContext(Settings(data_dir=tmp_path / "data"))
    context.store.set_setting("lang", "jv")  # written by a newer version, say
    assert AppContext(Settings(data_dir=tmp_path / "data")).settings.lang == "id"


def test_an_unknown_language_is_refused_when_given() -> None:
    with pytest.raises(ValueError, match="jv"):
        Settings(data_dir=Path("x"), lang="jv")  # type: ignore[arg-type]
