"""A score key on the live screen redraws only what it changed (the indicator's row, the
score line, the rubric in place when it keeps its height): what the screen then shows
must be what a screen built afresh from the database shows, on a narrow terminal (one
line per level) and a wide one (the rubric in full, of another height per indicator)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from observasi.record import create_draft
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.observation_screen import ObservationScreen
from tests.waiting import screen_text as svg_text
from tests.waiting import wait_for_screen, wait_until

from .burst import burst, open_live
from .conftest import fresh_store, make_context

SCROLL_THUMB = "▁▂▃▄▅▆▇█▔"


def screen_text(app: ObservasiApp) -> list[str]:
    """The lines the terminal shows (without the screenshot's style sheet), scroll bars
    left out: where a thumb sits depends on how the list got there, not on the record."""
    text = svg_text(app)
    text = text[text.rindex("}") + 1 :].translate({ord(c): None for c in SCROLL_THUMB})
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _draft(school_dir: Path) -> str:
    context = make_context(school_dir)
    store = context.store
    known = context.catalog.get("supervisi-akademik")
    assert known is not None
    observer = store.self_observer()
    assert observer is not None
    teacher = store.list_teachers()[0]
    return create_draft(store, teacher, observer, known.instrument, date="2026-11-24", semester="2026-1").id


async def _as_fresh(app: ObservasiApp, pilot, screen: ObservationScreen) -> str:
    """What a new screen of the same record (read again from the database), its cursor
    on the same indicator and its list scrolled as far, shows."""
    current = screen.indicators.current_id
    assert current is not None
    app.push_screen(screen.rebuilt())
    fresh = await wait_for_screen(pilot, ObservationScreen)
    assert fresh is not screen
    fresh.indicators.select_indicator(current)
    await pilot.pause()
    fresh.indicators.scroll_to(y=screen.indicators.scroll_y, animate=False, immediate=True)
    await pilot.pause()
    text = screen_text(app)
    app.pop_screen()
    await wait_until(pilot, lambda: app.screen is screen, "the first screen back")
    return text


@pytest.mark.parametrize("size", [(80, 24), (130, 40)])
async def test_each_score_key_shows_what_a_fresh_screen_of_the_saved_record_shows(
    school_dir: Path, size: tuple[int, int]
) -> None:
    obs_id = _draft(school_dir)
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=size) as pilot:
        screen = await open_live(app, pilot, obs_id)
        indicators = [ind.id for _, ind in screen.inst.indicators()]
        for n, key in enumerate("3241"):
            await pilot.press(key)
            await wait_until(pilot, lambda n=n: len(fresh_store(school_dir).get_observation(obs_id).ratings) == n + 1,
                             "the score saved")  # fmt: skip
            await wait_until(pilot, lambda n=n: screen.indicators.current_id == indicators[n + 1], "the cursor moved")
            await pilot.pause()
            drawn, fresh = screen_text(app), await _as_fresh(app, pilot, screen)
            assert drawn == fresh, "\n".join(difflib.unified_diff(fresh, drawn, f"after key {n + 1}", "a fresh screen"))
        # Back up onto a scored indicator and step its level: the row and rubric change in place.
        await pilot.press("up", "right")
        first = indicators[3]
        await wait_until(pilot, lambda: fresh_store(school_dir).get_observation(obs_id).ratings[first].level == "2",
                         "the level stepped")  # fmt: skip
        await pilot.pause()
        assert screen_text(app) == await _as_fresh(app, pilot, screen), "after a step"


async def test_digits_at_machine_speed_land_in_order_and_draw_as_a_fresh_screen(school_dir: Path) -> None:
    obs_id = _draft(school_dir)
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_live(app, pilot, obs_id)
        indicators = [ind.id for _, ind in screen.inst.indicators()]
        typed = "1234432112"
        burst(app, list(typed))
        await wait_until(pilot, lambda: len(fresh_store(school_dir).get_observation(obs_id).ratings) == len(typed),
                         "every key saved")  # fmt: skip
        await wait_until(pilot, lambda: screen.indicators.current_id == indicators[len(typed)], "the cursor moved")
        await pilot.pause()
        saved = fresh_store(school_dir).get_observation(obs_id).ratings
        assert [saved[i].level for i in indicators[: len(typed)]] == list(typed)
        assert screen_text(app) == await _as_fresh(app, pilot, screen)


async def test_the_rubric_follows_the_terminal_across_the_breakpoint_and_back(school_dir: Path) -> None:
    obs_id = _draft(school_dir)
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot, obs_id)
        await pilot.press("3")
        for size in ((130, 40), (100, 30), (80, 24)):
            await pilot.resize_terminal(*size)
            await wait_until(pilot, lambda size=size: app.size == size, "the new size")
            await pilot.pause()
            drawn, fresh = screen_text(app), await _as_fresh(app, pilot, screen)
            assert drawn == fresh, "\n".join(difflib.unified_diff(fresh, drawn, f"at {size}", "a fresh screen"))


async def test_a_row_replaced_in_place_draws_as_a_list_built_afresh_also_when_it_wraps_anew() -> None:
    """The indicator list redraws a changed row alone; a row that now takes another number
    of lines (a note's mark wrapping it) moves the rows below: the whole list anew."""
    from textual.app import App, ComposeResult
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from observasi.tui.textual_adapter import replace_one_prompt

    prompts = {"a": "[ · ] A1 short", "b": "[ · ] B1 a row that fits", "c": "[ · ] C1 below"}
    changed = {"a": "[ 3 ] A1 short", "b": "[ · ] B1 a row that fits now wraps ✎"}

    class Lists(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*[Option(p, id=k) for k, p in prompts.items()], id="kept")
            yield OptionList(*[Option(changed.get(k, p), id=k) for k, p in prompts.items()], id="fresh")

    def rows(app: Lists, which: str) -> list[str]:
        lists = app.query_one(f"#{which}", OptionList)
        return [strip.text.rstrip() for strip in lists.render_lines(lists.region.reset_offset)]

    app = Lists()
    async with app.run_test(size=(30, 16)) as pilot:
        app.query_one("#kept", OptionList).styles.height = 6
        app.query_one("#fresh", OptionList).styles.height = 6
        await pilot.pause()
        kept = app.query_one("#kept", OptionList)
        for key in ("a", "b"):
            replace_one_prompt(kept, key, changed[key])
        await pilot.pause()
        assert rows(app, "kept") == rows(app, "fresh")
        assert any("wraps" in row for row in rows(app, "kept")) and any("C1" in row for row in rows(app, "kept"))


async def test_a_textual_whose_insides_moved_still_shows_each_score(
    school_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-row redraw reaches into Textual 8's option list; if a Textual release moves
    what it reaches for, the key still lands and shows, through the public (slower) redraw."""
    from observasi.tui import textual_adapter

    def moved(*_args: object) -> int:
        raise AttributeError("_line_cache")

    monkeypatch.setattr(textual_adapter, "_option_height", moved)
    obs_id = _draft(school_dir)
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot, obs_id)
        await pilot.press("3", "2")
        await wait_until(pilot, lambda: len(fresh_store(school_dir).get_observation(obs_id).ratings) == 2, "saved")
        await pilot.pause()
        drawn, fresh = screen_text(app), await _as_fresh(app, pilot, screen)
        assert drawn == fresh, "\n".join(difflib.unified_diff(fresh, drawn, "after two keys", "a fresh screen"))
