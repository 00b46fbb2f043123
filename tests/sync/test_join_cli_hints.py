"""The command line's words around joining (the walk): `sync --help` warns that a plain
`sync --folder` on a laptop that has not joined makes it the school's first laptop; the
"--first-laptop" hint keeps the --data-dir it was run with (with quotes around a path with
a space, as a Windows folder often has); Pengaturan's laptop-name hint has no "M.Pd..".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.i18n import t
from tests.cli.helpers import observasi


def test_sync_help_warns_that_a_plain_sync_makes_the_first_laptop(capsys: pytest.CaptureFixture[str]) -> None:
    shown = " ".join(observasi(capsys, "sync", "--help").out.split())
    assert "tanpa --join menjadikan laptop ini laptop pertama sekolah" in shown


def test_the_first_laptop_hint_keeps_the_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    data = tmp_path / "Data Wakasek"
    data.mkdir()
    joined = observasi(capsys, "--data-dir", str(data), "sync", "--join", "--folder", str(shared))
    assert joined.code == 3, joined.err
    assert f'observasi --data-dir "{data}" sync --first-laptop' in joined.err


def test_the_laptop_name_hint_has_one_full_stop() -> None:
    hint = t("privacy3.settings.laptop_name_hint", default="Laptop Drs. Budi Santoso, M.Pd.")
    assert ".." not in hint and "«Laptop Drs. Budi Santoso, M.Pd.»" in hint
