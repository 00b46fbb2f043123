"""Finding the roster on the laptop: the newest roster-like files, and a typed path completed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from observasi.roster.files import complete_path, recent_roster_files


def test_the_newest_roster_files_first_without_lock_files_or_other_kinds(tmp_path: Path) -> None:
    downloads, documents = tmp_path / "Downloads", tmp_path / "Documents"
    downloads.mkdir()
    documents.mkdir()
    for age, path in enumerate(
        [
            downloads / "daftar-guru-SMP NEGERI 3.xlsx",
            documents / "guru.csv",
            downloads / "~$daftar-guru-SMP NEGERI 3.xlsx",
            downloads / "foto.jpg",
            documents / "lama.CSV",
        ]
    ):
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 - age * 100, 1_000_000 - age * 100))
    assert recent_roster_files([downloads, documents, tmp_path / "missing"]) == [
        downloads / "daftar-guru-SMP NEGERI 3.xlsx",
        documents / "guru.csv",
        documents / "lama.CSV",
    ]


def test_a_typed_path_completes_as_far_as_it_is_unambiguous(tmp_path: Path) -> None:
    (tmp_path / "Unduhan").mkdir()
    (tmp_path / "Unduhan" / "daftar-guru-2026.xlsx").write_bytes(b"x")
    (tmp_path / "Unduhan" / "daftar-guru-2025.xlsx").write_bytes(b"x")
    (tmp_path / "Unduhan" / "dokumen.pdf").write_bytes(b"x")
    base = str(tmp_path) + os.sep
    assert complete_path(base + "Und") == base + "Unduhan" + os.sep
    assert complete_path(base + "Unduhan" + os.sep + "d") == base + "Unduhan" + os.sep + "daftar-guru-202"
    assert complete_path(base + "Unduhan" + os.sep + "daftar-guru-2026") == (
        base + "Unduhan" + os.sep + "daftar-guru-2026.xlsx"
    )
    assert complete_path(base + "Unduhan" + os.sep + "dok") is None  # not a roster
    assert complete_path(base + "tidak-ada" + os.sep + "x") is None


def test_a_path_through_a_file_is_said_in_indonesian(tmp_path: Path) -> None:
    """The walk typed a path after one already in the box ("guru.csv/guru2.csv") and read
    "berkas tidak dapat dibaca: Not a directory", the system's English."""
    from observasi.errors import UserError
    from observasi.roster.service import read_roster

    first = tmp_path / "guru.csv"
    first.write_text("Nama\nBudi\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        read_roster(first / "guru2.csv")
    assert "lokasinya memakai nama berkas sebagai folder" in refused.value.message
    assert "Not a directory" not in refused.value.message
