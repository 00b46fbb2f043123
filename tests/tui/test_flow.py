"""The whole cycle with the keyboard: new → score → evidence → tallies → reflect →
finalise → amend, checked in the database through a second connection."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Select, TextArea

from observasi.core import changes as ch
from observasi.core.record import Evidence, Status
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
from observasi.tui.dialogs.record_parts import FollowUpDialog, NoteDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.new_observation_screen import NewObservationScreen
from observasi.tui.screens.observation_screen import ObservationScreen
from observasi.tui.screens.record_screen import RecordScreen
from observasi.tui.screens.reflection_screen import ReflectionScreen
from tests.conftest import edit
from tests.waiting import notifications, wait_for_screen, wait_for_text, wait_until

from .conftest import fresh_store, make_context

SIZE = (100, 30)
AHMAD = f"{2:032d}"  # Ahmad Fauzi's id in the test school


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_a_whole_observation_from_new_to_amended(school_dir: Path) -> None:
    app = ObservasiApp(make_context(school_dir))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)

        # -- pra-observasi: pick the teacher by part of the name
        await pilot.press("n")
        new = await wait_for_screen(pilot, NewObservationScreen)
        await type_text(pilot, "fauz")
        matches = new.query_one("#teacher-matches", OptionList)

        def offered() -> bool:
            option = matches.highlighted_option if matches.display else None
            return new.query_one("#teacher", Input).value == "fauz" and option is not None and option.id == AHMAD

        await wait_until(pilot, offered, "Ahmad Fauzi offered for 'fauz'")
        await pilot.press("enter")
        await wait_until(pilot, lambda: new.teacher is not None, "the teacher picked")
        assert new.teacher is not None and new.teacher.name == "Ahmad Fauzi, S.Pd."
        new.query_one("#form", Select).value = "mini"
        new.query_one("#class_name", Input).focus()
        await type_text(pilot, "VIII B")
        new.query_one("#focus", Input).focus()
        await type_text(pilot, "Umpan balik")
        await pilot.press("ctrl+s")
        live = await wait_for_screen(pilot, ObservationScreen)
        obs_id = live.obs_id
        store = fresh_store(school_dir)
        saved = store.get_observation(obs_id)
        assert saved.status is Status.draft and saved.class_name == "VIII B" and saved.focus == "Umpan balik"
        assert saved.form_id == "mini" and saved.teacher.name == "Ahmad Fauzi, S.Pd."

        # -- planning scored before the lesson; the cursor starts on R1. Each key waits for
        # the one before: the next score lands where the screen moved the cursor.
        async def score(key: str, indicator: str, level: str | None, then_on: str) -> None:
            await pilot.press(key)

            def done() -> bool:
                rating = live.obs.ratings.get(indicator)
                scored = rating is not None and (rating.na if level is None else rating.level == level)
                return scored and live.indicators.current_id == then_on

            await wait_until(pilot, done, f"{indicator} = {level or 'N/A'}, then the cursor on {then_on}")

        await score("4", "R1", "4", then_on="R2")  # R1 = 4 moves on to R2
        for level in ("1", "2", "3"):  # R2: the first level, then up twice
            await score("right", "R2", level, then_on="R2")
        ratings = fresh_store(school_dir).get_observation(obs_id).ratings
        assert ratings["R1"].level == "4" and ratings["R2"].level == "3"

        # -- the lesson: start, stages, score the rest (the cursor skips section titles)
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: live.obs.status is Status.observing, "the lesson to start")
        await pilot.press("down")
        await wait_until(pilot, lambda: live.indicators.current_id == "I1", "the cursor on I1")
        await score("2", "I1", "2", then_on="I2")
        await score("minus", "I2", None, then_on="I3")
        await score("1", "I3", "1", then_on="I3")  # the last one: the cursor stays
        await pilot.press("enter")  # a note on I3
        await wait_for_screen(pilot, NoteDialog)
        await type_text(pilot, "Waktu habis")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ObservationScreen)
        await wait_until(pilot, lambda: live.obs.ratings["I3"].note == "Waktu habis", "the note on I3")
        await pilot.press("ctrl+n")  # inti
        await wait_until(pilot, lambda: len(live.obs.stage_marks) == 2, "the inti stage")
        # evidence: one plain line, one tagged to the focused indicator (I3)
        await pilot.press("slash")
        await type_text(pilot, "Guru membuka pelajaran")
        await pilot.press("enter")
        await wait_until(pilot, lambda: live.evidence_input.value == "" and live.obs.evidence, "the first line")
        await pilot.press("slash")  # Enter handed the keys back to the list
        await type_text(pilot, "Siswa bertanya")
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: len(live.obs.evidence) == 2, "the tagged line")
        await wait_until(pilot, lambda: live.indicators.has_focus, "the focus back on the list: tallies count")
        await pilot.press("g", "g", "g")
        await wait_until(pilot, lambda: live.obs.tallies.get("tanya") == 3, "three questions tallied")
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
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("enter")
        refl = await wait_for_screen(pilot, ReflectionScreen)
        assert fresh_store(school_dir).get_observation(obs_id).status is Status.reflecting
        assert isinstance(app.focused, TextArea) and app.focused.id == "q-Q1"
        await type_text(pilot, "Diskusi berjalan")
        refl.query_one("#strengths", TextArea).focus()
        await type_text(pilot, "Apersepsi kuat")
        refl.query_one("#improvements", TextArea).focus()
        await type_text(pilot, "Kelola waktu")
        await pilot.press("ctrl+g", "a")  # the follow-up table, then add
        dialog = await wait_for_screen(pilot, FollowUpDialog)
        for text, next_field in (
            ("Latihan penutup", "fu-measure"),
            ("Penutup 10 menit", "fu-support"),
            ("Guru senior", "fu-due"),
        ):
            await type_text(pilot, text)
            await pilot.press("enter")  # Enter goes on to the next field
            await wait_until(
                pilot, lambda f=next_field: dialog.focused is not None and dialog.focused.id == f, f"{next_field}"
            )
        await type_text(pilot, "15/12/2026")
        await pilot.press("enter")
        await wait_for_screen(pilot, ReflectionScreen)
        await wait_until(pilot, lambda: len(refl.obs.followups) == 1, "the follow-up saved")
        refl.query_one("#ack", Input).focus()
        await type_text(pilot, "Ahmad Fauzi")
        await pilot.press("enter")
        await wait_until(pilot, lambda: refl.obs.acknowledgement is not None, "the teacher's acknowledgement")
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.reflection == {"Q1": "Diskusi berjalan"}
        assert saved.strengths == "Apersepsi kuat" and saved.improvements == "Kelola waktu"
        assert [(f.action, f.measure, f.support, f.due) for f in saved.followups] == [
            ("Latihan penutup", "Penutup 10 menit", "Guru senior", "2026-12-15")
        ]
        assert saved.acknowledgement is not None and saved.acknowledgement.name == "Ahmad Fauzi"

        # -- finalise: the dialog lists nothing missing, Enter confirms
        await pilot.press("ctrl+s")
        confirm = await wait_for_screen(pilot, ConfirmDialog)
        lines = " ".join(str(w.render()) for w in confirm.query(".dialog-line"))
        assert "Semua indikator dinilai" in lines
        await pilot.press("enter")
        await wait_for_screen(pilot, RecordScreen)
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.status is Status.final and saved.finalized_at

        # -- amend: a reason is required, then the record is editable again
        said = notifications(app)
        await pilot.press("a")
        await wait_for_screen(pilot, TextPrompt)
        await type_text(pilot, "Salah ketik nama kelas")
        await pilot.press("enter")
        await wait_for_screen(pilot, ReflectionScreen)
        saved = fresh_store(school_dir).get_observation(obs_id)
        assert saved.status is Status.reflecting
        assert [a.reason for a in saved.amendments] == ["Salah ketik nama kelas"]
        assert saved.amendments[0].author == "Budi Santoso, M.Pd."
        await wait_until(pilot, lambda: any("Amandemen dibuka" in n for n in said), "the amendment said")
        assert not any("tempat lain" in n for n in said), said  # made here: no "changed elsewhere"
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
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        await wait_for_screen(pilot, ReflectionScreen)
        await pilot.press("ctrl+s")
        confirm = await wait_for_screen(pilot, ConfirmDialog)
        lines = " ".join(str(w.render()) for w in confirm.query(".dialog-line"))
        assert "5 indikator belum dinilai" in lines
        assert "belum memberi tanda terima" in lines
        await pilot.press("escape")
        await wait_for_screen(pilot, ReflectionScreen)
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
        await wait_for_screen(pilot, HomeScreen)
        app.open_observation(obs.id)
        await wait_for_screen(pilot, RecordScreen)
        await wait_for_text(pilot, "Siswa berdiskusi", "12'")
        # digits do not score here: nothing changes (the app has the keys once it shows the
        # help they end with)
        await pilot.press("4", "minus", "f1")
        await wait_for_screen(pilot, HelpScreen)
    assert fresh_store(school_dir).get_observation(obs.id).ratings["R1"].level == "3"
