"""Output redirected to a file is UTF-8 whatever the console's code page (Windows gives a
redirected stream cp1252; PYTHONIOENCODING=cp1252 does the same here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from observasi.store.models import Teacher
from observasi.store.store import Store
from tests.tui.conftest import draft_of, make_context, prepare

NAMES = ("Şükrü Yılmaz", "Nguyễn Thị Lan", "محمد عبد الله")


def test_list_json_redirected_under_cp1252_is_valid_utf8(tmp_path: Path) -> None:
    data_dir = tmp_path / "sekolah"
    prepare(data_dir)
    store = Store(data_dir)
    for i, name in enumerate(NAMES):
        store.save_teacher(Teacher(id=f"{i + 10:032d}", name=name, subject="IPA"))
    store.close()
    context = make_context(data_dir)
    for i in range(len(NAMES)):
        draft_of(context, teacher_index=9 + i)
    context.store.close()
    out = tmp_path / "out.json"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    with out.open("wb") as target:
        done = subprocess.run(
            [sys.executable, "-m", "observasi", "--data-dir", str(data_dir), "list", "--json"],
            stdout=target,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert {row["teacher"] for row in rows} >= set(NAMES)


def test_a_reader_that_stops_early_ends_the_command_quietly_with_0(tmp_path: Path) -> None:
    """`observasi list | head` (the walk: exit 1 from click's broken pipe): the reader had
    what it wanted; nothing is said and the exit is 0, as other command-line tools do."""
    data_dir = tmp_path / "sekolah"
    prepare(data_dir)
    context = make_context(data_dir)
    for _ in range(3):
        draft_of(context)
    context.store.close()
    # The pipe's reader is gone before the first line is written: every write fails.
    child = subprocess.Popen(
        [sys.executable, "-m", "observasi", "--data-dir", str(data_dir), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    said = child.stderr.read().decode("utf-8", "replace")
    assert child.wait(timeout=120) == 0, said
    assert said == ""
