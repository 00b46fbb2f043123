"""A teacher's history, its chart and the follow-ups carried to the next observation."""

from __future__ import annotations

from decimal import Decimal

from observasi.core import changes as ch
from observasi.recap.history import bar, build_history, nilai_chart, open_followups
from tests.conftest import edit
from tests.recap.conftest import MiniSchool


def test_every_observation_oldest_first_with_nilai(school: MiniSchool) -> None:
    history = build_history(school.store, school.budi.id)
    assert [(e.date, e.status, e.nilai) for e in history.entries] == [
        ("2026-09-01", "final", Decimal("56.25")),
        ("2026-11-20", "draft", None),
        ("2026-11-21", "reflecting", Decimal("100.00")),  # only R1 scored: provisional
    ]
    assert history.entries[2].provisional and not history.entries[0].provisional
    assert len(history.finals) == 1


def test_section_trend_over_final_observations(school: MiniSchool) -> None:
    history = build_history(school.store, school.ani.id)
    trends = {t.section_id: t for t in history.trends}
    # rencana: R1+R2 = 5 of 8 then 7 of 8; inti: 11 of 12 both times
    assert trends["rencana"].points == [("2026-08-10", Decimal("62.50")), ("2026-10-05", Decimal("87.50"))]
    assert trends["rencana"].change == Decimal("25.00")
    assert trends["inti"].change == Decimal("0.00")


def test_followups_of_the_last_observation_and_the_open_ones(school: MiniSchool) -> None:
    history = build_history(school.store, school.ani.id)
    assert history.followups_of is not None and history.followups_of.id == school.ani_second.id
    assert [(f.action, f.status) for f in history.followups] == [
        ("Menyusun asesmen formatif", "done"),
        ("Mengatur waktu penutup", "open"),
    ]
    previous = open_followups(school.store, school.ani.id)
    assert previous is not None and previous.observation_id == school.ani_second.id
    assert [f.action for f in previous.items] == ["Mengatur waktu penutup"]
    # a status changed later shows in the history
    item = history.followups[1]
    edit(school.store, school.ani_second.id, ch.SetFollowUpStatus(item.id, "in_progress"))
    assert build_history(school.store, school.ani.id).followups[1].status == "in_progress"
    # the observation being started is not its own "previous"
    earlier = open_followups(school.store, school.ani.id, exclude_id=school.ani_second.id)
    assert earlier is not None and earlier.observation_id == school.ani_first.id and earlier.items == []


def test_no_previous_observation_no_followups(school: MiniSchool) -> None:
    from observasi.store.models import Teacher

    fresh = school.store.save_teacher(Teacher(name="Guru Baru"))
    assert open_followups(school.store, fresh.id) is None
    assert build_history(school.store, fresh.id).entries == []


def test_text_chart_draws_each_nilai_to_scale(school: MiniSchool) -> None:
    lines = nilai_chart(build_history(school.store, school.ani.id).entries, width=20)
    assert lines[0].startswith("2026-08-10  " + "█" * 16 + " " * 4)  # 80 of 100 on 20 cells
    assert lines[0].endswith("80,00  Cukup")  # one number style: Indonesian writes a decimal comma
    assert lines[1].startswith("2026-10-05  " + "█" * 18)
    assert lines[1].endswith("90,00  Baik")
    assert bar(56.25, 100, 8) == "████▌   "  # 4.5 cells: half a cell is ▌
