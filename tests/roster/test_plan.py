"""The import preview: what is new, unchanged, changed (old -> new) or skipped and why; and
applying it, where a change to a teacher's name or ids happens only when confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.roster.plan import FieldChange
from observasi.roster.service import apply_import, plan_against, preview_import, read_roster_bytes
from observasi.store.models import School, Teacher
from observasi.store.store import Store

from .dapodik import write_dapodik_xlsx

SUKRU = Teacher(name="Şükrü Abdullah Al-Qur'ān", nuptk="1234567890123456", nip="", gender="L", subject="PAI")


def preview_of(context: AppContext, text: str):
    return plan_against(context, read_roster_bytes(text.encode("utf-8"), "guru.csv"))


def test_a_nuptk_match_with_another_name_is_a_change_applied_only_when_confirmed(
    context: AppContext, store: Store
) -> None:
    sukru = store.save_teacher(SUKRU)
    preview = preview_of(
        context, "Nama;NUPTK;NIP;JK;Mapel\nBambang Sutrisno, S.Pd.;1234567890123456;198001012005011002;L;IPA\n"
    )
    (row,) = preview.rows
    assert (row.action, row.matched_by, row.teacher_id, row.current_name) == ("changed", "nuptk", sukru.id, SUKRU.name)
    assert set(row.changes) == {
        FieldChange("name", SUKRU.name, "Bambang Sutrisno, S.Pd."),
        FieldChange("nip", "", "198001012005011002"),
        FieldChange("subject", "PAI", "IPA"),
    }
    assert preview.renames == [row]
    # Without the confirmation: the subject changes, the name and the NIP stay.
    result = apply_import(context, preview, with_renames=False)
    kept = store.get_teacher(sukru.id)
    assert kept is not None and (kept.name, kept.nip, kept.subject) == (SUKRU.name, "", "IPA")
    assert (result.added, result.changed, result.held_back) == (0, 1, 1)
    assert (
        result.summary()
        == "Tersimpan: 1 guru diperbarui. 1 guru tetap dengan nama dan NIP/NUPTK lamanya (perubahannya tidak diterapkan)."
    )
    # Confirmed: the rename happens, on the same teacher (their observations stay theirs).
    again = preview_of(
        context, "Nama;NUPTK;NIP;JK;Mapel\nBambang Sutrisno, S.Pd.;1234567890123456;198001012005011002;L;IPA\n"
    )
    apply_import(context, again, with_renames=True)
    renamed = store.get_teacher(sukru.id)
    assert renamed is not None and (renamed.name, renamed.nip) == ("Bambang Sutrisno, S.Pd.", "198001012005011002")
    assert len(store.list_teachers(include_inactive=True)) == 1


def test_an_empty_cell_wipes_nothing_and_capitals_are_not_a_rename(context: AppContext, store: Store) -> None:
    siti = store.save_teacher(Teacher(name="Siti Aminah, S.Pd.", nip="198001012005012001", subject="IPA"))
    preview = preview_of(context, "Nama;NIP;Mapel\nSITI AMINAH, S.PD.;198001012005012001;\n")
    assert [(r.action, r.teacher_id) for r in preview.rows] == [("unchanged", siti.id)]
    assert not preview.has_work


def test_duplicates_in_the_file_are_skipped_with_the_first_row_named(context: AppContext, store: Store) -> None:
    preview = preview_of(
        context,
        "Nama;NIP;NUPTK\n"
        "Siti Aminah;198001012005012001;\n"
        "Siti A.;198001012005012001;\n"  # same NIP
        "Budi;;2345678901234567\n"
        "Budi Santoso;;2345678901234567\n"  # same NUPTK
        "Dewi;;\n"
        "DEWI;;\n"  # same name, no ids
        "Siti Aminah;198512242010012003;\n"  # same name, another NIP: another person
        "SITI AMINAH;198001012005012001;\n",  # the same name and NIP again: a true repeat
    )
    actions = [(r.line, r.action, r.reason) for r in preview.rows]
    assert actions == [
        (2, "new", None),
        (3, "skipped", "NIP 198001012005012001 sudah ada di baris 2 (Siti Aminah), dengan nama lain"),
        (4, "new", None),
        (5, "skipped", "NUPTK 2345678901234567 sudah ada di baris 4 (Budi), dengan nama lain"),
        (6, "new", None),
        (7, "skipped", "sama dengan baris 6"),
        (8, "new", None),
        (9, "skipped", "sama dengan baris 2"),
    ]


def test_a_name_with_different_ids_is_another_teacher_and_ids_of_two_teachers_are_refused(
    context: AppContext, store: Store
) -> None:
    siti = store.save_teacher(Teacher(name="Siti Aminah", nip="198001012005012001"))
    budi = store.save_teacher(Teacher(name="Budi", nuptk="2345678901234567"))
    preview = preview_of(
        context,
        "Nama;NIP;NUPTK\nSiti Aminah;198512242010012003;\nX;198001012005012001;2345678901234567\n",
    )
    namesake, mixed = preview.rows
    assert namesake.action == "new" and "nama sama" in namesake.notes[0]
    assert mixed.action == "skipped" and siti.name in str(mixed.reason) and budi.name in str(mixed.reason)


def test_a_removed_teacher_in_the_roster_comes_back(context: AppContext, store: Store) -> None:
    gone = store.save_teacher(Teacher(name="Dewi Lestari", nip="198001012005012001", active=False))
    preview = preview_of(context, "Nama;NIP\nDewi Lestari;198001012005012001\n")
    (row,) = preview.rows
    assert row.action == "changed" and row.changes == (FieldChange("active", "0", "1"),) and not preview.renames
    apply_import(context, preview, with_renames=False)
    back = store.get_teacher(gone.id)
    assert back is not None and back.active


def test_another_schools_npsn_is_skipped(context: AppContext, store: Store) -> None:
    store.save_school(School(name="SMP Negeri 3 Sukamaju", npsn="20212345"))
    preview = preview_of(context, "NPSN;Nama\n20212345;Siti\n20299999;Budi\n2021234;Dewi\n")
    assert [(r.action, r.name) for r in preview.rows[:2]] == [("new", "Siti"), ("skipped", "Budi")]
    assert "20299999" in str(preview.rows[1].reason)
    assert preview.rows[2].action == "skipped" and "NPSN" in str(preview.rows[2].reason)


def test_a_preview_made_before_the_teachers_changed_is_refused(context: AppContext, store: Store) -> None:
    preview = preview_of(context, "Nama;NIP\nSiti;198001012005012001\n")
    store.save_teacher(Teacher(name="Siti Aminah", nip="198001012005012001"))  # a sync brought her meanwhile
    with pytest.raises(UserError, match="berubah sejak pratinjau"):
        apply_import(context, preview, with_renames=True)
    assert [x.name for x in store.list_teachers()] == ["Siti Aminah"]


def test_a_dapodik_workbook_imports_once_and_a_second_time_changes_nothing(
    context: AppContext, store: Store, tmp_path: Path
) -> None:
    path = write_dapodik_xlsx(tmp_path / "guru.xlsx")
    preview = preview_import(context, path)
    assert [preview.count(a) for a in ("new", "changed", "unchanged", "skipped")] == [5, 0, 0, 4]
    result = apply_import(context, preview, with_renames=False)
    assert result.added == 5
    names = {x.name for x in store.list_teachers()}
    assert "Dr. H. Ahmad Fauzi, M.Pd., M.Si." in names and "Rina Marlina" not in names
    again = preview_import(context, path)
    assert [again.count(a) for a in ("new", "changed", "unchanged", "skipped")] == [0, 0, 5, 4]
