"""Reading the roster files schools have: Dapodik's XLSX, CSV from Excel in any of its
encodings and separators, and the broken ones (an open quote, a giant cell, a NUL)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from observasi.errors import UserError
from observasi.roster.rows import ParsedRoster
from observasi.roster.service import read_roster, read_roster_bytes

from .dapodik import write_dapodik_xlsx


def by_line(parsed: ParsedRoster) -> dict[int, tuple[str, str | None]]:
    return {row.line: (row.name, row.skip) for row in parsed.rows}


def test_a_dapodik_workbook_reads_past_its_title_rows_merged_header_and_numbering_row(tmp_path: Path) -> None:
    parsed = read_roster(write_dapodik_xlsx(tmp_path / "daftar-guru.xlsx"))
    assert parsed.header_line == 6 and "Daftar Guru" in parsed.kind
    rows = {row.line: row for row in parsed.rows}
    assert sorted(rows) == list(range(9, 18))  # the column numbers on row 8 are not a teacher
    fauzi = rows[9].values
    # "Gelar" merged over Depan | Belakang: the full name as it is printed.
    assert fauzi["name"] == "Dr. H. Ahmad Fauzi, M.Pd., M.Si."
    assert (fauzi["nip"], fauzi["nuptk"], fauzi["gender"], fauzi["ptk_type"], fauzi["rank"]) == (
        "197803012005011001",
        "1234567890123456",
        "L",
        "Kepala Sekolah",
        "IV/a",
    )
    assert rows[10].values["name"] == "Dra. Hj. Siti Aminah"
    assert rows[11].values["name"] == "Nguyễn Thị Lan, S.Pd." and rows[11].values["nip"] == ""
    # Staff who do not teach, by Jenis PTK.
    assert "Tenaga Administrasi Sekolah" in str(rows[13].skip) and "bukan guru" in str(rows[13].skip)
    assert "Laboran" in str(rows[14].skip)
    # Ids Excel stored as numbers have lost digits: refused, named, never imported wrong.
    assert "kolom NIP" in str(rows[15].skip) and "15 digit" in str(rows[15].skip)
    assert "kolom NUPTK" in str(rows[17].skip)
    assert [row.line for row in parsed.rows if row.skip is None] == [9, 10, 11, 12, 16]
    # Personal data supervision does not need is read by no one.
    assert {"NIK", "Agama", "Tempat Lahir", "Status Kepegawaian"} <= set(parsed.ignored_columns)
    assert "Tanggal Lahir" not in parsed.ignored_columns  # read to check the NIP


def test_a_semicolon_file_whose_names_carry_commas_is_read_on_semicolons() -> None:
    raw = (
        "Daftar Guru\n"
        "SMP Negeri 3 Sukamaju\n"
        "\n"
        "No;Nama;NIP;Mapel\n"
        "1;Dr. H. Ahmad Fauzi, M.Pd., M.Si.;197803012005011001;IPA\n"
        "2;Siti Aminah, S.Pd.;198001012005012001;Matematika\n"
        "3;Budi Santoso;;IPS\n"
    ).encode("utf-8-sig")
    parsed = read_roster_bytes(raw, "guru.csv")
    assert "pemisah titik koma (;)" in parsed.kind
    assert [(r.values["name"], r.values["nip"], r.values["subject"]) for r in parsed.rows] == [
        ("Dr. H. Ahmad Fauzi, M.Pd., M.Si.", "197803012005011001", "IPA"),
        ("Siti Aminah, S.Pd.", "198001012005012001", "Matematika"),
        ("Budi Santoso", "", "IPS"),
    ]


def test_the_separator_is_named_in_words() -> None:
    """ "pemisah ,, UTF-8" on the import screen read as a typo (walk9)."""
    parsed = read_roster_bytes("Nama,NIP\nBudi Santoso,\n".encode("utf-8-sig"), "guru.csv")
    assert parsed.kind.startswith("CSV, pemisah koma (,), UTF-8")


def test_excels_unicode_text_is_utf16_with_tabs() -> None:
    raw = "Nama\tNUPTK\tJK\nNguyễn Thị Lan, S.Pd.\t3456789012345678\tP\nŞükrü Yılmaz\t\tLaki-laki\n".encode("utf-16")
    parsed = read_roster_bytes(raw, "guru.txt")
    assert "pemisah tab" in parsed.kind and "UTF-16" in parsed.kind
    assert [(r.values["name"], r.values["nuptk"], r.values["gender"]) for r in parsed.rows] == [
        ("Nguyễn Thị Lan, S.Pd.", "3456789012345678", "P"),
        ("Şükrü Yılmaz", "", "L"),
    ]


def test_windows_1252_with_accents_and_apostrophe_kept_ids() -> None:
    raw = "Nama;NUPTK;NIP\nBôsco Agnès;'1234567890123456;'198001012005012001\nJosé Rizal;;\n".encode("cp1252")
    parsed = read_roster_bytes(raw, "guru.csv")
    assert "Windows-1252" in parsed.kind
    first = parsed.rows[0].values
    assert (first["name"], first["nuptk"], first["nip"]) == ("Bôsco Agnès", "1234567890123456", "198001012005012001")
    assert parsed.rows[1].values["name"] == "José Rizal"


def test_utf8_with_bom_and_a_dapodik_name_without_titles() -> None:
    raw = 'Nama (Tanpa Gelar),Gelar Depan,Gelar Belakang,JK\nAhmad Fauzi,Dr. H.,"M.Pd., M.Si.",L\n'.encode("utf-8-sig")
    parsed = read_roster_bytes(raw, "guru.csv")
    assert parsed.rows[0].values["name"] == "Dr. H. Ahmad Fauzi, M.Pd., M.Si."
    assert "UTF-8 (BOM)" in parsed.kind


def test_an_open_quote_skips_its_row_and_never_merges_two_teachers() -> None:
    raw = b'Nama,Tahun\n"Siti Aminah,1980\nBudi Santoso,1981\nDewi Lestari,1982\n'
    parsed = read_roster_bytes(raw, "guru.csv")
    assert by_line(parsed)[2][1] is not None and "tanda petik" in str(by_line(parsed)[2][1])
    assert [r.values["name"] for r in parsed.rows if r.skip is None] == ["Budi Santoso", "Dewi Lestari"]


def test_a_quoted_line_break_in_a_column_not_read_stays_one_row() -> None:
    raw = b'Nama,Alamat,JK\nSiti Aminah,"Jl. Merdeka 1\nRT 02/RW 03",P\nBudi,Jl. B,L\n'
    parsed = read_roster_bytes(raw, "guru.csv")
    assert [(r.line, r.values["name"], r.values["gender"]) for r in parsed.rows] == [
        (2, "Siti Aminah", "P"),
        (4, "Budi", "L"),
    ]


def test_a_cell_over_the_csv_field_limit_names_the_row_and_the_column() -> None:
    giant = "x" * (csv.field_size_limit() + 10)
    raw = f"Nama;Alamat;JK\nSiti Aminah;Jl. A;P\nBudi;{giant};L\nDewi;Jl. C;P\n".encode()
    parsed = read_roster_bytes(raw, "guru.csv")
    problem = by_line(parsed)[3][1]
    assert problem is not None and "kolom Alamat" in problem and str(csv.field_size_limit()) in problem
    assert [r.values["name"] for r in parsed.rows if r.skip is None] == ["Siti Aminah", "Dewi"]


def test_a_name_over_its_limit_or_with_a_nul_is_refused_and_control_characters_go() -> None:
    raw = ("Nama;JK\nJo\x00ko;L\n" + "A" * 151 + ";P\nSiti\u202eAminah\x1b[2J;P\n").encode()
    parsed = read_roster_bytes(raw, "guru.csv")
    lines = by_line(parsed)
    assert "NUL" in str(lines[2][1]) and "kolom Nama" in str(lines[2][1])
    assert "151 karakter, paling banyak 150" in str(lines[3][1])
    assert lines[4] == ("SitiAminah[2J", None)


def test_a_comma_that_split_an_unquoted_name_is_caught() -> None:
    raw = b"Nama,NIP,JK\nSiti Aminah, S.Pd.,198001012005012001,P\nBudi,,L\n"
    parsed = read_roster_bytes(raw, "guru.csv")
    assert "koma" in str(by_line(parsed)[2][1])
    assert by_line(parsed)[3] == ("Budi", None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
        (b"PK\x03\x04" + b"\0" * 100, "rusak"),
        (b"Kode,Alamat\n1,Jl. A\n", "tidak ada kolom Nama"),
        (b"\xef\xbb\xbf  \n", "kosong"),
    ],
)
def test_files_that_are_not_rosters_get_one_line_that_names_them(raw: bytes, expected: str) -> None:
    with pytest.raises(UserError) as info:
        read_roster_bytes(raw, "data/guru.xlsx")
    assert "data/guru.xlsx" in info.value.message and expected in info.value.message
    assert "PK\x03" not in info.value.message


def test_nip_checks_name_the_row_and_say_what_is_wrong() -> None:
    raw = (
        b"Nama;NIP;NUPTK\n"
        b"A;12345;\n"  # too short
        b"B;1.97803E+17;\n"  # Excel's E notation
        b"C;197813012005011001;\n"  # month 13 in the birth date
        b"D;197803012005013001;\n"  # gender digit 3
        b"E;;12345678901234567\n"  # NUPTK of 17 digits
        b"F;19780301 200501 1 001;\n"  # spaces as people type them
    )
    lines = by_line(read_roster_bytes(raw, "guru.csv"))
    assert "punya 5 angka, seharusnya 18" in str(lines[2][1])
    assert "angka berpangkat" in str(lines[3][1])
    assert "bukan tanggal lahir" in str(lines[4][1])
    assert "angka ke-15" in str(lines[5][1])
    assert "NUPTK" in str(lines[6][1]) and "seharusnya 16" in str(lines[6][1])
    assert lines[7] == ("F", None)


def test_a_row_of_column_numbers_under_the_header_is_not_a_teacher() -> None:
    parsed = read_roster_bytes(b"No;Nama;NIP;JK\n\n1;2;3;4\n1;Siti;;P\n2;Budi;;L\n", "guru.csv")
    assert [(r.line, r.values["name"]) for r in parsed.rows] == [(4, "Siti"), (5, "Budi")]
