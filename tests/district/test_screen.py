"""The district mode of the app: a district data folder opens on its schools; Enter
drills down into one school's recap; r reads the schools again; x exports."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Static

from observasi.district.reader import read_all
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.district_screen import DistrictScreen
from observasi.tui.screens.recap_screen import RecapScreen
from tests.waiting import wait_for_screen, wait_until


async def test_district_mode_shows_the_schools_and_drills_down(district) -> None:
    context, _, _ = district
    read_all(context)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, DistrictScreen)
        screen.today = dt.date(2026, 11, 24)
        table = screen.query_one("#district-schools", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2, "the two schools")
        names = [str(table.get_row_at(i)[0]) for i in range(2)]
        assert names == ["SMP Negeri 1", "SMP Negeri 2"]
        assert [str(c) for c in table.get_row_at(0)[1:4]] == ["2/3", "66,67", "2"]
        across = str(screen.query_one("#district-across", Static).content)
        assert "R2" in across and "Sangat Baik 1" in across

        await pilot.press("x")
        exported = context.settings.data_dir / "rekap"
        await wait_until(pilot, lambda: exported.is_dir() and any(exported.glob("dinas-*.xlsx")), "the export")

        await pilot.press("enter")
        recap = await wait_for_screen(pilot, RecapScreen)
        teachers = recap.query_one("#recap-teachers", DataTable)
        await wait_until(pilot, lambda: teachers.row_count == 2, "the school's two teachers")
        assert {str(teachers.get_row_at(i)[0]) for i in range(2)} == {"Ani", "Budi"}
        await pilot.press("escape")
        await wait_for_screen(pilot, DistrictScreen)


async def test_the_schools_are_listed_at_once_even_when_the_recap_cannot_be_counted(district) -> None:
    context, _, _ = district
    read_all(context)
    # One school's copy is damaged: no recap, but the screen still lists every school.
    (context.settings.data_dir / "sekolah" / "smp-negeri-2" / "observasi.db").write_bytes(b"not a database" * 100)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, DistrictScreen)
        table = screen.query_one("#district-schools", DataTable)
        status = screen.query_one("#district-status", Static)
        await wait_until(pilot, lambda: "rusak" in str(status.content), lambda: str(status.content))
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["SMP Negeri 1", "SMP Negeri 2"]
        assert [str(c) for c in table.get_row_at(1)[1:]] == ["..."] * 5
