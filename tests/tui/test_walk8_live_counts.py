"""The live screen's count line shows every level's count at 80 columns. On the PMM form
(three verbal levels, no nilai) the walk read "Terisi 4/6 · Belum dilakukan: 1, Dilakukan
tapi belum efektif: 1, Dilakukan" and no more: the count of "Dilakukan dan efektif", the
form's best result, was cut off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import screen_text, wait_for_screen, wait_for_text

from .conftest import lesson_on, make_context


@pytest.mark.parametrize("size", [(80, 24), (120, 30)])
async def test_every_level_count_shows_on_the_count_line(school_dir: Path, size: tuple[int, int]) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "pmm-observasi-kelas", minutes_ago=1)
    app = ObservasiApp(context)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs_id)
        await wait_for_screen(pilot, ObservationScreen)
        await pilot.press("3", "2", "3")
        await wait_for_text(pilot, "Terisi 3/")
        line = next(line for line in screen_text(app).splitlines() if "Terisi 3/" in line)
        if size[0] >= 120:  # room for the levels' names
            assert "Belum dilakukan: 0" in line and "Dilakukan dan efektif: 2" in line, line
        # Each level under the digit that gives it (as the rubric shows them): 1 none, 2 once, 3 twice.
        for shown in ("1: 0", "2: 1", "3: 2") if size[0] < 120 else ():
            assert shown in line, line
        assert not line.rstrip().endswith(("Dilakukan", "…")), line


def test_a_count_stands_under_the_digit_that_gives_its_level() -> None:
    """A school's verbal form whose levels carry values listed best first (3, 2, 1): the key 1
    gives the level worth 1, the last one listed. Numbered by position, "1: n" showed the
    count of the level the key 3 gives (review)."""
    from observasi.core.forms import load_catalog
    from observasi.core.scoring import ScoreResult
    from observasi.tui.render import score_line

    known = load_catalog().get("pmm-observasi-kelas")
    assert known is not None
    pmm = known.instrument
    best_first = [lv.model_copy(update={"value": 3 - n}) for n, lv in enumerate(reversed(pmm.scale.levels))]
    form = pmm.model_copy(update={"scale": pmm.scale.model_copy(update={"levels": best_first})})
    worth = {lv.key: lv.value for lv in best_first}
    counts = {key: {3: 5, 2: 1, 1: 0}[value] for key, value in worth.items()}
    result = ScoreResult(False, [], 6, 6, 0, 0, 0, None, None, [], level_counts=counts)
    line = score_line(result, form, width=40)
    assert "3: 5" in line and "2: 1" in line and "1: 0" in line, line
