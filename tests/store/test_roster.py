"""Teacher rosters from Dapodik exports and hand-made sheets."""

from __future__ import annotations

import pytest

from observasi.errors import UserError
from observasi.store.models import Teacher
from observasi.store.roster import parse_roster, plan_import

DAPODIK = (
    "Daftar Guru SMP Negeri 3 Sukamaju\n"
    "Kecamatan Sukamaju\n"
    "\n"
    "No;Nama;NUPTK;JK;Tempat Lahir;NIP;Jenis PTK;Mata Pelajaran\n"
    "1;Siti Aminah, S.Pd.;1234567890123456;P;Bandung;198001012005012001;Guru Mapel;IPA\n"
    "2;Budi   Santoso;;Laki-laki;Solo;;Guru Mapel;Matematika\n"
    "3;;;;;;;\n"
    "4;Siti Aminah, S.Pd.;;P;;198001012005012001;Guru Mapel;IPA\n"
)


def test_dapodik_export_with_title_rows_and_semicolons() -> None:
    parsed = parse_roster(DAPODIK.encode("utf-8-sig"), "guru.csv")
    assert [r.values["name"] for r in parsed.rows] == ["Siti Aminah, S.Pd.", "Budi Santoso", "", "Siti Aminah, S.Pd."]
    assert [r.line for r in parsed.rows] == [5, 6, 7, 8]
    first = parsed.rows[0].values
    assert (first["nip"], first["nuptk"], first["gender"], first["subject"], first["ptk_type"]) == (
        "198001012005012001",
        "1234567890123456",
        "P",
        "IPA",
        "Guru Mapel",
    )
    assert parsed.rows[1].values["gender"] == "L"
    assert parsed.ignored_columns == ["No", "Tempat Lahir"]
    plan = plan_import(parsed, [])
    assert (plan.added, plan.updated, plan.unchanged, plan.skipped) == (2, 0, 0, 2)
    assert any("baris 7" in line and "nama kosong" in line for line in plan.report)
    assert any("baris 8" in line and "baris 5" in line for line in plan.report)


def test_english_headers_commas_and_windows_1252() -> None:
    raw = "Name,NIP,Subject,Sex\nJosé Rizal Nugroho,198001012005012002,Bahasa Inggris,M\n".encode("cp1252")
    parsed = parse_roster(raw, "roster.csv")
    values = parsed.rows[0].values
    assert values["name"] == "José Rizal Nugroho" and values["gender"] == "L" and values["subject"] == "Bahasa Inggris"


def test_headers_match_case_and_space_insensitively() -> None:
    raw = b" NAMA LENGKAP ;  n i p ;MATA_PELAJARAN\nDewi;198001012005012003;IPS\n"
    values = parse_roster(raw, "x.csv").rows[0].values
    assert values["name"] == "Dewi" and values["subject"] == "IPS"


def test_upsert_by_nip_then_nuptk_then_name() -> None:
    existing = [
        Teacher(name="Siti A.", nip="198001012005012001", subject="IPA"),
        Teacher(name="Yohana", nuptk="8442766667130062"),
        Teacher(name="Hendra Gunawan", subject="TIK"),
    ]
    raw = (
        b"Nama,NIP,NUPTK,Mapel\n"
        b"Siti Aminah,198001012005012001,,IPA\n"
        b"Yohana Siahaan,,8442766667130062,Agama Kristen\n"
        b"hendra   gunawan,,,Informatika\n"
        b"Guru Baru,,,PJOK\n"
        b"Siti A.,,,\n"
    )
    plan = plan_import(parse_roster(raw, "r.csv"), existing)
    assert (plan.added, plan.updated, plan.unchanged) == (1, 3, 1)
    saved = {t.id: t for t in plan.save}
    assert saved[existing[0].id].name == "Siti Aminah"
    assert saved[existing[1].id].subject == "Agama Kristen"
    assert saved[existing[2].id].subject == "Informatika"
    # An empty cell never wipes what is known.
    assert "Siti A." not in [t.name for t in plan.save if t.id == existing[0].id]


def test_mangled_nip_is_reported_not_imported() -> None:
    raw = b"Nama,NIP\nAhmad,1.98E+17\n"
    parsed = parse_roster(raw, "r.csv")
    assert parsed.rows[0].values["nip"] == ""
    assert any("baris 2" in n and "1.98E+17" in n for n in parsed.notes)


def test_missing_name_column_names_the_file_and_the_columns_found() -> None:
    with pytest.raises(UserError) as info:
        parse_roster(b"Kode,Alamat\n1,Jl. A\n", "data/guru.csv")
    assert "data/guru.csv" in info.value.message and "Kode, Alamat" in info.value.message


def test_empty_file() -> None:
    with pytest.raises(UserError):
        parse_roster(b"\xef\xbb\xbf  \n", "kosong.csv")
