"""The bad-input corpus, run through the `observasi` command in a subprocess as a user
runs it: every file in tests/corpus/expected.toml gives the message written there, in
Indonesian and English, naming the file and the place; no traceback, no "unexpected
error" line, nothing the file carried (a terminal sequence, a bidi override) echoed back
to the terminal.

Also the issue's "done when" through the command line: a recap of teachers named by the
four injection formulas opens as text, and a revision carrying an escape sequence in a
teacher's name is refused by the laptop that receives it, named by file and JSON path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.tui.conftest import prepare

CORPUS = Path(__file__).parent
CASES: list[dict[str, Any]] = tomllib.loads((CORPUS / "expected.toml").read_text(encoding="utf-8"))["case"]
DEVICE = "0123456789abcdef"
PASSPHRASE = "kata sandi yang benar"  # of tests/corpus/keys/*.p12 and the keys the setups make
NEVER = ("Traceback", "Galat tak terduga", "Unexpected error", "\x1b", "\u202e", "\u2066")


def observasi(data_dir: Path, lang: str, *args: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OBSERVASI_")}
    done = subprocess.run(
        [sys.executable, "-m", "observasi", "--data-dir", str(data_dir), "--lang", lang, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env=env,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def _corpus_file(case: dict[str, Any], tmp_path: Path) -> Path:
    """The case's file, copied to a folder of its own (made, for the one too big to keep)."""
    target = tmp_path / "input" / case["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if case["file"] == "forms/too_big.toml":
        target.write_text("# x\n" * 700_000, encoding="utf-8")
    elif not (CORPUS / case["file"]).exists():
        pass  # a case about a file that is not there
    elif (CORPUS / case["file"]).is_dir():
        shutil.copytree(CORPUS / case["file"], target)
    else:
        shutil.copyfile(CORPUS / case["file"], target)
    return target


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", CASES, ids=[f"{c['file']}-{' '.join(c['command'][:2])}" for c in CASES])
def test_every_bad_input_is_named_with_its_place(case: dict[str, Any], lang: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    prepare(data_dir)
    given = _corpus_file(case, tmp_path)
    shared = tmp_path / "shared"
    if case.get("setup") == "user_form":
        given = shutil.copy(given, data_dir / "forms" / given.name)
    elif case.get("setup") == "shared_folder":
        # The broken files lie in this laptop's own device folder (a sync client's damage):
        # a folder of a device the school never approved would not be read at all.
        _set_device(data_dir, DEVICE)
        shutil.copytree(given, shared / "observasi" / DEVICE)
    good = tmp_path / "sandi.txt"  # the passphrase of the key the setup makes
    if case.get("setup") in ("key", "key_file", "trusted"):
        good.write_text(PASSPHRASE + "\n", encoding="utf-8")
        assert observasi(data_dir, "id", "keys", "create", "--passphrase-file", str(good))[0] == 0
    if case.get("setup") == "key_file":  # the key file replaced by the case's
        given = shutil.copy(given, data_dir / "keys" / "observer.p12")
    elif case.get("setup") == "trusted":  # put among the colleagues' certificates
        (data_dir / "keys" / "trusted").mkdir(exist_ok=True)
        given = shutil.copy(given, data_dir / "keys" / "trusted" / given.name)

    def filled(text: str) -> str:
        for mark, value in (("{file}", given), ("{shared}", shared), ("{good}", good), ("{out}", tmp_path / "out")):
            text = text.replace(mark, str(value))
        return text

    args = [filled(part) for part in case["command"]]

    code, output = observasi(data_dir, lang, *args)

    assert code == case["exit"], output
    for expected in case[lang]:
        assert filled(expected) in output, output
    for never in NEVER:
        assert never not in output, output


def test_a_recap_of_formula_names_opens_as_text(tmp_path: Path) -> None:
    """Teachers named by the four classic formulas, imported from a roster through the
    command line and observed once each: the XLSX recap holds their names as text cells
    (never formulas), the CSV behind an apostrophe."""
    import csv

    from openpyxl import load_workbook

    from observasi.context import AppContext
    from observasi.settings import Settings
    from tests.recap.conftest import add_observation

    data_dir = tmp_path / "data"
    prepare(data_dir)
    code, output = observasi(data_dir, "id", "teachers", "import", str(CORPUS / "rosters/formulas.csv"), "--yes")
    assert code == 0, output
    context = AppContext(Settings(data_dir=data_dir))
    store = context.store
    known = context.catalog.get("mini")
    assert known is not None
    observer = store.self_observer()
    names = []
    for i, teacher in enumerate(t for t in store.list_teachers() if t.name[:1] in "=+@"):
        add_observation(store, known.instrument, teacher, observer, f"2026-11-{10 + i}", {"R1": "3", "I1": "3"})
        names.append(teacher.name)
    store.close()
    assert len(names) == 4

    for suffix in (".xlsx", ".csv"):
        code, output = observasi(data_dir, "id", "recap", "--semester", "2026-1", "-o", str(tmp_path / f"r{suffix}"))
        assert code == 0, output
    sheet = load_workbook(tmp_path / "r.xlsx")["Rekap"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    for name in names:
        assert cells[name].data_type == "s" and cells[name].quotePrefix, name
    assert not [c for c in cells.values() if c.data_type == "f"]
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    written = {cell for row in rows for cell in row}
    assert {"'" + name for name in names} <= written and not set(names) & written


def test_a_revision_with_an_escape_sequence_is_refused_by_the_receiving_laptop(tmp_path: Path) -> None:
    from observasi.context import AppContext
    from observasi.settings import Settings
    from observasi.store.models import Teacher
    from tests.tui.conftest import draft_of

    shared = tmp_path / "shared"
    shared.mkdir()
    sender, receiver = tmp_path / "a", tmp_path / "b"
    prepare(sender)
    prepare(receiver)
    context = AppContext(Settings(data_dir=sender))
    # A crafted program on laptop A, signing with A's genuine key, named a teacher so.
    context.store.save_teacher(Teacher(id=f"{1:032d}", name="Siti\x1b[2J Aminah"))
    draft_of(context)
    context.store.close()
    assert observasi(sender, "id", "sync", "--folder", str(shared))[0] == 0
    # B joins the school: it asks, A approves the code B shows.
    code, output = observasi(receiver, "en", "sync", "--folder", str(shared))
    assert code == 3 and "Waiting for approval, code " in output, output  # 3: waiting for approval
    join_code = output.split("Waiting for approval, code ", 1)[1].split(":", 1)[0].strip()
    assert observasi(sender, "en", "devices", "approve", join_code)[0] == 0

    code, output = observasi(receiver, "en", "sync", "--folder", str(shared))

    assert code == 0, output
    assert "$.payload.teacher.name: control character U+001B is not allowed in text" in output
    assert f"observasi/{_device(sender)}/" in output
    for never in NEVER:
        assert never not in output, output


def _set_device(data_dir: Path, device: str) -> None:
    from observasi.store.store import Store

    store = Store(data_dir)
    try:
        store.set_setting("device_id", device)
    finally:
        store.close()


def _device(data_dir: Path) -> str:
    from observasi.store.store import Store

    store = Store(data_dir)
    try:
        return store.device_id
    finally:
        store.close()
