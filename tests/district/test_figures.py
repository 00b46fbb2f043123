"""The district's figures are kept in its data folder: the screen opens on them without
counting every school again, says when they were counted, and counts again (saying the
figures shown are out of date meanwhile) once a school has changed since."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, Static

from observasi.cli.commands import cli
from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.district import figures
from observasi.district.reader import read_all
from observasi.district.schools import add_school
from observasi.settings import Settings
from observasi.store.models import Observer, Teacher
from observasi.sync import service
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.district_screen import DistrictScreen
from tests.district.conftest import SEMESTER, _school, let_the_district_read
from tests.recap.conftest import add_observation
from tests.waiting import wait_for_screen, wait_until

GOOD = {"R1": "4", "R2": "4", "I1": "4", "I2": "4", "I3": "4"}


HELD = threading.Event()  # a count waits for it while a test looks at the screen meanwhile


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each time the district recap is counted (every school's database opened and queried)."""
    made: list[str] = []
    real = figures.build_district_recap
    HELD.set()

    def counting(context, period, **kwargs):  # type: ignore[no-untyped-def]
        made.append(str(period.semester))
        assert HELD.wait(60), "the test never let the count go on"
        return real(context, period, **kwargs)

    monkeypatch.setattr(figures, "build_district_recap", counting)
    yield made
    HELD.set()


@pytest.fixture
def one_school(tmp_path: Path, mini_form: Instrument):
    """A district reading one school's folder, and that school's laptop."""
    drive = tmp_path / "Drive SMPN 5"
    drive.mkdir()
    school = _school(tmp_path, "smpn5", mini_form, [("Ani", "2026-08-10", GOOD)])
    service.sync(school, drive)
    context = AppContext(Settings(data_dir=tmp_path / "dinas"))
    add_school(context, "SMP Negeri 5", str(drive))
    let_the_district_read(context, {"SMP Negeri 5": (school, drive)})
    read_all(context)
    yield context, school, drive
    for c in (school, context):
        c.store.close()


def _observe_again(school: AppContext, form: Instrument, drive: Path) -> None:
    teacher = school.store.save_teacher(Teacher(name="Budi", subject="IPA"))
    observer = school.store.save_observer(Observer(name="Kepala smpn5b", id_number="197001011995011002"))
    add_observation(school.store, form, teacher, observer, "2026-09-02", GOOD)
    service.sync(school, drive)


def test_kept_figures_are_fresh_until_a_school_changes_and_a_sync_counts_them_again(
    one_school, mini_form: Instrument, counts: list[str]
) -> None:
    context, school, drive = one_school
    assert figures.load(context, SEMESTER) is None  # never counted: nothing to show yet
    figures.count(context, SEMESTER)
    kept = figures.load(context, SEMESTER)
    assert kept is not None and not kept.stale
    assert [(line.name, line.final_count) for line in kept.lines] == [("SMP Negeri 5", 1)]
    assert figures.figures_path(context.settings.data_dir).is_file()
    read_all(context)  # nothing new: still fresh
    assert not figures.load(context, SEMESTER).stale

    _observe_again(school, mini_form, drive)
    read_all(context)
    stale = figures.load(context, SEMESTER)
    assert stale is not None and stale.stale and stale.lines[0].final_count == 1  # what was counted, said stale
    # `observasi district sync` counts again the kept figures a read made stale.
    counts.clear()
    result = CliRunner().invoke(cli, ["--data-dir", str(context.settings.data_dir), "district", "sync"])
    assert result.exit_code == 0, result.output
    assert counts == ["2026-1"]
    fresh = figures.load(context, SEMESTER)
    assert fresh is not None and not fresh.stale and fresh.lines[0].final_count == 2


def test_a_kept_file_that_cannot_be_read_is_counted_again(one_school) -> None:
    context, _, _ = one_school
    figures.count(context, SEMESTER)
    figures.figures_path(context.settings.data_dir).write_text("{ not json", encoding="utf-8")
    assert figures.load(context, SEMESTER) is None
    figures.count(context, SEMESTER)
    assert figures.load(context, SEMESTER) is not None


async def test_the_screen_opens_on_kept_figures_and_counts_only_when_a_school_changed(
    one_school, mini_form: Instrument, counts: list[str]
) -> None:
    context, school, drive = one_school
    figures.count(context, SEMESTER)  # as `district sync` or an earlier open left them
    counts.clear()
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, DistrictScreen)
        table = screen.query_one("#district-schools", DataTable)
        status = screen.query_one("#district-status", Static)
        await wait_until(pilot, lambda: "Dihitung" in str(status.content), lambda: str(status.content))
        assert [str(c) for c in table.get_row_at(0)[:4]] == ["SMP Negeri 5", "1/1", "100,00", "1"]
        assert "Sangat Baik 1" in str(screen.query_one("#district-across", Static).content)
        await pilot.pause()
        assert counts == []  # shown without counting any school again

    _observe_again(school, mini_form, drive)
    read_all(context)
    HELD.clear()
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, DistrictScreen)
        table = screen.query_one("#district-schools", DataTable)
        status = screen.query_one("#district-status", Static)
        # The old figures at once, said to be out of date while they are counted again ...
        await wait_until(pilot, lambda: "berubah" in str(status.content), lambda: str(status.content))
        assert str(table.get_row_at(0)[3]) == "1"
        assert counts == ["2026-1"]
        HELD.set()
        # ... then the new ones, with when they were counted.
        await wait_until(pilot, lambda: str(table.get_row_at(0)[3]) == "2", lambda: str(table.get_row_at(0)))
        assert "Dihitung" in str(status.content) and "berubah" not in str(status.content)
    assert not figures.load(context, SEMESTER).stale


async def test_figures_that_cannot_be_counted_again_are_still_said_to_be_out_of_date(one_school) -> None:
    context, _, _ = one_school
    figures.count(context, SEMESTER)
    # The school's copy is damaged since: the figures shown are the old ones, and say so.
    (context.settings.data_dir / "sekolah" / "smp-negeri-5" / "observasi.db").write_bytes(b"not a database" * 100)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, DistrictScreen)
        table = screen.query_one("#district-schools", DataTable)
        status = screen.query_one("#district-status", Static)
        await wait_until(pilot, lambda: "rusak" in str(status.content), lambda: str(status.content))
        assert "masih yang dihitung" in str(status.content)
        assert str(table.get_row_at(0)[3]) == "1"
