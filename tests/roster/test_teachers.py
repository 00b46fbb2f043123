"""One teacher by hand: checked like a roster row, one NIP per teacher, removal keeps the
observations and says so, a removed teacher comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.roster.teachers import (
    TeacherInvalid,
    add_teacher,
    removal_plan,
    remove_teacher,
    restore_teacher,
    update_teacher,
)
from observasi.store.store import Store
from tests.cli.helpers import observasi
from tests.conftest import make_observation


def test_typed_values_are_checked_field_by_field(context: AppContext, store: Store) -> None:
    with pytest.raises(TeacherInvalid) as info:
        add_teacher(context, {"name": " ", "nip": "1.97803E+17", "nuptk": "123", "gender": "X"})
    problems = info.value.problems
    assert set(problems) == {"name", "nip", "nuptk", "gender"}
    assert (
        "wajib" in problems["name"] and "angka berpangkat" in problems["nip"] and "seharusnya 16" in problems["nuptk"]
    )
    assert store.list_teachers() == []

    lan = add_teacher(context, {"name": "Nguyễn  Thị Lan", "nip": "19900517 201504 2 001", "gender": "perempuan"})
    assert (lan.name, lan.nip, lan.gender) == ("Nguyễn Thị Lan", "199005172015042001", "P")
    with pytest.raises(TeacherInvalid) as info:
        add_teacher(context, {"name": "Lan Lain", "nip": "199005172015042001"})
    assert "sudah dipakai Nguyễn Thị Lan" in info.value.problems["nip"]


def test_edit_keeps_the_teacher_and_refuses_anothers_number(context: AppContext, store: Store) -> None:
    siti = add_teacher(context, {"name": "Siti", "nip": "198001012005012001"})
    budi = add_teacher(context, {"name": "Budi", "nuptk": "2345678901234567"})
    edited = update_teacher(
        context, siti.id, {"name": "Siti Aminah, S.Pd.", "nip": "198001012005012001", "subject": "IPA"}
    )
    assert edited.id == siti.id and (edited.name, edited.subject) == ("Siti Aminah, S.Pd.", "IPA")
    with pytest.raises(TeacherInvalid, match="sudah dipakai Siti Aminah"):
        update_teacher(context, budi.id, {"name": "Budi", "nip": "198001012005012001"})


def test_removal_says_the_observations_stay_and_a_removed_teacher_comes_back(
    context: AppContext, store: Store, mini_form: Instrument
) -> None:
    obs = make_observation(store, mini_form, teacher_name="Dewi Lestari")
    plan = removal_plan(context, obs.teacher_id)
    said = " ".join(plan.lines())
    assert "Dewi Lestari dikeluarkan" in said and "1 observasinya tetap tersimpan" in said
    assert "1 di antaranya belum final" in said and "Tidak ada yang dihapus" in said
    remove_teacher(context, obs.teacher_id)
    assert store.list_teachers() == [] and store.find_teachers("Dewi") == []
    assert store.get_observation(obs.id) is not None  # the observation is untouched
    with pytest.raises(TeacherInvalid, match="dikeluarkan dari daftar"):
        add_teacher(context, {"name": "Dewi L.", "nip": "198001012005012001"})
    restore_teacher(context, obs.teacher_id)
    assert [x.name for x in store.list_teachers()] == ["Dewi Lestari"]


def test_the_command_line_adds_edits_removes_and_restores(tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert observasi(capsys, *data, "teachers", "add", "Şükrü Yılmaz", "--nuptk", "1234567890123456").code == 0
    bad = observasi(capsys, *data, "teachers", "add", "Lain", "--nuptk", "1234567890123456")
    assert bad.code == 2 and "sudah dipakai Şükrü Yılmaz" in bad.err
    edited = observasi(capsys, *data, "teachers", "edit", "sukru", "--subject", "PAI", "--gender", "L")
    assert edited.code == 0 and "Tersimpan: Şükrü Yılmaz" in edited.out
    asked = observasi(capsys, *data, "teachers", "remove", "sukru")  # no terminal to answer: nothing happens
    assert asked.code == 1 and "Belum ada observasi" in asked.out and "Dibatalkan" in asked.out
    assert "Şükrü" in observasi(capsys, *data, "teachers", "list").out
    assert observasi(capsys, *data, "teachers", "remove", "sukru", "--yes").code == 0
    assert "Şükrü" not in observasi(capsys, *data, "teachers", "list").out
    assert observasi(capsys, *data, "teachers", "restore", "sukru").code == 0
    listed = observasi(capsys, *data, "teachers", "list").out
    assert "Şükrü Yılmaz" in listed and "PAI" in listed and "1234567890123456" in listed
