"""Home at 80 columns: the header's parts all fit (the walk read "· 0 menunggu dikirim ·…"),
and a name too long for its column is cut where a reader expects, marked "…" (the walk read
"Dewi Lestari, S." with no mark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.sync.status import SyncStatus
from observasi.tui.app import ObservasiApp
from observasi.tui.home_columns import fit
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import HANG, screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import draft_of, make_context


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("Dewi Lestari, S.Si", 16, "Dewi Lestari…"),  # the name, without its degrees
        ("Theresia Ngongo Lewar, S.Pd.", 16, "Theresia Ngongo…"),  # whole words
        ("VIII A · Matematika", 16, "VIII A · Matema…"),  # a word mostly kept
        ("Siti Aminah, S.Pd.", 19, "Siti Aminah, S.Pd."),  # fits: as it is
    ],
)
def test_a_long_text_is_cut_where_a_reader_expects(text: str, width: int, shown: str) -> None:
    assert fit(text, width) == shown and len(shown) <= width


async def test_the_header_and_the_teacher_fit_at_80_columns(school_dir: Path) -> None:
    context = make_context(school_dir)
    shared = school_dir.parent / "Drive"
    shared.mkdir()
    context.update_settings(shared_folder=shared)
    teacher = context.store.get_teacher(f"{1:032d}")
    assert teacher is not None
    context.store.save_teacher(teacher.model_copy(update={"name": "Theresia Ngongo Lewar, S.Pd."}))
    draft_of(context)
    app = ObservasiApp(context, after_start_delay=10 * HANG)  # no timed refresh over the line set
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await wait_for_text(pilot, "Theresia Ngongo…", "1 menunggu dikirim")
        app.show_sync_status(SyncStatus("2026-12-03T02:54:00+00:00", 0, 1, 0))

        def header_line() -> str:
            return next((line for line in screen_text(app).splitlines() if "Beranda" in line), "")

        await wait_until(pilot, lambda: "Sinkron terakhir" in header_line(), header_line)
        header = header_line()
        assert "0 menunggu dikirim · 1 konflik" in header and "…" not in header, header
