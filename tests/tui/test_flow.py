"""The whole cycle with the keyboard: new → score → evidence → tallies → reflect →
finalise → amend, checked in the database through a second connection."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, TextArea

from observasi.core import changes as ch
from observasi.core.record import Evidence, Status
from observasi.tui.app import ObservasiApp
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit

from .conftest import fresh_store, make_context, screen_text

SIZE = (100, 30)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_a_whole_observation_from_new_to_amended(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

        # -- pra-observasi: pick the teacher by part of the name
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewObservationScreen)
        await type_text(pilot, "fauz")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.teacher is not None and app.screen.teacher.name == "Ahmad Fauzi, S.Pd."
        app.screen.query_one("#form", Select).value = "mini"
        app.screen.query_one("#class_name", Input).focus()
        await type_text(pilot, "VIII B")
        app.screen.query_one("#focus", Input).focus()
        await type_text(pilot, "Umpan balik")
        await pilot.press("ctrl+s")
        await pilot.pause()
        live = app.screen
        assert isinstance(live, ObservationScreen)
        obs_id = live.obs_id
        store = fresh_store(school_dir)
        saved = store.get_observation(obs_id)
        assert saved.status is Status.draft and saved.class_name == "VIII B" and saved.focus == "Umpan balik"
        assert saved.form_id == "mini" and saved.teacher.name == "Ahmad Fauzi, S.Pd."

        # -- planning scored before the lesson; the cursor starts on R1
        await pilot.press("4", "right", "right", "right")  # R1 = 4 moves on to R2; R2: first level then up twice = 3
        await pilot.pause()
        ratings = fresh_store(school_dir).get_observation(obs_id).ratings
        assert ratings["R1"].level == "4" and ratings["R2"].level == "3"

        # -- the lesson: start, stages, score the rest (the cursor skips section titles)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("down", "2", "minus", "1", "enter")  # I1 = 2, I2 = N/A, I3 = 1 (each moves on) + note
        await pilot.pause()
        await type_text(pilot, "Waktu habis")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+n")  # inti
        # evidence: one plain line, one tagged to the focused indicator (I3)
        await pilot.press("slash")
        await type_text(pilot, "Guru membuka pelajaran")
        await pilot.press("enter")
        await type_text(pilot, "Siswa bertanya")
        await pilot.press("ctrl+t")
        await pilot.press("escape")  # back to the list: tallies count
        await pilot.press("g", "g", "g")
        await pilot.pause()
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.status is Status.observing and saved.started_at
        assert [m.stage for m in saved.stage_marks] == ["pendahuluan", "inti"]
        assert {k: (r.level, r.na) for k, r in saved.ratings.items()} == {
            "R1": ("4", False),
            "R2": ("3", False),
            "I1": ("2", False),
            "I2": (None, True),
            "I3": ("1", False),
        }
        assert saved.ratings["I3"].note == "Waktu habis"
        assert [(e.text, e.indicator_id, e.stage) for e in saved.evidence] == [
            ("Guru membuka pelajaran", None, "inti"),
            ("Siswa bertanya", "I3", "inti"),
        ]
        assert all(e.minute == 0 for e in saved.evidence)
        assert saved.tallies == {"tanya": 3}
        assert "Terisi 5/5" in str(live.query_one("#live-score").render())

        # -- end the lesson (confirm) → reflection
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        refl = app.screen
        assert isinstance(refl, ReflectionScreen)
        assert fresh_store(school_dir).get_observation(obs_id).status is Status.reflecting
        assert isinstance(app.focused, TextArea) and app.focused.id == "q-Q1"
        await type_text(pilot, "Diskusi berjalan")
        refl.query_one("#strengths", TextArea).focus()
        await type_text(pilot, "Apersepsi kuat")
        refl.query_one("#improvements", TextArea).focus()
        await type_text(pilot, "Kelola waktu")
        await pilot.press("ctrl+g", "a")  # the follow-up table, then add
        await pilot.pause()
        await type_text(pilot, "Latihan penutup")
        await pilot.press("enter")
        await type_text(pilot, "Penutup 10 menit")
        await pilot.press("enter")
        await type_text(pilot, "Guru senior")
        await pilot.press("enter")
        await type_text(pilot, "15/12/2026")
        await pilot.press("enter")
        await pilot.pause()
        refl.query_one("#ack", Input).focus()
        await type_text(pilot, "Ahmad Fauzi")
        await pilot.press("enter")
        await pilot.pause()
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.reflection == {"Q1": "Diskusi berjalan"}
        assert saved.strengths == "Apersepsi kuat" and saved.improvements == "Kelola waktu"
        assert [(f.action, f.measure, f.support, f.due) for f in saved.followups] == [
            ("Latihan penutup", "Penutup 10 menit", "Guru senior", "2026-12-15")
        ]
        assert saved.acknowledgement is not None and saved.acknowledgement.name == "Ahmad Fauzi"

        # -- finalise: the dialog lists nothing missing, Enter confirms
        await pilot.press("ctrl+s")
        await pilot.pause()
        lines = " ".join(str(w.render()) for w in app.screen.query(".dialog-line"))
        assert "Semua indikator dinilai" in lines
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.status is Status.final and saved.finalized_at

        # -- amend: a reason is required, then the record is editable again
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Salah ketik nama kelas")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.status is Status.reflecting
        assert [a.reason for a in saved.amendments] == ["Salah ketik nama kelas"]
        assert saved.amendments[0].author == "Budi Santoso, M.Pd."
        revisions = fresh_store(school_dir).revisions(obs_id)
        assert any(r.payload["status"] == "final" for r in revisions)


async def test_finalise_lists_what_is_missing_and_cancel_keeps_it_open(school_dir: Path) -> None:
    from .conftest import draft_of

    context = make_context(school_dir)
    obs = draft_of(context)
    edit(context.store, obs.id, ch.StartLesson("pendahuluan"))
    edit(context.store, obs.id, ch.EndLesson())
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_observation(obs.id)
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        lines = " ".join(str(w.render()) for w in app.screen.query(".dialog-line"))
        assert "5 indikator belum dinilai" in lines
        assert "belum memberi tanda terima" in lines
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
    assert fresh_store(school_dir).get_observation(obs.id).status is Status.reflecting


async def test_a_final_record_opens_read_only(school_dir: Path) -> None:
    from .conftest import draft_of

    context = make_context(school_dir)
    obs = draft_of(context)
    edit(context.store, obs.id, ch.Rate("R1", "3"))
    # A line written at minute 12 of the lesson (set directly: the clock of this test is not 12 minutes long).
    line = Evidence(minute=12, stage="inti", text="Siswa berdiskusi", indicator_id="I1")
    context.store.put_observation(context.store.get_observation(obs.id).model_copy(update={"evidence": [line]}))
    edit(context.store, obs.id, ch.Finalise())
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_observation(obs.id)
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        text = screen_text(app)
        assert "Siswa berdiskusi" in text and "12'" in text
        # digits do not score here: nothing changes
        await pilot.press("4", "minus")
        await pilot.pause()
    assert fresh_store(school_dir).get_observation(obs.id).ratings["R1"].level == "3"
