"""The listing a sync keeps (observasi.sync.listed) answers as a fresh look would: the same
files in the same order (a digest of them decides whether the roster is read again), and
a step told to forget it looks again, so a file that arrived since the sync began is read."""

from __future__ import annotations

from pathlib import Path

from observasi.sync import listed
from observasi.sync.folder import FolderTransport

PREFIXES = ("profile-", "teacher-", "cert-")


def _write(folder: Path, names: list[str]) -> None:
    for i, name in enumerate(names):
        (folder / name).write_text("x" * (i + 1), encoding="utf-8")


def test_kept_and_fresh_listings_give_the_same_files_in_the_same_order(tmp_path: Path) -> None:
    device = "0123456789abcdef"
    folder = tmp_path / "observasi" / device
    folder.mkdir(parents=True)
    # Kinds interleaved, as a folder lists them: grouping by kind would change the order.
    _write(folder, ["teacher-b.json", "cert-a.json", "profile-c.json", "teacher-a.json", "0" * 32 + ".json"])
    fresh = listed.stats(folder, PREFIXES)  # outside a sync: nothing kept
    with listed.one_listing_each():
        FolderTransport(tmp_path).columns(device)  # the sync's own listing, kept
        kept = listed.stats(folder, PREFIXES)
    assert sorted(fresh.names) == ["cert-a.json", "profile-c.json", "teacher-a.json", "teacher-b.json"]
    assert (kept.names, kept.sizes, kept.stamps) == (fresh.names, fresh.sizes, fresh.stamps)


def test_a_forgotten_listing_is_made_again_with_a_file_that_arrived_since(tmp_path: Path) -> None:
    device = "0123456789abcdef"
    folder = tmp_path / "observasi" / device
    folder.mkdir(parents=True)
    _write(folder, ["teacher-a.json"])
    with listed.one_listing_each():
        FolderTransport(tmp_path).columns(device)
        (folder / "teacher-b.json").write_text("new", encoding="utf-8")  # a sync client delivers it
        assert listed.starting(folder, "teacher-") == ["teacher-a.json"]  # the kept listing
        listed.forget([folder])
        assert sorted(listed.starting(folder, "teacher-")) == ["teacher-a.json", "teacher-b.json"]
