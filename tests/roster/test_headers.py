"""Column labels in Indonesian or English, in any case and spacing; staff who do not teach."""

from __future__ import annotations

import pytest

from observasi.roster.columns import is_tendik
from observasi.roster.service import read_roster_bytes


def test_english_headers_and_commas() -> None:
    raw = "Name,NIP,Subject,Sex\nJosé Rizal Nugroho,198001012005011002,Bahasa Inggris,M\n".encode("cp1252")
    values = read_roster_bytes(raw, "roster.csv").rows[0].values
    assert (values["name"], values["gender"], values["subject"]) == ("José Rizal Nugroho", "L", "Bahasa Inggris")


def test_headers_match_case_space_and_punctuation_insensitively() -> None:
    raw = b" NAMA LENGKAP ;  n i p ;MATA_PELAJARAN;Pangkat/Gol.\nDewi;198001012005012003;IPS;III/a\n"
    values = read_roster_bytes(raw, "x.csv").rows[0].values
    assert (values["name"], values["nip"], values["subject"], values["rank"]) == (
        "Dewi",
        "198001012005012003",
        "IPS",
        "III/a",
    )


def test_a_single_column_of_names_is_a_roster() -> None:
    parsed = read_roster_bytes(b"Nama\nAni\nBudi\n", "g.csv")
    assert [r.values["name"] for r in parsed.rows] == ["Ani", "Budi"]


@pytest.mark.parametrize(
    "ptk_type",
    [
        "Tenaga Administrasi Sekolah",
        "Laboran",
        "Pustakawan",
        "Penjaga Sekolah",
        "Tukang Kebun",
        "Petugas Keamanan",
        "Pesuruh/Office Boy",
        "Tenaga Perpustakaan",
        "Operator Sekolah",
    ],
)
def test_staff_who_do_not_teach(ptk_type: str) -> None:
    assert is_tendik(ptk_type)


@pytest.mark.parametrize(
    "ptk_type", ["Guru Mapel", "Guru Kelas", "Guru BK", "Guru TIK", "Kepala Sekolah", "Guru Pendamping Khusus", ""]
)
def test_teachers(ptk_type: str) -> None:
    assert not is_tendik(ptk_type)
