"""UU 27/2022: everything held about a teacher goes out; forget erases it after a yes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from observasi.cli.commands import cli
from observasi.cli.teachers_cmd import find_teacher
from observasi.errors import UserError
from tests.recap.conftest import MiniSchool


def _run(data_dir: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], input=input)


def test_find_teacher_by_part_of_the_name_accents_or_number(school: MiniSchool) -> None:
    from observasi.store.models import Teacher

    school.store.save_teacher(Teacher(name="Şükrü Abdullah"))
    assert find_teacher(school.store, "lestari").id == school.ani.id
    assert find_teacher(school.store, "sukru").name == "Şükrü Abdullah"
    assert find_teacher(school.store, "1234567890123456").id == school.budi.id
    with pytest.raises(UserError) as err:
        find_teacher(school.store, "S.Pd.")
    assert "Ani Lestari" in err.value.message and "Budi Hartono" in err.value.message
    with pytest.raises(UserError, match="teachers list"):
        find_teacher(school.store, "Tidak Ada")


def test_export_holds_the_teacher_and_every_full_record(school: MiniSchool, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ekspor"
    result = _run(data_dir, "teachers", "export", "Ani", "-o", str(out))
    assert result.exit_code == 0, result.output
    (json_file,) = out.glob("*.json")
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["teacher"]["name"] == "Ani Lestari, S.Pd." and data["teacher"]["nip"] == "198501012010012001"
    assert len(data["observations"]) == 2
    second = data["observations"][1]
    assert second["record"]["evidence"][0]["text"] == "Siswa berdiskusi dalam kelompok."
    assert second["record"]["reflection"] == {"Q1": "Siswa aktif berdiskusi."}
    assert second["record"]["form_id"] == "mini" and second["record"]["form_version"] == "1"
    assert second["score"]["nilai"] == "90.00" and second["revisions"]
    assert "2 observasi" in result.output


def test_forget_asks_first_and_cancel_keeps_everything(school: MiniSchool, data_dir: Path) -> None:
    result = _run(data_dir, "teachers", "forget", "Ani", input="n\n")
    assert result.exit_code == 0
    assert "2 observasi" in result.output and "tanda hapus" in result.output
    assert "Dibatalkan" in result.output
    assert school.store.get_teacher(school.ani.id) is not None
    assert len(school.store.list_observations(teacher_id=school.ani.id)) == 2


def test_forget_erases_locally_and_leaves_tombstones(school: MiniSchool, data_dir: Path) -> None:
    store = school.store
    result = _run(data_dir, "teachers", "forget", "Ani Lestari", input="y\n")
    assert result.exit_code == 0, result.output
    assert "dihapus" in result.output
    assert store.get_teacher(school.ani.id) is None
    assert store.list_observations(teacher_id=school.ani.id) == []
    for obs in (school.ani_first, school.ani_second):
        assert store.is_deleted(obs.id)
        heads = store.heads(obs.id)
        assert len(heads) == 1 and heads[0].deleted
        left = store.get_observation(obs.id)
        assert left.ratings == {} and left.evidence == [] and left.followups == [] and left.reflection == {}
    # Nothing about her is left in the database, old revisions included.
    rows = store.query(
        "select payload from revisions where observation_id in (?, ?)", [school.ani_first.id, school.ani_second.id]
    )
    assert rows and not any("Ani Lestari" in r["payload"] or "berdiskusi" in r["payload"] for r in rows)
    assert not any("Ani Lestari" in r["payload"] for r in store.query("select payload from revisions"))
    # Revisions that never left this laptop publish as genuine: their hash fits the new content.
    from observasi.core.canonical import sha256_hex

    for rev in store.revisions(school.ani_first.id):
        assert rev.hash == sha256_hex({"payload": rev.payload, "deleted": rev.deleted})
    assert not store.query("select 1 from observations where teacher like '%Ani Lestari%'")
    # Others are untouched.
    assert len(store.list_observations(teacher_id=school.budi.id)) == 3


def test_forget_with_yes_and_an_ambiguous_name(school: MiniSchool, data_dir: Path) -> None:
    ambiguous = _run(data_dir, "teachers", "forget", "S.Pd.", "--yes")
    assert isinstance(ambiguous.exception, UserError) and "3 guru" in ambiguous.exception.message
    done = _run(data_dir, "teachers", "forget", "Budi", "--yes")
    assert done.exit_code == 0 and school.store.get_teacher(school.budi.id) is None


def _sheet(data_dir: Path, obs_id: str) -> Path:
    result = _run(data_dir, "sheet", obs_id)
    assert result.exit_code == 0, result.output
    return Path(result.output.split(": ", 1)[1].strip())


def test_forget_erases_the_teachers_sheets_in_the_data_folder_and_says_so_first(
    school: MiniSchool, data_dir: Path
) -> None:
    hers = [_sheet(data_dir, school.ani_first.id), _sheet(data_dir, school.ani_second.id)]
    his = _sheet(data_dir, school.budi_final.id)
    assert all(p.parent.name == "lembar" and p.is_file() for p in [*hers, his])

    asked = _run(data_dir, "teachers", "forget", "Ani", input="n\n")
    assert "2 lembar umpan balik PDF" in asked.output and all(p.is_file() for p in hers)

    done = _run(data_dir, "teachers", "forget", "Ani", input="y\n")
    assert done.exit_code == 0, done.output
    assert "2 lembar PDF dihapus" in done.output
    assert not any(p.exists() for p in hers) and his.is_file()


def test_forget_erases_the_amended_and_unsigned_sheets_too(school: MiniSchool, data_dir: Path) -> None:
    """An amended version's sheet (-amandemen-1) and an unsigned one saved beside a signed
    one (-tanpa-ttd) name the teacher as much as the first: the review found them left."""
    first = _sheet(data_dir, school.ani_first.id)
    others = [
        first.with_name(first.stem + ending + ".pdf")
        for ending in ("-tanpa-ttd", "-amandemen-1", "-amandemen-1-tanpa-ttd")
    ]
    for path in others:
        path.write_bytes(first.read_bytes())
    done = _run(data_dir, "teachers", "forget", "Ani", "--yes")
    assert done.exit_code == 0, done.output
    assert "4 lembar PDF dihapus" in done.output, done.output
    assert not any(p.exists() for p in [first, *others])


def test_a_sheet_held_open_is_reported_and_the_records_are_still_erased(
    school: MiniSchool, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from observasi import files, privacy

    held = _sheet(data_dir, school.ani_first.id)
    other = _sheet(data_dir, school.ani_second.id)
    real_remove = files.remove

    def open_in_a_viewer(path: Path) -> None:
        if path == held:
            raise UserError(f"{path} sedang dibuka program lain (Excel, penampil PDF?); tutup dahulu lalu ulangi")
        real_remove(path)

    monkeypatch.setattr(privacy.files, "remove", open_in_a_viewer)
    done = _run(data_dir, "teachers", "forget", "Ani", "--yes")
    monkeypatch.undo()
    assert done.exit_code == 0, done.output
    assert "masih ada" in done.output and str(held) in done.output
    assert held.is_file() and not other.exists()
    assert school.store.get_teacher(school.ani.id) is None
