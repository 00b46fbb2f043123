"""A programme changed on two laptops since a common version: what one side changed alone
is kept without asking, a row one side added is never dropped, and the parts both changed
differently wait for a person, who sees both in full and chooses per field or per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.programme import Programme, ScheduleRow, new_programme, programme_hash, update_row
from observasi.core.programme_merge import merge, resolve
from observasi.settings import Settings
from observasi.store.models import Observer, School, Teacher
from observasi.sync import service
from observasi.sync.programme_versions import programme_clash, resolve_clash
from observasi.year import programme as programmes
from tests.privacy.enrolled import join

ROWS = [ScheduleRow(teacher_id=f"t{i}", teacher_name=f"Guru {i}", week="2026-08-03", observer="Budi") for i in range(3)]


def _base() -> Programme:
    return new_programme("2026-1").model_copy(update={"schedule": ROWS})


def test_changes_on_one_side_each_are_both_kept_and_the_result_is_the_same_either_way() -> None:
    base = _base()
    a = base.model_copy(update={"purpose": "Tujuan baru dari A"})
    a = update_row(a, ROWS[0].id, week="2026-08-10")
    b = update_row(base, ROWS[0].id, focus="Diferensiasi")  # the same row, another field
    b = b.model_copy(update={"schedule": [*b.schedule, ScheduleRow(teacher_id="t9", teacher_name="Guru Baru")]})
    ab = merge(base, a, b, programme_hash(a), programme_hash(b))
    ba = merge(base, b, a, programme_hash(b), programme_hash(a))
    assert ab.clean and ba.clean
    assert programme_hash(ab.merged) == programme_hash(ba.merged)  # both laptops make the same version
    merged = ab.merged
    assert merged.purpose == "Tujuan baru dari A"
    row = next(r for r in merged.schedule if r.teacher_id == "t0")
    assert (row.week, row.focus) == ("2026-08-10", "Diferensiasi")
    assert "t9" in {r.teacher_id for r in merged.schedule}  # added on one side: kept
    assert merged.based_on == sorted([programme_hash(a), programme_hash(b)])


def test_parts_both_changed_differently_are_for_a_person_to_choose() -> None:
    base = _base()
    a = update_row(base.model_copy(update={"purpose": "Versi A"}), ROWS[1].id, focus="Fokus A")
    b = update_row(base.model_copy(update={"purpose": "Versi B"}), ROWS[1].id, focus="Fokus B")
    b = b.model_copy(update={"targets": "Sasaran B"})  # only B: taken without asking
    result = merge(base, a, b, programme_hash(a), programme_hash(b))
    assert sorted(c.key for c in result.clashes) == ["purpose", "row:t1"]
    assert result.taken == ["targets"]
    assert result.merged.purpose == "Versi A"  # this laptop's until a person chooses
    chosen = resolve(result, b, {"purpose": "theirs", "row:t1": "ours"})
    assert (chosen.purpose, chosen.targets) == ("Versi B", "Sasaran B")
    assert next(r for r in chosen.schedule if r.teacher_id == "t1").focus == "Fokus A"


def test_a_row_taken_out_on_one_side_and_changed_on_the_other_is_asked() -> None:
    base = _base()
    a = base.model_copy(update={"schedule": ROWS[1:]})  # t0 taken out
    b = update_row(base, ROWS[0].id, focus="Masih direncanakan")
    result = merge(base, a, b, programme_hash(a), programme_hash(b))
    assert [c.key for c in result.clashes] == ["row:t0"] and result.clashes[0].ours is None
    kept = resolve(result, b, {"row:t0": "theirs"})
    assert "t0" in {r.teacher_id for r in kept.schedule}
    # Taken out on one side and unchanged on the other: out, without asking.
    quiet = merge(base, a, base.model_copy(update={"purpose": "x"}), "a", "b")
    assert quiet.clean and "t0" not in {r.teacher_id for r in quiet.merged.schedule}


# -- two laptops through the shared folder ---------------------------------------------------------


def _laptop(tmp_path: Path, name: str) -> AppContext:
    return AppContext(Settings(data_dir=tmp_path / name))


def _school(tmp_path: Path, form: Instrument) -> tuple[AppContext, AppContext, Path]:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = _laptop(tmp_path, "lapA"), _laptop(tmp_path, "lapB")
    store = a.store
    store.remember_form(form)
    for name in ("Siti Aminah", "Ahmad Fauzi", "Dewi Lestari"):
        store.save_teacher(Teacher(name=name))
    me = store.save_observer(Observer(name="Budi Santoso"))
    store.set_setting("self_observer_id", me.id)
    service.sync(a, shared)
    join(a, b, shared)
    return a, b, shared


def _held(context: AppContext) -> Programme:
    found = context.store.programme_of("2026-1")
    assert found is not None
    return found


def test_two_laptops_change_the_programme_and_nothing_is_dropped(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path, mini_form)
    planned = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 2)
    service.sync(a, shared)
    service.sync(b, shared)
    assert programme_hash(_held(b)) == programme_hash(planned)  # the common version

    # A moves Siti and rewrites the purpose; B writes a focus for Ahmad and adds a teacher's row.
    siti = next(r for r in planned.schedule if r.teacher_name == "Siti Aminah")
    ahmad = next(r for r in planned.schedule if r.teacher_name == "Ahmad Fauzi")
    programmes.move(a, _held(a), siti.id, dt.date(2026, 12, 9), exact_day=True)
    programmes.save(a, _held(a).model_copy(update={"purpose": "Tujuan versi laptop A"}))
    theirs = update_row(_held(b), ahmad.id, focus="Pembelajaran berdiferensiasi")
    new_row = ScheduleRow(teacher_id="x" * 32, teacher_name="Guru Tamu", week="2026-12-07")
    programmes.save(b, theirs.model_copy(update={"schedule": [*theirs.schedule, new_row]}))

    for context in (a, b, a, b):
        assert service.sync(context, shared).problems == []
    held_a, held_b = _held(a), _held(b)
    assert programme_hash(held_a) == programme_hash(held_b)  # both laptops hold the same version
    assert held_a.purpose == "Tujuan versi laptop A"
    rows = {r.teacher_name: r for r in held_a.schedule}
    assert rows["Siti Aminah"].planned_date == "2026-12-09"
    assert rows["Ahmad Fauzi"].focus == "Pembelajaran berdiferensiasi"
    assert "Guru Tamu" in rows  # added on B only: kept
    assert a.store.programme_clashes() == {} and b.store.programme_clashes() == {}


def test_a_clash_is_shown_in_full_and_the_choice_travels(tmp_path: Path, mini_form: Instrument) -> None:
    a, b, shared = _school(tmp_path, mini_form)
    planned = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 2)
    service.sync(a, shared)
    service.sync(b, shared)
    dewi = next(r for r in planned.schedule if r.teacher_name == "Dewi Lestari")
    programmes.save(a, update_row(_held(a), dewi.id, focus="Asesmen formatif").model_copy(update={"targets": "A"}))
    programmes.save(b, update_row(_held(b), dewi.id, focus="Literasi").model_copy(update={"supervisor_name": "Dr. N"}))
    service.sync(a, shared)
    service.sync(b, shared)
    service.sync(a, shared)

    # Each laptop keeps its own version until a person decides; what only the other
    # changed is said, and taken with the choice.
    assert next(r for r in _held(a).schedule if r.teacher_name == "Dewi Lestari").focus == "Asesmen formatif"
    clash = programme_clash(a.store, _held(a))
    assert clash is not None and clash.laptop.startswith("laptop lain")  # B started no record
    assert clash.taken == ["Pengawas sekolah (Mengetahui)"]
    assert [(p.label, p.ours.split(" · ")[-1], p.theirs.split(" · ")[-1]) for p in clash.parts] == [
        ("Jadwal: Dewi Lestari", "Fokus: Asesmen formatif", "Fokus: Literasi")
    ]
    assert programme_clash(b.store, _held(b)) is not None  # B is asked too, until the choice arrives
    # What needs attention says so on both laptops (the home screen's conflicts, `coverage`).
    from observasi.year.coverage import coverage

    found = coverage(a.store, dt.date(2026, 12, 1))
    assert found.programme_clashes == ["2026-1"] and found.needs_attention
    assert found.as_json()["programme_conflicts"] == [{"semester": "2026-1"}]

    chosen = resolve_clash(a.store, _held(a), {"row:" + dewi.teacher_id: "theirs"})
    assert a.store.programme_clashes() == {}
    service.sync(a, shared)
    service.sync(b, shared)
    assert b.store.programme_clashes() == {}
    assert coverage(b.store, dt.date(2026, 12, 1)).programme_clashes == []
    assert programme_hash(_held(b)) == programme_hash(chosen)
    assert next(r for r in _held(b).schedule if r.teacher_name == "Dewi Lestari").focus == "Literasi"
    assert (_held(b).targets, _held(b).supervisor_name) == ("A", "Dr. N")  # each side's own change kept


async def test_the_planner_shows_both_versions_and_saves_the_choice(tmp_path: Path, mini_form: Instrument) -> None:
    from textual.widgets import Static

    from observasi.core.dates import semester_of
    from observasi.tui.app import ObservasiApp
    from observasi.tui.dialogs.programme_clash import ProgrammeClashScreen
    from observasi.tui.screens.attention_screen import AttentionScreen
    from observasi.tui.screens.home_screen import HomeScreen
    from observasi.tui.screens.programme_screen import ProgrammeScreen
    from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

    a, b, shared = _school(tmp_path, mini_form)
    today = dt.date.today()
    semester = semester_of(today)
    planned = programmes.plan(a, programmes.programme_for(a, semester), today, 1)
    service.sync(a, shared)
    service.sync(b, shared)
    siti = next(r for r in planned.schedule if r.teacher_name == "Siti Aminah")
    held_a, held_b = a.store.programme_of(semester), b.store.programme_of(semester)
    assert held_a is not None and held_b is not None
    programmes.save(a, held_a.model_copy(update={"purpose": "Tujuan A: literasi"}))
    programmes.save(b, update_row(held_b, siti.id, focus="Numerasi").model_copy(update={"purpose": "Tujuan B"}))
    service.sync(b, shared)
    service.sync(a, shared)

    a.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    app = ObservasiApp(a)
    async with app.run_test(size=(80, 24)) as pilot:
        home = await wait_for_screen(pilot, HomeScreen)
        await wait_until(pilot, lambda: "Konflik: 1" in screen_text(app), "the conflict counted on the home screen")
        home.query_one("#observations").focus()
        # The planner says so, and k shows both versions.
        await pilot.press("j")
        planner = await wait_for_screen(pilot, ProgrammeScreen)
        summary = planner.query_one("#programme-summary", Static)
        await wait_until(pilot, lambda: "diubah di dua laptop: 1 bagian" in str(summary.content), "the clash said")
        await pilot.press("k")
        await wait_for_screen(pilot, ProgrammeClashScreen)
        shown = screen_text(app)
        assert "Diambil dari B: Jadwal: Siti Aminah" in shown  # B's focus: merged without asking
        assert "Tujuan A: literasi" in shown and "Tujuan B" in shown  # both in full
        await pilot.press("escape")  # later: nothing changes
        await wait_for_screen(pilot, ProgrammeScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        # What needs attention (4) lists it among the conflicts; Enter opens the choice.
        home.query_one("#observations").focus()
        await pilot.press("4")
        attention = await wait_for_screen(pilot, AttentionScreen)
        await wait_until(pilot, lambda: "Program supervisi" in screen_text(app), "the programme's row")
        await pilot.press("enter")
        await wait_for_screen(pilot, ProgrammeClashScreen)
        said = notifications(app)
        await pilot.press("ctrl+s")  # nothing chosen yet: refused, naming the part
        await wait_until(pilot, lambda: any("Pilih A atau B untuk: Tujuan" in s for s in said), "the refusal")
        await pilot.press("a", "B", "ctrl+s")  # A for the purpose, then B for every part
        await wait_for_screen(pilot, AttentionScreen)
        await wait_until(pilot, lambda: "Program supervisi" not in screen_text(app), "the clash gone")
        assert attention.found is not None and attention.found.programme_clashes == []
    held = a.store.programme_of(semester)
    assert held is not None and held.purpose == "Tujuan B"
    assert next(r for r in held.schedule if r.teacher_name == "Siti Aminah").focus == "Numerasi"


def test_coverage_on_the_command_line_names_the_programme_waiting(
    tmp_path: Path, mini_form: Instrument, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.cli.helpers import observasi

    a, b, shared = _school(tmp_path, mini_form)
    programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 2)
    service.sync(a, shared)
    service.sync(b, shared)
    programmes.save(a, _held(a).model_copy(update={"purpose": "A"}))
    programmes.save(b, _held(b).model_copy(update={"purpose": "B"}))
    service.sync(a, shared)
    synced = observasi(capsys, "--data-dir", str(b.settings.data_dir), "sync")
    assert "Program supervisi Ganjil 2026/2027 diubah berbeda di dua laptop: pilih versinya" in synced.out
    printed = observasi(capsys, "--data-dir", str(b.settings.data_dir), "coverage")
    assert "Program diubah di dua laptop, menunggu pilihan (buka Program & jadwal, tombol k): 1" in printed.out
    assert "  Program supervisi Ganjil 2026/2027" in printed.out


def test_two_laptops_that_each_made_the_semesters_programme_end_with_one(tmp_path: Path, mini_form: Instrument) -> None:
    """Before they ever synced, A planned the semester and B wrote its purpose: each made a
    programme of its own. After syncing both hold one programme (the same), with A's rows
    and, once a person chose, B's purpose; nothing either typed was dropped silently."""
    a, b, shared = _school(tmp_path, mini_form)
    planned = programmes.plan(a, programmes.programme_for(a, "2026-1"), dt.date(2026, 11, 30), 2)
    mine = programmes.programme_for(b, "2026-1")
    assert mine.id != planned.id
    programmes.save(b, mine.model_copy(update={"purpose": "Tujuan dari laptop B", "supervisor_name": "Dr. N"}))
    for context in (a, b, a, b):
        assert service.sync(context, shared).problems == []
    for context in (a, b):
        held = context.store.programmes()
        waiting = context.store.programme_clashes()
        shown = _held(context)
        assert shown.id == min(planned.id, mine.id) and list(waiting) == [shown.id]  # the planner asks
        clash = programme_clash(context.store, shown)
        assert clash is not None and [p.key for p in clash.parts] == ["purpose"]
        assert {p.semester for p in held} == {"2026-1"}
    chosen = resolve_clash(a.store, _held(a), {"purpose": "theirs" if _held(a).id == planned.id else "ours"})
    assert chosen.purpose == "Tujuan dari laptop B"
    service.sync(a, shared)
    service.sync(b, shared)
    for context in (a, b):
        held = context.store.programmes()
        assert len(held) == 1 and programme_hash(held[0]) == programme_hash(chosen)
        assert [r.teacher_name for r in held[0].schedule] == [r.teacher_name for r in planned.schedule]
        assert held[0].supervisor_name == "Dr. N" and context.store.programme_clashes() == {}
