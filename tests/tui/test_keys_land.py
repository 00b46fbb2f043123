"""Keys typed at machine speed land where they were pressed.

A principal scoring a planning review from a paper checklist types ``3 3 4 2 ...`` as
fast as the fingers go. Every digit must score the indicator that had the cursor when
the key was pressed, in order; the text typed right after ``/`` must arrive whole in the
evidence line, and no digit in it may score an indicator.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.tui.app import ObservasiApp
from tests.waiting import notifications, wait_until

from .burst import burst, keys_of, open_live
from .conftest import fresh_store, lesson_on, make_context, screen_text

# form id -> (keys typed, the level each one means). The key of a level is its value where
# the scale's values are single digits (PKG's 0-2: the key 0 means 0) and its position
# where the levels carry no number (PMM's three verbal levels).
BURSTS = {
    "supervisi-akademik": ("12341234", ["1", "2", "3", "4", "1", "2", "3", "4"]),
    "classroom-observation": ("12341234", ["1", "2", "3", "4", "1", "2", "3", "4"]),
    "pkg": ("01201201", ["0", "1", "2", "0", "1", "2", "0", "1"]),
    "pmm-observasi-kelas": (
        "12312312",
        ["belum", "belum_efektif", "efektif", "belum", "belum_efektif", "efektif", "belum", "belum_efektif"],
    ),
}
# Indicators scored before the burst: the cursor starts on the third, so the burst
# crosses at least one section title on every form.
ALREADY_SCORED = 2


def _prescore(context, obs_id: str) -> list[str]:
    """Score the first indicators with the scale's first level; returns every indicator id
    in order."""
    from observasi.core.record import Rating

    store = context.store
    obs = store.get_observation(obs_id)
    inst = store.instrument(obs.form_hash)
    order = [ind.id for _, ind in inst.indicators()]
    first = inst.scale.levels[0].key
    ratings = {i: Rating(indicator_id=i, level=first) for i in order[:ALREADY_SCORED]}
    store.put_observation(obs.model_copy(update={"ratings": ratings}))
    return order


def saved_levels(data_dir: Path, obs_id: str) -> dict[str, str | None]:
    """What the database holds: each scored indicator's level."""
    return {i: r.level for i, r in fresh_store(data_dir).get_observation(obs_id).ratings.items()}


def saved_parts(data_dir: Path, obs_id: str) -> str:
    """What the database holds: scores, evidence lines (text and stage), stage marks."""
    saved = fresh_store(data_dir).get_observation(obs_id)
    lines = [(e.text, e.stage) for e in saved.evidence]
    return f"scores {saved_levels(data_dir, obs_id)}, lines {lines}, stages {[m.stage for m in saved.stage_marks]}"


@pytest.mark.parametrize("form_id", sorted(BURSTS))
async def test_a_burst_of_digits_scores_consecutive_indicators_in_order(school_dir: Path, form_id: str) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, form_id, minutes_ago=3)
    order = _prescore(context, obs_id)
    typed, meant = BURSTS[form_id]
    targets = order[ALREADY_SCORED : ALREADY_SCORED + len(typed)]
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        assert app.screen.indicators.current_id == targets[0]

        burst(app, list(typed))

        def all_saved() -> bool:
            return len(fresh_store(school_dir).get_observation(obs_id).ratings) >= ALREADY_SCORED + len(typed)

        await wait_until(pilot, all_saved, lambda: f"{len(typed)} scores; saved: {saved_levels(school_dir, obs_id)}")
        await pilot.pause()  # the screen draws what was saved
        saved = fresh_store(school_dir).get_observation(obs_id).ratings
        assert {i: saved[i].level for i in targets if i in saved} == dict(zip(targets, meant, strict=True))
        assert len(saved) == ALREADY_SCORED + len(typed), "no other indicator was scored"
        # The screen says what the database holds: the cursor waits on the next indicator
        # and the count includes every score.
        assert app.screen.indicators.current_id == order[ALREADY_SCORED + len(typed)]
        total = len(order) if form_id != "pmm-observasi-kelas" else None
        if total is not None:
            assert f"{ALREADY_SCORED + len(typed)}/{total}" in screen_text(app)


async def test_the_evidence_line_takes_every_character_typed_after_the_slash(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=7)
    first_line = "Guru 1 kali bertanya, 23 siswa menjawab - 4 kelompok."
    second_line = "2 siswa presentasi."
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        cursor = app.screen.indicators.current_id

        # Open the line, type, stamp it; open it again, type a second line and stamp it;
        # score the indicator under the cursor: all in one burst.
        burst(app, ["slash", *keys_of(first_line), "enter", "slash", *keys_of(second_line), "enter", "3"])

        def landed() -> bool:
            saved = fresh_store(school_dir).get_observation(obs_id)
            return len(saved.evidence) >= 2 and bool(saved.ratings)

        await wait_until(pilot, landed, lambda: f"two lines and a score; saved: {saved_parts(school_dir, obs_id)}")
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert [e.text for e in saved.evidence] == [first_line, second_line]
        assert all(e.minute == 7 for e in saved.evidence)
        assert {i: r.level for i, r in saved.ratings.items()} == {cursor: "3"}, "only the key after Enter scored"
        assert app.screen.evidence_input.value == ""


async def test_up_on_the_first_indicator_stays_there(school_dir: Path) -> None:
    """↑ pressed to "get to the top" must not wrap to the last indicator, where the score
    typed next would land out of sight."""
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=2)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        first = app.screen.indicators.current_id
        burst(app, ["down", "up", "up", "up", "3"])
        await wait_until(pilot, lambda: bool(fresh_store(school_dir).get_observation(obs_id).ratings), "a score")
        saved = fresh_store(school_dir).get_observation(obs_id).ratings
        assert {i: r.level for i, r in saved.items()} == {first: "3"}


async def test_lines_typed_around_a_stage_key_get_the_stage_they_were_typed_in(school_dir: Path) -> None:
    """ctrl+n typed between two evidence lines, at machine speed: the line before it keeps
    the stage before it, the line after it gets the new one."""
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=6)  # running, no stage marked yet
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        cursor = app.screen.indicators.current_id
        burst(
            app,
            [
                "slash",
                *keys_of("sebelum tahap"),
                "enter",
                "ctrl+n",
                "slash",
                *keys_of("salam dan doa"),
                "enter",
                "ctrl+n",
                "slash",
                *keys_of("diskusi"),
                "enter",
                "ctrl+n",
                "2",
            ],
        )

        def landed() -> bool:
            saved = fresh_store(school_dir).get_observation(obs_id)
            return len(saved.evidence) >= 3 and bool(saved.ratings) and len(saved.stage_marks) >= 3

        await wait_until(
            pilot, landed, lambda: f"three lines, stages, a score; saved: {saved_parts(school_dir, obs_id)}"
        )
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert [(e.text, e.stage, e.minute) for e in saved.evidence] == [
            ("sebelum tahap", None, 6),
            ("salam dan doa", "pendahuluan", 6),
            ("diskusi", "inti", 6),
        ]
        assert [m.stage for m in saved.stage_marks] == ["pendahuluan", "inti", "penutup"]
        assert {i: r.level for i, r in saved.ratings.items()} == {cursor: "2"}


async def test_enter_in_the_evidence_line_hands_the_next_keys_back_to_the_list(school_dir: Path) -> None:
    """The walk: after Enter saved a note, the letters meant as keys (a tally, a score) were
    typed into the line. Enter saves the line, says so, and the keys typed after it count
    and score; ctrl+t does the same with the line tagged. (However fast they follow the
    Enter: test_digits_right_after_enter_score_in_order.)"""
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=4)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot, obs_id)
        said = notifications(app)
        cursor = screen.indicators.current_id
        await pilot.press("slash", *keys_of("Guru membuka pelajaran"), "enter")
        await wait_until(pilot, lambda: screen.indicators.has_focus, "the keys back on the list")
        await pilot.press("g", "g", "3")

        def tallied(count: int) -> bool:
            return fresh_store(school_dir).get_observation(obs_id).tallies.get("pertanyaan_guru") == count

        await wait_until(pilot, lambda: tallied(2), lambda: f"two tallies; saved: {saved_parts(school_dir, obs_id)}")
        await wait_until(
            pilot, lambda: bool(fresh_store(school_dir).get_observation(obs_id).ratings), "the score after the line"
        )
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert [e.text for e in saved.evidence] == ["Guru membuka pelajaran"]
        assert {i: r.level for i, r in saved.ratings.items()} == {cursor: "3"}
        assert screen.evidence_input.value == ""
        await wait_until(pilot, lambda: "✓ Catatan bukti tersimpan" in said, lambda: f"'saved' said; said {said}")

        tagged = screen.indicators.current_id
        await pilot.press("slash", *keys_of("Siswa bertanya"), "ctrl+t")
        await wait_until(pilot, lambda: screen.indicators.has_focus, "the keys back on the list after ctrl+t")
        await pilot.press("g")
        await wait_until(pilot, lambda: tallied(3), lambda: f"a third tally; saved: {saved_parts(school_dir, obs_id)}")
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert [(e.text, e.indicator_id) for e in saved.evidence][-1] == ("Siswa bertanya", tagged)


async def test_tab_moves_between_the_list_and_the_line(school_dir: Path) -> None:
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=2)
    app = ObservasiApp(context)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(app, pilot, obs_id)
        seen = set()
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            seen.add(app.focused.id if app.focused else None)
        assert {"indicators", "evidence"} <= seen


async def test_digits_right_after_enter_score_in_order(school_dir: Path) -> None:
    """The walk (F6): ``/ Catatan cepat Enter 3 2 1`` in one burst saved the line, but "321"
    stayed in the line as text, scored nothing, and the next Esc asked to throw away "12".
    The keys typed after the Enter are the list's, in order: three scores, the line empty."""
    context = make_context(school_dir)
    obs_id = lesson_on(context, "supervisi-akademik", minutes_ago=5)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot, obs_id)
        order = [ind.id for _, ind in screen.inst.indicators()]
        assert screen.indicators.current_id == order[0]
        burst(app, ["slash", *keys_of("Catatan cepat"), "enter", "3", "2", "1"])

        def landed() -> bool:
            saved = fresh_store(school_dir).get_observation(obs_id)
            return bool(saved.evidence) and len(saved.ratings) >= 3

        await wait_until(pilot, landed, lambda: f"a line and three scores; saved: {saved_parts(school_dir, obs_id)}")
        await pilot.pause()
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert [e.text for e in saved.evidence] == ["Catatan cepat"]
        assert {i: r.level for i, r in saved.ratings.items()} == dict(zip(order[:3], "321", strict=True))
        assert screen.evidence_input.value == ""
        assert screen.indicators.has_focus
