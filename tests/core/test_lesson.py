"""The record's rules, without a database: each change, the locks, the lesson clock, and
properties that must hold for any sequence of changes."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observasi.core import changes as ch
from observasi.core.form_loader import load_form
from observasi.core.forms import bundled_forms_dir
from observasi.core.lesson import ChangeRefused, apply, elapsed_seconds, stamp
from observasi.core.record import FollowUp, Observation, Person, content_hash
from observasi.core.scoring import score
from observasi.core.status import FollowUpStatus, Status
from observasi.errors import RecordLocked
from tests.conftest import FIXTURES

MINI = load_form(FIXTURES / "mini.toml").instrument
T0 = dt.datetime(2026, 11, 24, 1, 0, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def draft() -> Observation:
    return Observation(
        id="a" * 32,
        form_id=MINI.id,
        form_version=MINI.version,
        form_hash=MINI.content_hash(),
        teacher_id="t" * 32,
        teacher=Person(name="Siti Aminah"),
        observer_id="o" * 32,
        observer=Person(name="Budi Santoso"),
        date="2026-11-24",
        created_at=stamp(T0),
        updated_at=stamp(T0),
    )


def run(record: Observation, *steps: tuple[float, ch.Change], in_conflict: bool = False) -> Observation:
    for seconds, change in steps:
        record, _ = apply(record, MINI, change, now=at(seconds), in_conflict=in_conflict)
    return record


# -- the clock -----------------------------------------------------------------------------


def test_start_marks_the_first_stage_at_minute_zero() -> None:
    record, events = apply(draft(), MINI, ch.StartLesson("pendahuluan"), now=at(0))
    assert record.status is Status.observing and record.started_at == stamp(T0)
    assert [(m.stage, m.minute) for m in record.stage_marks] == [("pendahuluan", 0)]
    assert events == (ch.LessonStarted(),) and events[0].milestone
    with pytest.raises(ChangeRefused):
        apply(record, MINI, ch.StartLesson(), now=at(5))


def test_a_pause_is_left_out_of_the_lesson_time() -> None:
    record = run(draft(), (0, ch.StartLesson()), (600, ch.TogglePause()))
    assert record.paused_at == stamp(at(600))
    assert elapsed_seconds(record, at(900)) == 600  # the clock stands still while paused
    record = run(record, (900, ch.TogglePause()))
    assert record.paused_at is None and record.paused_seconds == 300
    assert elapsed_seconds(record, at(960)) == 660


def test_stages_are_marked_with_the_lesson_minute_and_stop_at_the_last() -> None:
    record = run(draft(), (0, ch.StartLesson()), (120, ch.TogglePause()), (420, ch.TogglePause()))
    record, events = apply(record, MINI, ch.NextStage(), now=at(900))
    assert events == (ch.StageMarked("inti", 10),)  # 15 minutes of clock, 5 of them paused
    record = run(record, (1500, ch.NextStage()))
    assert record.current_stage == "penutup"
    with pytest.raises(ChangeRefused):
        apply(record, MINI, ch.NextStage(), now=at(1600))


def test_ending_a_paused_lesson_keeps_the_time_at_the_pause() -> None:
    record = run(draft(), (0, ch.StartLesson()), (1800, ch.TogglePause()))
    record, events = apply(record, MINI, ch.EndLesson(), now=at(2400))
    assert record.status is Status.reflecting and record.paused_at is None
    assert elapsed_seconds(record, at(9999)) == 1800 and events == (ch.LessonEnded(30),)


def test_the_clock_keys_need_a_running_lesson() -> None:
    for change in (ch.TogglePause(), ch.NextStage(), ch.EndLesson()):
        with pytest.raises(ChangeRefused):
            apply(draft(), MINI, change, now=at(0))


# -- scores ------------------------------------------------------------------------------------


def test_a_score_keeps_the_note_and_touches_only_its_rating() -> None:
    record = run(draft(), (0, ch.SetNote("I1", "aktif")), (1, ch.Rate("R1", "3")))
    before = record
    record, events = apply(record, MINI, ch.Rate("I1", "4"), now=at(2))
    assert record.ratings["I1"].level == "4" and record.ratings["I1"].note == "aktif"
    assert record.ratings["R1"] is before.ratings["R1"]  # untouched parts are shared: the store writes one row
    assert record.evidence is before.evidence and events == (ch.Scored("I1"),)


def test_step_starts_at_an_end_of_the_scale_and_stays_inside_it() -> None:
    record = run(draft(), (0, ch.StepLevel("R1", 1)))
    assert record.ratings["R1"].level == "1"
    record = run(record, (1, ch.StepLevel("R1", -1)))
    assert record.ratings["R1"].level == "1"
    record = run(draft(), (0, ch.StepLevel("R2", -1)), (1, ch.StepLevel("R2", -1)))
    assert record.ratings["R2"].level == "3"


def test_clearing_a_score_without_a_note_removes_the_rating() -> None:
    record = run(draft(), (0, ch.Rate("R1", "2")), (1, ch.SetNote("R2", "x")), (2, ch.Rate("R2", "4")))
    record = run(record, (3, ch.ClearRating("R1")), (4, ch.ClearRating("R2")))
    assert "R1" not in record.ratings
    assert record.ratings["R2"].level is None and record.ratings["R2"].note == "x"


def test_unknown_indicators_levels_and_na_where_not_allowed_are_refused() -> None:
    for change in (ch.Rate("NOPE", "3"), ch.Rate("R1", "9"), ch.SetNote("NOPE", "x")):
        with pytest.raises(ChangeRefused):
            apply(draft(), MINI, change, now=at(0))
    pkg = load_form(bundled_forms_dir() / "pkg.toml").instrument
    assert pkg is not None and not pkg.scale.allow_na
    with pytest.raises(ChangeRefused):
        apply(draft(), pkg, ch.MarkNA(pkg.sections[0].indicators[0].id), now=at(0))


def test_the_digit_of_a_level_is_its_value_else_its_position() -> None:
    forms = {path.stem: load_form(path).instrument for path in bundled_forms_dir().glob("*.toml")}
    assert forms["pkg"].scale.digits() == {"0": "0", "1": "1", "2": "2"}
    assert forms["supervisi-akademik"].scale.digits() == {"1": "1", "2": "2", "3": "3", "4": "4"}
    assert forms["pmm-observasi-kelas"].scale.digits() == {"belum": "1", "belum_efektif": "2", "efektif": "3"}
    assert forms["pkg"].scale.level_for_digit("0").value == 0
    assert forms["pkg"].scale.level_for_digit("3") is None


# -- evidence, tallies ---------------------------------------------------------------------------


def test_evidence_is_stamped_with_the_minute_and_stage_it_was_typed_in() -> None:
    record = run(draft(), (0, ch.StartLesson()), (600, ch.NextStage()))
    typed = stamp(at(590))  # typed just before the stage changed, saved after it
    record, events = apply(record, MINI, ch.AddEvidence(" Guru bertanya ", "I1", at=typed, id="e" * 32), now=at(601))
    item = record.evidence[-1]
    assert (item.id, item.text, item.minute, item.stage, item.indicator_id) == (
        "e" * 32,
        "Guru bertanya",
        9,
        "pendahuluan",
        "I1",
    )
    assert events == (ch.EvidenceChanged(item, "I1"),)
    with pytest.raises(ChangeRefused):
        apply(record, MINI, ch.AddEvidence("   "), now=at(602))


def test_evidence_lines_are_edited_tagged_and_removed_by_id() -> None:
    record = run(draft(), (0, ch.AddEvidence("a", id="1" * 32)), (1, ch.AddEvidence("b", id="2" * 32)))
    record = run(record, (2, ch.TagLastEvidence("I2")), (3, ch.EditEvidence("1" * 32, "A")))
    assert [(e.text, e.indicator_id) for e in record.evidence] == [("A", None), ("b", "I2")]
    record = run(record, (4, ch.TagEvidence("2" * 32, None)), (5, ch.RemoveEvidence("1" * 32)))
    assert [(e.text, e.indicator_id) for e in record.evidence] == [("b", None)]
    with pytest.raises(ChangeRefused):
        apply(record, MINI, ch.EditEvidence("1" * 32, "gone"), now=at(6))


def test_tallies_count_and_never_go_below_zero() -> None:
    record, events = apply(draft(), MINI, ch.CountTally("tanya"), now=at(0))
    assert events == (ch.TallyCounted("tanya", 1),)
    record = run(record, (1, ch.CountTally("tanya", -5)))
    assert record.tallies == {"tanya": 0}
    with pytest.raises(ChangeRefused):
        apply(record, MINI, ch.CountTally("unknown"), now=at(2))


# -- details, follow-up, the end of the record's life -----------------------------------------------


def test_details_take_only_the_editable_fields_with_their_types() -> None:
    record = run(draft(), (0, ch.SetDetails({"topic": "Gerak", "students_present": 30})))
    assert (record.topic, record.students_present) == ("Gerak", 30)
    for fields in ({"status": "final"}, {"students_present": "tiga puluh"}, {"topic": 3}):
        with pytest.raises(ValueError):
            apply(record, MINI, ch.SetDetails(fields), now=at(1))


def test_finalise_hashes_the_record_it_locks() -> None:
    record, events = apply(draft(), MINI, ch.Finalise(), now=at(0))
    assert record.status is Status.final and events == (ch.Finalised(content_hash(record)),)


def test_a_final_record_refuses_every_change_but_an_amendment_and_follow_up_progress() -> None:
    item = FollowUp(id="f" * 32, action="Latihan")
    final = run(draft(), (0, ch.SaveFollowUp(item)), (1, ch.Acknowledge("Siti")), (2, ch.Finalise()))
    for change in (ch.Rate("R1", "3"), ch.AddEvidence("x"), ch.SetDetails({"topic": "x"}), ch.Finalise()):
        with pytest.raises(RecordLocked):
            apply(final, MINI, change, now=at(3))
    progressed, _ = apply(final, MINI, ch.SetFollowUpStatus(item.id, FollowUpStatus.done), now=at(4))
    assert progressed.followups[0].status is FollowUpStatus.done and progressed.updated_at == final.updated_at
    amended, events = apply(final, MINI, ch.Amend(" Salah skor ", "Budi"), now=at(5))
    assert amended.status is Status.reflecting and amended.finalized_at is None
    assert amended.amendments[0].previous_hash == content_hash(final) and amended.amendments[0].reason == "Salah skor"
    assert amended.acknowledgement is None, "the amended version waits for an acknowledgement of its own"
    assert events == (ch.Amended("Salah skor"),) and events[0].milestone
    for bad in (ch.Amend("  ", "Budi"),):
        with pytest.raises(ChangeRefused):
            apply(final, MINI, bad, now=at(6))
    with pytest.raises(ChangeRefused):
        apply(draft(), MINI, ch.Amend("x", "Budi"), now=at(6))


def test_a_record_in_conflict_refuses_every_change_until_resolved() -> None:
    with pytest.raises(RecordLocked):
        apply(draft(), MINI, ch.Rate("R1", "3"), now=at(0), in_conflict=True)
    with pytest.raises(RecordLocked):
        apply(draft(), MINI, ch.Finalise(), now=at(0), in_conflict=True)


# -- properties -------------------------------------------------------------------------------------

_INDICATORS = [ind.id for _, ind in MINI.indicators()]
_LEVELS = [level.key for level in MINI.scale.levels]

clock_changes = st.sampled_from([ch.TogglePause(), ch.NextStage(), ch.MarkStage("inti")])
score_changes = st.one_of(
    st.builds(ch.Rate, st.sampled_from(_INDICATORS), st.sampled_from(_LEVELS)),
    st.builds(ch.MarkNA, st.sampled_from(_INDICATORS)),
    st.builds(ch.ClearRating, st.sampled_from(_INDICATORS)),
    st.builds(ch.StepLevel, st.sampled_from(_INDICATORS), st.sampled_from([-1, 1])),
)
# (seconds since the previous change, change)
steps = st.lists(st.tuples(st.integers(0, 900), st.one_of(clock_changes, score_changes)), max_size=30)


def _apply_all(changes: list[tuple[int, ch.Change]]) -> list[tuple[dt.datetime, Observation]]:
    """The record after each change that applied (refused ones leave it as it was)."""
    record, _ = apply(draft(), MINI, ch.StartLesson(), now=T0)
    moment = T0
    out = [(moment, record)]
    for gap, change in changes:
        moment += dt.timedelta(seconds=gap)
        with contextlib.suppress(ChangeRefused):
            record, _ = apply(record, MINI, change, now=moment)
        out.append((moment, record))
    return out


@settings(max_examples=200, deadline=None)
@given(steps)
def test_elapsed_lesson_time_never_goes_backwards(changes: list[tuple[int, ch.Change]]) -> None:
    history = _apply_all(changes)
    last = 0
    for moment, record in history:
        # Read at the moment of the change and a little later: neither is ever less than before.
        for seen in (elapsed_seconds(record, moment), elapsed_seconds(record, moment + dt.timedelta(seconds=30))):
            assert seen >= last
        last = elapsed_seconds(record, moment)
    final_moment, final = history[-1]
    assert elapsed_seconds(final, final_moment) <= (final_moment - T0).total_seconds()


@settings(max_examples=200, deadline=None)
@given(steps, st.sampled_from(_INDICATORS))
def test_na_leaves_both_sums(changes: list[tuple[int, ch.Change]], indicator: str) -> None:
    _, record = _apply_all(changes)[-1]
    without = {k: v for k, v in record.ratings.items() if k != indicator}
    marked, _ = apply(record, MINI, ch.MarkNA(indicator), now=at(99999))
    before, after = score(MINI, without), score(MINI, marked.ratings)
    assert (after.obtained, after.maximum) == (before.obtained, before.maximum)
    if after.maximum:
        exact = Decimal(after.obtained) * 100 / after.maximum
        assert after.nilai == exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(score_changes, st.just(ch.AddEvidence("x")), st.just(ch.SetDetails({"topic": "y"})))))
def test_a_final_record_refuses_every_change_but_an_amendment(changes: list[ch.Change]) -> None:
    final, _ = apply(draft(), MINI, ch.Finalise(), now=T0)
    for change in changes:
        with pytest.raises(RecordLocked):
            apply(final, MINI, change, now=at(1))
    amended, _ = apply(final, MINI, ch.Amend("alasan", "Budi"), now=at(2))
    assert amended.status is Status.reflecting
