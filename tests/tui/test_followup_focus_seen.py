"""The follow-up item's dialog shows which field the typing goes to (walk 8: its four
one-line fields looked alike, the focused one hardly brighter), and the follow-up table
above it titles its columns whole at 80 columns ("Ukuran keberhasi" was cut)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from observasi.core.record import Status
from observasi.i18n import t
from observasi.tui.dialogs.record_parts import FollowUpDialog
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.waiting import wait_for_screen, wait_for_still_screen, wait_until

from .test_snapshots import lesson_app, opener


def marked_labels(shown: str, labels: list[str]) -> list[int]:
    """Which of the fields' *labels* the terminal shows with the focus mark at their left:
    a block beside the dialog's own edge ("██Kegiatan", not "█Kegiatan")."""
    lines = shown.splitlines()
    marked = []
    for i, label in enumerate(labels):
        line = next(line for line in lines if label in line)
        if line.split(label)[0].endswith("██"):
            marked.append(i)
    return marked


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_focused_field_is_marked_and_only_it(school_dir: Path, lang: str) -> None:
    app, obs_id = lesson_app(school_dir, lang, Status.reflecting)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await opener(obs_id, ReflectionScreen)(pilot)
            reflection = app.screen
            assert isinstance(reflection, ReflectionScreen)
            reflection.edit_followup()
            dialog = await wait_for_screen(pilot, FollowUpDialog)
            inputs = list(dialog.query(Input))
            labels = [str(label.content) for label in dialog.query(".field-label").results(Label)]
            assert len(inputs) == len(labels) == 4
            for turn in range(4):
                shown = await wait_for_still_screen(pilot)
                focused = app.focused
                assert focused is inputs[turn]
                # The field being typed in is marked, and no other.
                assert marked_labels(shown, labels) == [turn], shown
                await pilot.press("tab")
                if turn < 3:
                    await wait_until(pilot, lambda before=focused: app.focused is not before, "the next field")
    finally:
        app.context.store.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_followup_columns_are_titled_whole_at_80_columns(school_dir: Path, lang: str) -> None:
    app, obs_id = lesson_app(school_dir, lang, Status.reflecting)
    async with app.run_test(size=(80, 24)) as pilot:
        reflection = await opener(obs_id, ReflectionScreen)(pilot) or app.screen
        assert isinstance(reflection, ReflectionScreen)
        table = reflection.table
        titles = [t(key) for key in ("tui.followup.col_action", "tui.followup.col_measure", "tui.followup.col_support")]
        for title, column in zip(titles, list(table.columns.values())[:3], strict=True):
            assert column.width >= len(title), (title, column.width)
