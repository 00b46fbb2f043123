"""The per-teacher recap names the nilai and the predikat it shows as the latest
observation's. The walk read "Dewi Kartika Sari, S.Pd.  2  67,59  76,80  Kurang" under
"Nilai · Rata-rata nilai · Predikat": the predikat stood beside the average (76,80, which
is Cukup on that form) but was the latest's (67,59, Kurang), and the English header said
"Nilai" where every other word was English."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable

from observasi.context import AppContext
from observasi.i18n import set_language
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.recap.tables import recap_tables
from observasi.settings import Settings
from observasi.tui.screens.recap_screen import RecapScreen
from tests.recap.conftest import MiniSchool
from tests.waiting import wait_for_screen, wait_until


@pytest.mark.parametrize(
    ("lang", "nilai", "average", "predikat"),
    [
        ("id", "Nilai terakhir", "Rata-rata nilai", "Predikat terakhir"),
        ("en", "Latest nilai", "Average nilai", "Latest predicate"),
    ],
)
def test_the_exported_table_says_the_predikat_is_the_latest_ones(
    school: MiniSchool, lang: str, nilai: str, average: str, predikat: str
) -> None:
    set_language(lang)
    try:
        teachers = next(
            x for x in recap_tables(build_recap(school.store, Period.of_semester("2026-1"))) if x.key == "teachers"
        )
    finally:
        set_language("id")
    assert teachers.header[6:9] == [nilai, average, predikat]
    ani = teachers.rows[0]
    assert (str(ani[6]), str(ani[7]), ani[8]) == ("90.00", "85.00", "Baik")  # the latest's band, named so


class Host(App[None]):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def on_mount(self) -> None:
        self.push_screen(RecapScreen(self.context))


async def test_the_recap_screen_heads_the_columns_the_same_way(school: MiniSchool, data_dir: Path) -> None:
    set_language("id")
    app = Host(AppContext(Settings(data_dir=data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_screen(pilot, RecapScreen)
        table = screen.query_one("#recap-teachers", DataTable)
        await wait_until(pilot, lambda: table.row_count > 0, "the recap's rows")
        labels = [str(column.label) for column in table.columns.values()]
        # At 80 columns the titles are short so every column fits (round 9): the latest
        # nilai stands beside the latest predikat, the average after them, apart.
        assert labels[1:5] == ["Final", "Terakhir", "Predikat terakhir", "Rata-rata"]
