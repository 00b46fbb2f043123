"""A laptop that asked to join a school never founds one (the walk: laptop B pressed "Gabung"
on its welcome, reached the empty shared folder before the principal's laptop had synced,
and became the school's founder; the principal's laptop, holding the school, then had to be
approved by the empty one). It writes no file into an empty folder, says the folder holds no
school yet, and asks again at its next syncs; its person can still say it is the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.naming import app_dir
from observasi.sync.service import SyncReport, sync
from observasi.tui.screens.sync_screen import summary_line
from tests.cli.helpers import observasi
from tests.sync.conftest import Device


def _files(shared: Path) -> list[str]:
    return sorted(str(p.relative_to(shared)) for p in shared.rglob("*") if p.is_file())


def _untouched(shared: Path) -> bool:
    """Nothing at all in the folder: no file, and no empty ``observasi/`` folder either (the
    review: the join said it "writes nothing" and left that folder behind)."""
    return not any(shared.iterdir())


def _code(report: SyncReport) -> str:
    assert report.waiting_code is not None
    return report.waiting_code


def _school(tmp_path: Path, shared: Path) -> AppContext:
    """The principal's laptop: the school, its teachers and observations; the folder set."""
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    return school


def _joining(tmp_path: Path, shared: Path) -> AppContext:
    newcomer = AppContext(Settings(data_dir=tmp_path / "B"))
    newcomer.update_settings(shared_folder=shared, laptop_name="Laptop Siti Rahma")
    devices.ask_to_join(newcomer)  # the welcome's "Gabung ke sekolah yang sudah ada"
    return newcomer


def _observations(context: AppContext) -> set[str]:
    return {o.id for o in context.store.list_observations()}


def _founder(context: AppContext) -> str:
    return devices.device_list(context).founder


@pytest.mark.parametrize("first", ["school", "newcomer"])
def test_either_order_the_school_laptop_founds_and_approves_the_newcomer(
    tmp_path: Path, shared: Path, first: str, mini_form
) -> None:
    school = _school(tmp_path, shared)
    newcomer = _joining(tmp_path, shared)
    # A note the newcomer's person began before the laptop was approved: it travels once approved.
    own = Device("B", newcomer, shared).new_observation(mini_form, teacher="Rina Wulandari")
    if first == "newcomer":
        early = sync(newcomer, shared)
        assert early.no_school and early.sent == 0 and early.received == 0
        assert _untouched(shared)  # no member, key or name file, no folder: nothing at all
        assert early.problems == []  # the joiner's normal state, said as such, not a problem
        said = " ".join(summary_line(early, 0).split())  # the sync screen's words
        assert "folder bersama ini belum berisi sekolah" in said
        assert "sinkronkan dulu laptop sekolah" in said
        again = sync(newcomer, shared)  # it keeps asking, and still writes nothing
        assert again.no_school and _untouched(shared)

    founded = sync(school, shared)
    assert not founded.waiting_code and not founded.no_school  # the school's laptop is not asked to join
    asked = sync(newcomer, shared)
    assert not asked.no_school and asked.waiting_code  # now a plain join request
    code = _code(asked)
    request = devices.device_list(school).requests
    assert [(r.label, r.code) for r in request] == [("Laptop Siti Rahma", code)]
    devices.approve(school, code)
    sync(newcomer, shared)

    assert _founder(school) == school.store.device_id == _founder(newcomer)
    members = {m.device for m in devices.device_list(school).members}
    assert members == {school.store.device_id, newcomer.store.device_id}
    sync(school, shared)
    assert _observations(newcomer) == _observations(school) != set()  # nothing lost on the way
    assert own.id in _observations(school)
    profile = newcomer.store.get_school()
    assert profile is not None and profile.name == school.store.get_school().name  # type: ignore[union-attr]


def test_the_first_laptop_after_all_founds_when_its_person_says_so(tmp_path: Path, shared: Path) -> None:
    newcomer = _joining(tmp_path, shared)
    assert sync(newcomer, shared).no_school
    with pytest.raises(Exception, match="folder bersama belum berisi sekolah"):
        devices.approve(newcomer, "123 456")  # no member's work either
    devices.first_laptop(newcomer)
    report = sync(newcomer, shared)
    assert not report.no_school and not report.waiting_code
    assert _founder(newcomer) == newcomer.store.device_id
    assert any(name.startswith(f"observasi/{newcomer.store.device_id}/member-") for name in _files(shared))


def test_a_laptop_that_made_the_school_founds_as_before(tmp_path: Path, shared: Path) -> None:
    school = _school(tmp_path, shared)
    report = sync(school, shared)
    assert not report.no_school and not report.waiting_code and report.sent
    assert any("Laptop ini memulai sekolah di folder bersama" in notice for notice in report.notices)
    assert not any("memulai sekolah" in notice for notice in sync(school, shared).notices)  # said once
    assert _founder(school) == school.store.device_id


def test_the_command_line_joins_and_starts_the_same_way(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path
) -> None:
    data = str(tmp_path / "B")
    (tmp_path / "B").mkdir()
    joined = observasi(capsys, "--data-dir", data, "sync", "--join", "--folder", str(shared))
    assert joined.code == 3, joined.err
    assert "folder bersama ini belum berisi sekolah" in " ".join(joined.err.split())
    assert f"observasi --data-dir {data} sync --first-laptop" in joined.err  # as run: the same data folder
    assert _untouched(shared)
    listed = observasi(capsys, "--data-dir", data, "devices")
    assert "belum berisi sekolah" in " ".join(listed.out.split())
    assert observasi(capsys, "--data-dir", data, "sync").code == 3  # remembered: still no founding
    assert _untouched(shared)
    both = observasi(capsys, "--data-dir", data, "sync", "--join", "--first-laptop")
    assert both.code == 2 and "--first-laptop" in both.err
    started = observasi(capsys, "--data-dir", data, "sync", "--first-laptop")
    assert started.code == 0, started.err
    assert any(p.name.startswith("member-") for p in app_dir(shared).rglob("*"))


def test_both_join_routes_name_the_laptop_by_one_rule(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path
) -> None:
    """The walk: the command line's join request was named by the computer ("vm"), the
    welcome's by the name typed there. Both take the observer's name when there is one."""
    school = _school(tmp_path, shared)
    sync(school, shared)
    data = str(tmp_path / "cli")
    (tmp_path / "cli").mkdir()
    asked = observasi(
        capsys, "--data-dir", data, "sync", "--join", "--name", "Siti Rahma, S.Pd.", "--folder", str(shared)
    )
    assert asked.code == 3, asked.err
    welcome = AppContext(Settings(data_dir=tmp_path / "welcome"))
    name = devices.join_name(welcome, person="Budi Santoso")  # the welcome's observer field
    devices.ask_to_join(welcome, name)
    sync(welcome, shared)
    labels = sorted(r.label for r in devices.device_list(school).requests)
    assert labels == ["Laptop Budi Santoso", "Laptop Siti Rahma, S.Pd."]
    assert name == devices.own_laptop_name(welcome)  # what its later syncs call it too
    wrong = observasi(capsys, "--data-dir", data, "sync", "--name", "X")
    assert wrong.code == 2 and "--join" in wrong.err


def test_a_name_given_on_the_command_line_wins_over_one_kept_before(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shared: Path
) -> None:
    """The review: on a laptop that already had a name (a former user's, one set in
    Pengaturan), ``--join --name`` was dropped without a word."""
    school = _school(tmp_path, shared)
    sync(school, shared)
    for folder, given in (("one", "Siti Rahma"), ("two", "Laptop Ruang Guru")):
        laptop = AppContext(Settings(data_dir=tmp_path / folder))
        laptop.update_settings(laptop_name="Laptop Pak Budi")
        data = str(tmp_path / folder)
        asked = observasi(capsys, "--data-dir", data, "sync", "--join", "--name", given, "--folder", str(shared))
        assert asked.code == 3, asked.err
    labels = sorted(r.label for r in devices.device_list(school).requests)
    assert labels == ["Laptop Ruang Guru", "Laptop Siti Rahma"]  # not "Laptop Pak Budi", not "Laptop Laptop …"
