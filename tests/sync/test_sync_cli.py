"""`observasi sync`, `observasi conflicts` and `observasi resolve` as a principal types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.settings import Settings
from observasi.sync.naming import app_dir
from tests.cli.helpers import observasi
from tests.conftest import edit
from tests.sync.conftest import Device, enroll


def test_sync_prints_a_summary_and_each_problem_and_remembers_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path, mini_form
) -> None:
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    a.new_observation(mini_form)
    a.close()
    junk = app_dir(shared) / "0123456789abcdef"
    junk.mkdir(parents=True)
    (junk / ("f" * 32 + ".json")).write_text('{"author": "cut', encoding="utf-8")

    result = observasi(capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(shared))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert (
        lines[0]
        == "Terkirim 1 perubahan pada 1 observasi, 1 perubahan profil sekolah/daftar guru; diterima 0, konflik 0, "
        "masalah 1."
    )
    assert lines[1].startswith("Laptop ini memulai sekolah di folder bersama")  # it founded the school: said
    # A device folder nobody approved: reported by name, none of its files read.
    assert lines[2].startswith("Masalah: observasi/0123456789abcdef: folder perangkat yang bukan anggota sekolah")

    again = observasi(capsys, "--data-dir", str(tmp_path / "a"), "--lang", "en", "sync")  # folder remembered
    assert again.code == 0 and again.out.splitlines()[0] == (
        "Nothing to send: every change made on this laptop is already in the shared folder; received 0, "
        "conflicts 0, problems 1."
    )  # the sync screen's words: one function for both
    assert observasi(capsys, "--data-dir", str(tmp_path / "a"), "conflicts").out.strip() == "Tidak ada konflik."


def test_an_unreachable_folder_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()  # an existing data folder (a new one is announced on a line of its own)
    result = observasi(capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(tmp_path / "no drive"))
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        f"Folder bersama {tmp_path / 'no drive'} tidak dapat dijangkau (tidak ada atau bukan folder)."
    ]


def test_conflicts_are_listed_and_resolved_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path, mini_form
) -> None:
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    b = Device("B", AppContext(Settings(data_dir=tmp_path / "b")), shared)
    enroll(a, b)
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.SetDetails({"topic": "A"}))
    edit(b.store, obs.id, ch.SetDetails({"topic": "B"}))
    a.sync()
    report = b.sync()
    keep = next(
        h
        for h in report.conflicts[0].head_ids
        if b.store.revisions(obs.id) and any(r.id == h and r.payload["topic"] == "A" for r in b.store.revisions(obs.id))
    )
    b.close()
    listed = observasi(capsys, "--data-dir", str(tmp_path / "b"), "conflicts")
    assert listed.code == 0 and obs.id[:8] in listed.out
    # Both versions in full, the laptop each was made on, and what happens unless chosen.
    assert "    A: A\n    B: B\n" in listed.out or "    A: B\n    B: A\n" in listed.out
    assert "laptop ini" in listed.out and "kedua teks disimpan" in listed.out
    done = observasi(capsys, "--data-dir", str(tmp_path / "b"), "resolve", obs.id[:8], "--keep", keep)
    assert done.code == 0, done.err
    assert "diselesaikan" in done.out
    b2 = Device("B", AppContext(Settings(data_dir=tmp_path / "b")), shared)
    assert b2.store.get_observation(obs.id).topic == "A"
    a.sync()
    assert a.heads(obs.id) == b2.heads(obs.id)
    a.close()
    b2.close()


def test_keeping_one_version_drops_the_others_additions_only_with_a_flag_that_names_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path, mini_form
) -> None:
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    b = Device("B", AppContext(Settings(data_dir=tmp_path / "b")), shared)
    enroll(a, b)
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.Rate("R1", "3"))
    edit(b.store, obs.id, ch.Rate("R1", "2"), ch.SetNote("R2", "Catatan B3"))
    a.sync()
    b.sync()
    a.sync()
    a_head = next(r.id for r in a.store.heads(obs.id) if r.payload["ratings"]["R1"]["level"] == "3")
    # Version A is the older head; edits made in the same second are ordered by id.
    oldest = min(a.store.heads(obs.id), key=lambda r: (r.created_at, r.id))
    a_side = "A" if oldest.id == a_head else "B"
    a.close()
    b.close()
    where = ("--data-dir", str(tmp_path / "a"))
    refused = observasi(capsys, *where, "resolve", obs.id[:8], "--keep", a_head)
    assert refused.code == 2 and "Catatan skor R2" in refused.err and "--drop-other" in refused.err
    merged_needs_choice = observasi(capsys, *where, "resolve", obs.id[:8])
    assert merged_needs_choice.code == 2 and "ratings/R1/level" in merged_needs_choice.err
    done = observasi(capsys, *where, "resolve", obs.id[:8], "--take", f"ratings/R1/level={a_side}")
    assert done.code == 0, done.err
    a2 = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    record = a2.store.get_observation(obs.id)
    assert record.ratings["R1"].level == "3" and record.ratings["R2"].note == "Catatan B3"
    a2.close()


def test_a_folder_typed_as_a_relative_path_is_remembered_where_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_form
) -> None:
    """`sync --folder Drive` typed in one folder must sync with the same Drive from anywhere later."""
    (tmp_path / "Drive").mkdir()
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), tmp_path / "Drive")
    a.new_observation(mini_form)
    a.close()
    monkeypatch.chdir(tmp_path)
    assert observasi(capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", "Drive").code == 0
    assert AppContext(Settings(data_dir=tmp_path / "a")).settings.shared_folder == tmp_path / "Drive"
    monkeypatch.chdir(tmp_path / "a")  # elsewhere: the remembered folder is still the same one
    again = observasi(capsys, "--data-dir", str(tmp_path / "a"), "sync")
    assert again.code == 0 and again.out.startswith("Tidak ada yang perlu dikirim"), again.out


def test_conflicts_name_what_was_typed_not_the_empty_fields_of_a_new_score(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path, mini_form
) -> None:
    a = Device("A", AppContext(Settings(data_dir=tmp_path / "a")), shared)
    b = Device("B", AppContext(Settings(data_dir=tmp_path / "b")), shared)
    enroll(a, b)
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.SetDetails({"topic": "A"}), ch.Rate("R2", "3"))
    edit(b.store, obs.id, ch.SetDetails({"topic": "B"}))
    a.sync()
    b.sync()
    b.close()
    listed = observasi(capsys, "--data-dir", str(tmp_path / "b"), "conflicts")
    kept = [line for line in listed.out.splitlines() if "disimpan tanpa ditanya" in line]
    assert len(kept) == 1 and "Skor R2" in kept[0], listed.out
    assert "Catatan skor R2" not in listed.out  # nobody typed a note: it is not "kept"
    a.close()
