"""Teachers added, renamed and removed on one laptop appear on the others after a sync,
sealed under each teacher's data key; a rename that meets a local edit waits for a choice."""

from __future__ import annotations

from observasi.i18n import t
from observasi.roster import teachers
from observasi.sync import school_data
from observasi.sync.service import sync


def _values(teacher) -> dict[str, str]:
    return {f: getattr(teacher, f) for f in ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank")}


def _names(context) -> set[str]:
    return {x.name for x in context.store.list_teachers()}


def test_the_roster_arrives_on_a_laptop_that_joins(laptops) -> None:
    a, b, _ = laptops
    assert _names(b) == _names(a)
    assert len(b.store.list_teachers()) == len(a.store.list_teachers())


def test_add_rename_remove_travel(laptops) -> None:
    a, b, shared = laptops
    added = teachers.add_teacher(a, {"name": "Wulan Sari, S.Pd.", "nip": "198001012005012001"})
    some = next(x for x in a.store.list_teachers() if x.id != added.id)
    gone = next(x for x in a.store.list_teachers() if x.id not in (added.id, some.id))
    teachers.update_teacher(a, some.id, {**_values(some), "name": "Renamed Person"})
    teachers.remove_teacher(a, gone.id)
    sync(a, shared)
    report = sync(b, shared)
    assert b.store.get_teacher(added.id).nip == "198001012005012001"
    assert b.store.get_teacher(some.id).name == "Renamed Person"
    assert b.store.get_teacher(gone.id).active is False
    assert any("3 " in n for n in report.notices), report.notices
    # and back: B brings the removed teacher back, A sees it
    teachers.restore_teacher(b, gone.id)
    sync(b, shared)
    sync(a, shared)
    assert a.store.get_teacher(gone.id).active is True


def test_a_rename_meeting_a_local_edit_waits_for_the_person(laptops) -> None:
    a, b, shared = laptops
    one = a.store.list_teachers()[0]
    teachers.update_teacher(a, one.id, {**_values(one), "name": "Nama Dari A"})
    teachers.update_teacher(b, one.id, {**_values(one), "name": "Nama Dari B", "rank": "III/a"})
    sync(a, shared)
    report = sync(b, shared)
    assert b.store.get_teacher(one.id).name == "Nama Dari B"  # not replaced silently
    assert any("diubah berbeda" in n for n in report.notices)
    found = school_data.choices(b)
    assert [(c.field, c.ours, c.theirs) for c in found] == [("name", "Nama Dari B", "Nama Dari A")]
    chosen, value, saved = school_data.choose(b, 1, theirs=True)
    assert saved and value == "Nama Dari A"
    assert b.store.get_teacher(one.id).name == "Nama Dari A"
    assert b.store.get_teacher(one.id).rank == "III/a"  # B's own edit of another field stays
    sync(b, shared)
    sync(a, shared)
    assert a.store.get_teacher(one.id).name == "Nama Dari A"
    assert a.store.get_teacher(one.id).rank == "III/a"
    assert school_data.choices(a) == [] and school_data.choices(b) == []


def test_the_same_person_entered_on_both_laptops_is_not_listed_twice(laptops) -> None:
    a, b, shared = laptops
    wulan = {"name": "Wulan Sari, S.Pd.", "nip": "198001012005012001"}
    teachers.add_teacher(a, wulan)
    teachers.add_teacher(b, {**wulan, "name": "WULAN SARI"})
    sync(a, shared)
    first = sync(b, shared)
    sync(a, shared)
    assert [x.name for x in b.store.list_teachers() if x.nip == wulan["nip"]] == ["WULAN SARI"]
    assert [x.name for x in a.store.list_teachers() if x.nip == wulan["nip"]] == ["Wulan Sari, S.Pd."]
    assert any("tidak ditambahkan" in n for n in first.notices)
    assert not any("tidak ditambahkan" in n for n in sync(b, shared).notices)  # said once


def test_three_laptops_editing_different_fields_converge(laptops, tmp_path) -> None:
    from observasi.context import AppContext
    from observasi.settings import Settings
    from tests.privacy.enrolled import join

    a, b, shared = laptops
    c = AppContext(Settings(data_dir=tmp_path / "C"))
    try:
        join(a, c, shared)
        one = a.store.list_teachers()[1]
        for context, field, value in ((a, "rank", "IV/a"), (b, "subject", "Fisika Terapan"), (c, "gender", "P")):
            now = context.store.get_teacher(one.id)
            teachers.update_teacher(context, one.id, {**_values(now), field: value})
        for context in (a, b, c, a, b, c):
            assert sync(context, shared).problems == []
        got = [_values(x.store.get_teacher(one.id)) for x in (a, b, c)]
        assert got[0] == got[1] == got[2]
        assert (got[0]["rank"], got[0]["subject"], got[0]["gender"]) == ("IV/a", "Fisika Terapan", "P")
        assert all(school_data.choices(x) == [] for x in (a, b, c))
    finally:
        c.store.close()


def test_a_laptop_joining_after_a_rename_takes_the_new_name_without_asking(laptops, tmp_path) -> None:
    """Its rows made from the observations carry the old name; the roster's newer one wins."""
    from observasi.context import AppContext
    from observasi.settings import Settings
    from tests.privacy.enrolled import join

    a, _, shared = laptops
    observed = next(x for x in a.store.list_teachers() if a.store.list_observations(teacher_id=x.id))
    teachers.update_teacher(a, observed.id, {**_values(observed), "name": "Nama Baru Setelah Menikah"})
    sync(a, shared)
    c = AppContext(Settings(data_dir=tmp_path / "C"))
    try:
        join(a, c, shared)
        assert c.store.get_teacher(observed.id).name == "Nama Baru Setelah Menikah"
        assert school_data.choices(c) == []
        assert _names(c) == _names(a)
    finally:
        c.store.close()


def test_a_teacher_added_on_two_laptops_with_one_nip_is_not_added_twice(laptops) -> None:
    """The same person typed on both laptops before the roster travelled (same NIP, two
    ids): the teacher here stands for the person, found by the NIP among every teacher here."""
    a, b, shared = laptops
    nip = "198502022010012002"
    teachers.add_teacher(b, {"name": "Ani Rahma", "nip": nip})
    on_a = teachers.add_teacher(a, {"name": "Ani Rahmawati, S.Pd.", "nip": nip})
    before = len(b.store.list_teachers(include_inactive=True))
    sync(a, shared)
    report = sync(b, shared)
    assert len(b.store.list_teachers(include_inactive=True)) == before
    assert on_a.id not in {x.id for x in b.store.list_teachers(include_inactive=True)}
    assert t("travel.sync.twins", count=1) in report.notices, report.notices
