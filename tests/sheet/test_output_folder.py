"""Sheets and recaps go where people look: Documents/observasi for the platform's own data
folder (a setting may name another), beside the data for --data-dir; the database and keys
stay in the data folder; forgetting a teacher finds their sheets there too."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from observasi import paths, privacy
from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sheet.service import write_sheet
from tests.sheet.conftest import pick


def test_the_platform_data_folder_puts_files_in_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hidden = tmp_path / "AppData" / "Local" / "observasi"
    documents = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_data_path", lambda *a, **k: hidden)
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: documents)
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    assert Settings(data_dir=paths.resolve_data_dir(None)).files_dir == documents / "observasi"
    # A folder chosen with --data-dir keeps everything together; a chosen output folder wins.
    assert Settings(data_dir=tmp_path / "usb").files_dir == tmp_path / "usb"
    assert Settings(data_dir=hidden, output_dir=tmp_path / "Rapor").files_dir == tmp_path / "Rapor"


def test_a_sheet_goes_to_the_chosen_folder_and_is_forgotten_there(demo: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "Dokumen Sekolah"
    demo.update_settings(output_dir=folder)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    written = write_sheet(demo, item.id)
    assert written.parent == folder / "lembar"
    assert not (demo.settings.data_dir / "lembar").exists()
    assert paths.database(demo.settings.data_dir).is_file()  # the data stays where it was
    # A new program start reads the choice back from the database.
    again = AppContext(Settings(data_dir=demo.settings.data_dir))
    assert again.settings.files_dir == folder
    again.store.close()

    teacher = demo.store.get_teacher(item.teacher_id)
    assert teacher is not None
    plan = privacy.forget_plan(demo.store, teacher)
    assert written in plan.sheets
    assert str(folder / "lembar") in " ".join(privacy.plan_lines(plan, demo.settings.data_dir))
    forgotten = privacy.forget_teacher(demo.store, teacher)
    assert not written.exists() and forgotten.sheets_removed >= 1
    assert str(folder / "lembar") in " ".join(privacy.done_lines(teacher, forgotten, demo.settings.data_dir))
