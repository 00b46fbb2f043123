"""How the main screens look at 120×40, 100×30 and 80×24, in Indonesian and English.

Fixed data and a paused lesson clock keep the pictures the same from run to run.
Update with `pytest tests/tui/test_snapshots.py --snapshot-update` and look at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from observasi.core import changes as ch
from observasi.core.record import Evidence, FollowUp, StageMark, Status
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.record_parts import FollowUpDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from observasi.tui.screens.sheet_screen import SheetScreen
from tests.conftest import edit
from tests.waiting import wait_for_screen, wait_for_still_screen, wait_for_workers, wait_until

from .conftest import draft_of, make_context

WIDE = (100, 30)
SMALL = (80, 24)
LARGE = (120, 40)


def lesson_app(data_dir: Path, lang: str, status: Status) -> tuple[ObservasiApp, str]:
    """An app on a school with one lesson paused at 23 minutes (or over, for reflection)."""
    context = make_context(data_dir, lang)
    draft_of(context, teacher_index=1, day="2026-11-20")
    obs = draft_of(context)
    start = "2026-11-24T01:15:00Z"
    fields = {
        "status": status,
        "started_at": start,
        "paused_at": "2026-11-24T01:38:20Z",
        "stage_marks": [
            StageMark(stage="pendahuluan", at=start, minute=0),
            StageMark(stage="inti", at="2026-11-24T01:25:00Z", minute=10),
        ],
        "evidence": [
            Evidence(id="e1", at=start, minute=2, stage="pendahuluan", text="Guru membuka dengan salam dan doa."),
            Evidence(
                id="e2", at=start, minute=14, stage="inti", text="Siswa bekerja dalam kelompok.", indicator_id="I1"
            ),
        ],
        "tallies": {"tanya": 4},
    }
    if status is Status.reflecting:
        fields.update(
            paused_at=None,
            ended_at="2026-11-24T02:30:00Z",
            followups=[
                FollowUp(
                    id="f1",
                    action="Menyusun asesmen formatif",
                    measure="Ada exit ticket",
                    support="Contoh dari wakasek",
                    due="2026-12-15",
                )
            ],
            strengths="Apersepsi terarah.",
        )
    obs = obs.model_copy(update=fields)
    context.store.put_observation(obs)
    for indicator, level in (("R1", "4"), ("R2", "3"), ("I1", "3")):
        edit(context.store, obs.id, ch.Rate(indicator, level))
    return ObservasiApp(context), obs.id


def opener(obs_id: str | None, kind: type[Screen[Any]] = HomeScreen):
    """Wait until what the picture shows is all there: the screen, the home filters, the
    sync line in the header, the workers' results, and a screen that no longer changes."""

    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: len(home.query("#filters Select")) == 4, "the home filters")
        if obs_id is not None:
            app.open_observation(obs_id)  # type: ignore[attr-defined]
            await wait_for_screen(pilot, kind)
        app.refresh_sync_status()  # type: ignore[attr-defined]  # not waiting for its start-up timer
        await wait_until(pilot, lambda: app.sub_title, "the sync status line")
        await wait_for_workers(pilot)
        for widget in app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                # Textual 8's text area caches its lines by a key that, with the blink off, no
                # longer says whether the cursor was shown: a line drawn while the cursor was
                # blinked out would be reused. Turn the blink off, then drop the cached lines
                # (notify_style_update clears them) and repaint.
                widget.cursor_blink = False
                widget.notify_style_update()
                widget.refresh()
        await wait_for_still_screen(pilot)

    return run_before


@pytest.mark.parametrize(("lang", "size"), [("id", WIDE), ("en", SMALL), ("id", SMALL), ("id", LARGE)])
def test_home(snap_compare, school_dir: Path, lang: str, size: tuple[int, int]) -> None:
    app, _ = lesson_app(school_dir, lang, Status.observing)
    assert snap_compare(app, terminal_size=size, run_before=opener(None))


@pytest.mark.parametrize(("lang", "size"), [("id", WIDE), ("id", SMALL), ("en", WIDE), ("en", SMALL), ("id", LARGE)])
def test_live_observation(snap_compare, school_dir: Path, lang: str, size: tuple[int, int]) -> None:
    app, obs_id = lesson_app(school_dir, lang, Status.observing)
    assert snap_compare(app, terminal_size=size, run_before=opener(obs_id, ObservationScreen))


@pytest.mark.parametrize(("lang", "size"), [("id", WIDE), ("en", SMALL), ("id", SMALL), ("id", LARGE)])
def test_reflection(snap_compare, school_dir: Path, lang: str, size: tuple[int, int]) -> None:
    app, obs_id = lesson_app(school_dir, lang, Status.reflecting)
    assert snap_compare(app, terminal_size=size, run_before=opener(obs_id, ReflectionScreen))


@pytest.mark.parametrize(("lang", "size"), [("id", SMALL), ("id", LARGE)])
def test_sheet(snap_compare, school_dir: Path, lang: str, size: tuple[int, int]) -> None:
    app, obs_id = lesson_app(school_dir, lang, Status.reflecting)

    async def run_before(pilot: Pilot) -> None:
        await opener(None)(pilot)
        app.open(places.Sheet(obs_id))
        await wait_for_screen(pilot, SheetScreen)
        await wait_for_still_screen(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize(("lang", "size"), [("id", SMALL), ("id", WIDE)])
def test_followup_dialog(snap_compare, school_dir: Path, lang: str, size: tuple[int, int]) -> None:
    """All four fields and both buttons in sight, at 80x24 too (newcomer walk, 3 Dec)."""
    app, obs_id = lesson_app(school_dir, lang, Status.reflecting)

    async def run_before(pilot: Pilot) -> None:
        await opener(obs_id, ReflectionScreen)(pilot)
        reflection = app.screen
        assert isinstance(reflection, ReflectionScreen)
        reflection.edit_followup()
        await wait_for_screen(pilot, FollowUpDialog)
        for field in app.screen.query(Input):
            field.cursor_blink = False
        await wait_for_still_screen(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.fixture
def jakarta_time(monkeypatch: pytest.MonkeyPatch):
    """Times shown in Western Indonesian Time, whatever the machine's zone."""
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_versions(snap_compare, school_dir: Path, jakarta_time: None) -> None:
    """A record's version history at 80×24: the versions, and what the newest changed."""
    from observasi.tui.screens.versions_screen import VersionsScreen

    app, obs_id = lesson_app(school_dir, "id", Status.reflecting)
    store = app.context.store
    store.record_revision(obs_id)
    edit(store, obs_id, ch.Rate("R1", "2"), ch.SetNote("R1", "Tujuan ditulis di papan, dibaca bersama siswa."))
    store.record_revision(obs_id)
    rows = store.db.execute("select id from revisions where observation_id = ? order by rowid", [obs_id]).fetchall()
    for n, (revision_id,) in enumerate(rows):
        store.db.execute(
            "update revisions set created_at = ? where id = ?", [f"2026-11-24T0{2 + n}:1{n}:00Z", revision_id]
        )
    store.conn.commit()

    async def run_before(pilot: Pilot) -> None:
        await opener(None)(pilot)
        app.open(places.Versions(obs_id))
        await wait_for_screen(pilot, VersionsScreen)
        await wait_for_still_screen(pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)
