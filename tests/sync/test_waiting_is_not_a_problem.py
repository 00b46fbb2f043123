"""A joiner's sync before its approval says it waits, with its code -- the normal state of
a newcomer, not a problem: `observasi sync` printed "diterima 0, konflik 0, masalah 1" (its
own join request counted), the problem was kept for the sync screen's table, and the line
under it said plainly that all was as it should be (round 8's leftover)."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.i18n import set_language, t
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync.report_words import summary_line
from observasi.sync.service import SyncReport, sync
from observasi.sync.status import status
from observasi.tui.sync_line import sync_line
from tests.cli.helpers import observasi


def test_the_waiting_sync_says_its_code_and_counts_no_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
    sync(school, shared)
    b = str(tmp_path / "B")

    waiting = observasi(capsys, "--data-dir", b, "sync", "--folder", str(shared), "--join", "--name", "Siti Rahma")
    assert waiting.code == 3  # not done: a script must not take it for a sync
    (line,) = waiting.out.splitlines()
    code = line.removeprefix("Menunggu persetujuan, kode ").split(":", 1)[0]
    assert line == t("ux9s.sync.waiting", code=code)
    assert "masalah" not in waiting.out.lower() and "Masalah" not in waiting.err
    assert f'observasi devices approve "{code}"' in waiting.err  # what to do, on stderr

    context = AppContext(Settings(data_dir=tmp_path / "B"))
    now = status(context)
    assert now.problems == 0 and context.store.sync_problems() == []  # nothing for the sync screen's table
    assert now.last_sync is None  # no "Sinkron terakhir": nothing of the school was read
    header = sync_line(
        True, now.last_sync, now.pending, now.conflicts, now.join_requests, now.last_sent, now.not_joined
    )
    assert header == f"Kode {code} · menunggu persetujuan"
    context.store.close()

    english = observasi(capsys, "--data-dir", b, "--lang", "en", "sync")
    assert english.code == 3
    assert english.out.strip() == (
        f"Waiting for approval, code {code}: the join request is in the shared folder; nothing sent to or "
        "received from the school yet."
    )


def test_a_real_problem_beside_the_wait_is_still_counted() -> None:
    set_language("id")
    said = summary_line(SyncReport(waiting_code="650 261", problems=[("s3://sekolah", "tidak terjangkau")]), 0)
    assert said.startswith("Menunggu persetujuan, kode 650 261:") and said.endswith("Masalah: 1.")
