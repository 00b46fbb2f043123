"""What needs attention: planned this week, not yet observed this semester, follow-ups
overdue and due, conflicts; follow-ups marked done with a note and a day; periods."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.period import Period
from observasi.core.record import FollowUp, FollowUpStatus, Observation, Status, content_hash
from observasi.errors import UserError
from observasi.store.models import Observer, Teacher
from observasi.store.store import Store
from observasi.year.coverage import AttentionCounts, attention_counts, coverage
from observasi.year.followups import find_followup, mark_done
from tests.cli.helpers import observasi
from tests.conftest import edit

TODAY = dt.date(2026, 11, 25)  # a Wednesday in Ganjil 2026/2027


def _teacher(store: Store, name: str) -> Teacher:
    return store.save_teacher(Teacher(name=name))


def _obs(
    store: Store,
    inst: Instrument,
    teacher: Teacher,
    day: str,
    status: Status = Status.draft,
    followups: list[FollowUp] | None = None,
) -> Observation:
    observer = store.save_observer(Observer(id="1" * 32, name="Budi Santoso"))
    obs = Observation(
        form_id=inst.id,
        form_version=inst.version,
        form_hash="",
        teacher_id=teacher.id,
        teacher=teacher.as_person(),
        observer_id=observer.id,
        observer=observer.as_person(),
        subject="IPA",
        date=day,
        status=status,
        followups=followups or [],
    )
    return store.create_observation(obs, inst)


@pytest.fixture
def school(store: Store, mini_form: Instrument) -> dict[str, Observation]:
    ani, budi, citra, dodi = (_teacher(store, n) for n in ("Ani", "Budi", "Citra", "Dodi"))
    late = FollowUp(action="Asesmen formatif", due="2026-11-20")
    soon = FollowUp(action="Diferensiasi", due="2026-11-30")
    later = FollowUp(action="Komunitas belajar", due="2026-12-20")
    return {
        # Ani: observed in September, with three follow-ups.
        "ani": _obs(store, mini_form, ani, "2026-09-10", Status.final, [late, soon, later]),
        # Budi: lesson held yesterday, reflection under way: observed.
        "budi": _obs(store, mini_form, budi, "2026-11-24", Status.reflecting),
        # Citra: a draft for Friday this week: planned, not yet observed.
        "citra": _obs(store, mini_form, citra, "2026-11-27"),
        # Dodi: only observed last semester.
        "dodi": _obs(store, mini_form, dodi, "2026-03-02", Status.final),
    }


def test_coverage_says_what_is_planned_who_is_not_observed_and_what_is_due(
    store: Store, school: dict[str, Observation]
) -> None:
    found = coverage(store, TODAY)
    assert (found.week_start, found.week_end) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert found.period.semester == "2026-1"
    assert [r.teacher_name for r in found.planned] == ["Citra"]
    assert [(r.name, r.planned) for r in found.not_observed] == [("Citra", "2026-11-27"), ("Dodi", None)]
    assert (found.teachers, found.observed) == (4, 2)
    assert [r.action for r in found.overdue] == ["Asesmen formatif"]
    assert [r.action for r in found.due] == ["Diferensiasi"]  # 20 December is more than a week away
    assert found.conflicts == []

    store.set_conflict(school["budi"].id, ["a" * 32, "b" * 32])
    again = coverage(store, TODAY)
    assert [(c.teacher_name, c.versions) for c in again.conflicts] == [("Budi", 2)]


def test_the_home_screens_numbers_are_the_lists_counted(store: Store, school: dict[str, Observation]) -> None:
    """The panel counts in SQL what the attention screen lists: the same numbers, also
    after a conflict and a deleted record (whose follow-ups no longer count)."""
    assert (
        attention_counts(store, TODAY)
        == coverage(store, TODAY).counts
        == AttentionCounts(planned=1, not_observed=2, teachers=4, overdue=1, due=1, conflicts=0)
    )
    store.set_conflict(school["budi"].id, ["a" * 32, "b" * 32])
    assert attention_counts(store, TODAY) == coverage(store, TODAY).counts
    store.delete_observation(school["ani"].id)
    after = attention_counts(store, TODAY)
    assert (after.overdue, after.due, after.conflicts) == (0, 0, 1)
    assert after == coverage(store, TODAY).counts


def test_finishing_a_lesson_takes_the_teacher_off_the_list(store: Store, school: dict[str, Observation]) -> None:
    citra = school["citra"].id
    edit(store, citra, ch.StartLesson(), ch.EndLesson())
    found = coverage(store, TODAY)
    assert [r.name for r in found.not_observed] == ["Dodi"]
    assert found.planned == []  # no longer a plan: the lesson was held


def test_a_follow_up_marked_done_keeps_its_note_and_day_and_leaves_the_list(
    store: Store, school: dict[str, Observation], data_dir: Path
) -> None:
    ani = school["ani"]
    item = find_followup(store, ani.id, "1")
    saved = mark_done(store, ani.id, item.id, "  Exit ticket di 4 pertemuan  ", "21/11/2026")
    assert (saved.status, saved.done_on, saved.done_note) == (
        FollowUpStatus.done,
        "2026-11-21",
        "Exit ticket di 4 pertemuan",
    )
    reopened = Store(data_dir)
    try:
        stored = reopened.get_observation(ani.id).followups[0]
        assert (stored.status, stored.done_on, stored.done_note) == ("done", "2026-11-21", "Exit ticket di 4 pertemuan")
    finally:
        reopened.close()
    assert coverage(store, TODAY).overdue == []
    # Back to open: the day goes, the note stays (nothing typed is dropped).
    edit(store, ani.id, ch.SetFollowUpStatus(item.id, FollowUpStatus.open))
    back = store.get_observation(ani.id).followups[0]
    assert (back.status, back.done_on, back.done_note) == ("open", None, "Exit ticket di 4 pertemuan")


def test_a_done_day_in_the_future_or_unreadable_is_refused(store: Store, school: dict[str, Observation]) -> None:
    ani = school["ani"]
    item = ani.followups[0]
    future = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    with pytest.raises(UserError, match="belum tiba"):
        mark_done(store, ani.id, item.id, "", future)
    with pytest.raises(UserError, match="besok lusa"):
        mark_done(store, ani.id, item.id, "", "besok lusa")
    assert store.get_observation(ani.id).followups[0].status == FollowUpStatus.open
    with pytest.raises(UserError, match="ada 3 butir"):
        find_followup(store, ani.id, "7")


def test_records_made_before_the_done_fields_keep_their_content_hash(school: dict[str, Observation]) -> None:
    """The done fields stay out of the record's JSON while empty: a sheet signed before
    they existed still matches its record."""
    ani = school["ani"]
    payload = ani.model_dump(mode="json")
    assert all("done_on" not in f and "done_note" not in f for f in payload["followups"])
    assert content_hash(ani) == content_hash(Observation.model_validate(payload))


def test_periods_people_report_in() -> None:
    assert Period.preset("2026") == Period.of_year(2026)
    assert (Period.of_year(2026).start, Period.of_year(2026).end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert Period.of_year("2026").label() == "Tahun 2026 (1 Januari 2026 - 31 Desember 2026)"
    assert Period.of_year(2026).file_stem() == "2026"
    assert Period.preset("Tahun 2026").year == 2026
    assert Period.preset("Ganjil 2026/2027").semester == "2026-1"
    assert Period.preset("ganjil 2026").semester == "2026-1"
    assert Period.preset("Genap 2025/2026").semester == "2025-2"
    assert Period.preset("Genap 2026").start == dt.date(2026, 1, 1)  # the one within 2026
    assert Period.preset("2026-2").start == dt.date(2027, 1, 1)
    with pytest.raises(UserError, match="semester"):
        Period.preset("kemarin")


def test_coverage_and_followup_done_on_the_command_line(
    capsys: pytest.CaptureFixture[str], store: Store, school: dict[str, Observation], data_dir: Path
) -> None:
    result = observasi(capsys, "--data-dir", str(data_dir), "coverage", "--today", "2026-11-25")
    assert result.code == 0, result.err
    assert "Ganjil 2026/2027 (1 Juli 2026 - 31 Desember 2026): 2 dari 4 guru sudah diobservasi" in result.out
    assert "Tindak lanjut lewat batas: 1" in result.out and "Asesmen formatif" in result.out
    assert "Belum diobservasi semester ini: 2" in result.out and "Citra  (direncanakan 2026-11-27)" in result.out

    ani = school["ani"].id
    done = observasi(
        capsys, "--data-dir", str(data_dir), "followup", "done", ani[:8], "1", "--note", "Sudah", "--date", "2026-11-24"
    )
    assert done.code == 0, done.err
    assert "Selesai 2026-11-24: Asesmen formatif" in done.out

    as_json = observasi(capsys, "--data-dir", str(data_dir), "coverage", "--json", "--today", "2026-11-25")
    data = json.loads(as_json.out)
    assert data["followups_overdue"] == []
    assert [d["action"] for d in data["followups_due"]] == ["Diferensiasi"]
    assert [d["teacher"] for d in data["not_observed"]] == ["Citra", "Dodi"]

    wrong = observasi(capsys, "--data-dir", str(data_dir), "followup", "done", ani[:8], "9")
    assert wrong.code == 2 and "tidak ada butir tindak lanjut '9'" in wrong.err


def test_recap_of_a_calendar_year(
    capsys: pytest.CaptureFixture[str], store: Store, school: dict[str, Observation], data_dir: Path
) -> None:
    result = observasi(capsys, "--data-dir", str(data_dir), "recap", "--year", "2026")
    assert result.code == 0, result.err
    assert "Tahun 2026 (1 Januari 2026 - 31 Desember 2026)" in result.out
    both = observasi(capsys, "--data-dir", str(data_dir), "recap", "--year", "2026", "--semester", "2026-1")
    assert both.code == 2


def test_the_school_recap_has_the_coverage_table(store: Store, school: dict[str, Observation]) -> None:
    from observasi.recap.school import build_recap
    from observasi.recap.tables import recap_tables

    recap = build_recap(store, Period.of_semester("2026-1"))
    table = next(t for t in recap_tables(recap) if t.key == "coverage")
    assert [row[1:] for row in table.rows] == [
        ["Citra", 0, "", "2026-11-27", "belum disupervisi"],
        ["Dodi", 0, "", "", "belum disupervisi"],
        ["Ani", 1, "2026-09-10", "", "sudah disupervisi"],
        ["Budi", 1, "2026-11-24", "", "sudah disupervisi"],
    ]


def test_a_begun_draft_is_counted_once_not_as_not_yet_observed(store: Store, school: dict[str, Observation]) -> None:
    """The walk: a draft with scores already given counted as "Terjadwal minggu ini: 1" and
    its teacher as "Belum diobs." too. Begun, the teacher is being observed: the draft
    counts once, as this week's lesson."""
    edit(store, school["citra"].id, ch.Rate("R1", "3"))
    found = coverage(store, TODAY)
    assert [r.teacher_name for r in found.planned] == ["Citra"]
    assert [r.name for r in found.not_observed] == ["Dodi"]
    assert attention_counts(store, TODAY) == found.counts
    assert (found.counts.planned, found.counts.not_observed) == (1, 1)


def test_the_coverage_column_says_what_it_counts_in_the_recaps_words(
    store: Store, school: dict[str, Observation]
) -> None:
    """Round 10's walk: the column read "Observasi terlaksana" (Observasi is the status of a
    lesson under way, which it does not count) under a line that says observed means a lesson
    held, reflecting or final: the title says the same."""
    from observasi.recap.school import build_recap
    from observasi.recap.tables import heading_lines, recap_tables

    recap = build_recap(store, Period.of_semester("2026-1"))
    table = next(t for t in recap_tables(recap) if t.key == "coverage")
    title = table.header[2]
    assert title == "Pelajaran terlaksana (refleksi/final)", title
    observed = dict(heading_lines(recap))["Guru diobservasi"]
    assert "pelajaran terlaksana" in observed and "refleksi atau final" in observed, observed
