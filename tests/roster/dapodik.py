"""A workbook shaped like Dapodik's "Daftar Guru" download, made with openpyxl: title rows
merged across the sheet, a two-row header ("Gelar" merged over "Depan" | "Belakang", the
other labels merged down both rows), a row of column numbers, ids stored as text and as
numbers, birth dates as date cells, and staff who do not teach among the teachers.

Run it to write one for a manual try: ``python -m tests.roster.dapodik /tmp/roster/guru.xlsx``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HEADER = [
    "No",
    "Nama",
    "NUPTK",
    "JK",
    "Tempat Lahir",
    "Tanggal Lahir",
    "NIP",
    "Status Kepegawaian",
    "Jenis PTK",
    "Gelar",
    None,  # "Gelar" spans this column too
    "Agama",
    "Pangkat Golongan",
    "Tugas Tambahan",
    "NIK",
]
SUB_HEADER = {10: "Depan", 11: "Belakang"}  # 1-based columns under "Gelar"

# (Nama, NUPTK, JK, Tempat Lahir, Tanggal Lahir, NIP, Status, Jenis PTK, Gelar Depan, Gelar Belakang,
#  Agama, Pangkat, Tugas Tambahan, NIK). A NIP or NUPTK given as an int is stored as a number cell.
TEACHERS: list[tuple[object, ...]] = [
    (
        "Ahmad Fauzi",
        "1234567890123456",
        "L",
        "Bandung",
        dt.date(1978, 3, 1),
        "197803012005011001",
        "PNS",
        "Kepala Sekolah",
        "Dr. H.",
        "M.Pd., M.Si.",
        "Islam",
        "IV/a",
        "Kepala Sekolah",
        "3273010103780001",
    ),
    (
        "Siti Aminah",
        "2345678901234567",
        "P",
        "Garut",
        dt.date(1980, 2, 2),
        "198002022005012004",
        "PNS",
        "Guru Mapel",
        "Dra. Hj.",
        "",
        "Islam",
        "III/d",
        "Wakil Kepala Sekolah",
        "3205014101800002",
    ),
    (
        "Nguyễn Thị Lan",
        "3456789012345678",
        "P",
        "Jakarta",
        dt.date(1990, 5, 17),
        "",
        "GTY/PTY",
        "Guru Mapel",
        "",
        "S.Pd.",
        "Katolik",
        "",
        "",
        "3171015705900003",
    ),
    (
        "Yohana Siahaan",
        "4567890123456789",
        "P",
        "Medan",
        dt.date(1985, 12, 24),
        "198512242010012003",
        "PNS",
        "Guru Kelas",
        "",
        "S.Pd.",
        "Kristen",
        "III/b",
        "",
        "1271016412850004",
    ),
    (
        "Rina Marlina",
        "",
        "P",
        "Sukamaju",
        dt.date(1992, 2, 2),
        "",
        "Honor Sekolah",
        "Tenaga Administrasi Sekolah",
        "",
        "",
        "Islam",
        "",
        "",
        "3205014202920005",
    ),
    (
        "Dedi Kurniawan",
        "",
        "L",
        "Sukamaju",
        dt.date(1995, 7, 7),
        "",
        "Honor Sekolah",
        "Laboran",
        "",
        "A.Md.",
        "Islam",
        "",
        "",
        "3205010707950006",
    ),
    # Typed into a cell formatted as a number: Excel kept 15 digits of the NIP.
    (
        "Eko Prasetyo",
        "5678901234567890",
        "L",
        "Solo",
        dt.date(1979, 8, 17),
        197908172006041002,
        "PNS",
        "Guru Mapel",
        "",
        "S.Kom.",
        "Islam",
        "III/c",
        "",
        "3372011708790007",
    ),
    (
        "Şükrü Abdullah Al-Qur'ān",
        "6789012345678901",
        "L",
        "Ankara",
        dt.date(1983, 4, 4),
        "",
        "GTY/PTY",
        "Guru Mapel",
        "",
        "Lc.",
        "Islam",
        "",
        "",
        "3205010404830008",
    ),
    (
        "Wayan Sudarma",
        7890123456789012,
        "L",
        "Denpasar",
        dt.date(1987, 9, 9),
        "198709092011011004",
        "PPPK",
        "Guru BK",
        "I",
        "S.Psi.",
        "Hindu",
        "IX",
        "",
        "5171010909870009",
    ),
]


def write_dapodik_xlsx(path: Path, teachers: list[tuple[object, ...]] | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    rows = TEACHERS if teachers is None else teachers
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar Guru"
    last = len(HEADER)
    titles = [
        "Daftar Guru",
        "SMP NEGERI 3 SUKAMAJU",
        "Kecamatan Kec. Sukamaju, Kabupaten Kab. Sukamaju, Provinsi Prov. Jawa Barat",
        "Tanggal Unduh: 2026-12-02 10:11:12   Pengunduh: operator.smpn3sukamaju@gmail.com",
    ]
    for number, title in enumerate(titles, start=1):
        sheet.cell(number, 1, title).font = Font(bold=number == 1, size=14 if number == 1 else 11)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=last)
    top, below = 6, 7
    for column, label in enumerate(HEADER, start=1):
        if label is not None:
            cell = sheet.cell(top, column, label)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if column not in SUB_HEADER and label is not None:
            sheet.merge_cells(start_row=top, start_column=column, end_row=below, end_column=column)
    sheet.merge_cells(start_row=top, start_column=10, end_row=top, end_column=11)
    for column, label in SUB_HEADER.items():
        sheet.cell(below, column, label).font = Font(bold=True)
    for column in range(1, last + 1):  # Dapodik numbers the columns under the header
        sheet.cell(below + 1, column, column)
    for index, teacher in enumerate(rows, start=1):
        row = below + 1 + index
        sheet.cell(row, 1, index)
        for column, value in enumerate(teacher, start=2):
            cell = sheet.cell(row, column, value)
            if isinstance(value, dt.date):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(value, str) and value.isdigit():
                cell.number_format = "@"  # text, as Dapodik writes ids
    workbook.save(path)
    return path


if __name__ == "__main__":
    print(write_dapodik_xlsx(Path(sys.argv[1])))
