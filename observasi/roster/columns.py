"""Which column holds what: Dapodik's labels and the ones people type in Excel.

Labels are compared without case, spaces or punctuation ("Nama (Tanpa Gelar)" and
"NAMA TANPA GELAR" are one label). The header is the first row, among the first
:data:`HEADER_SEARCH_ROWS`, that has a name column; Dapodik puts the school's name and the
download date above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADER_SEARCH_ROWS = 40

# field -> the labels that mean it (already normalised by :func:`norm_label`)
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "nama",
        "namalengkap",
        "namaguru",
        "namaptk",
        "namagtk",
        "namadengangelar",
        "namalengkapdengangelar",
        "name",
        "fullname",
        "teachername",
    ),
    "name_plain": ("namatanpagelar", "namatanpagelarakademik", "namalengkaptanpagelar"),
    "title_front": ("gelardepan", "gelarakademikdepan", "titlebefore"),
    "title_back": ("gelarbelakang", "gelarakademikbelakang", "titleafter"),
    "nip": ("nip", "nipbaru", "nippns", "nipnippppk"),
    "nuptk": ("nuptk",),
    "gender": ("jk", "jeniskelamin", "lp", "kelamin", "gender", "sex"),
    "ptk_type": ("jenisptk", "jenisgtk", "ptk", "jabatan", "jabatanptk", "ptktype", "position", "role"),
    "subject": (
        "matapelajaran",
        "mapel",
        "mapeldiampu",
        "matapelajarandiampu",
        "bidangstudi",
        "subject",
        "subjects",
    ),
    "rank": ("pangkat", "golongan", "pangkatgolongan", "pangkatgol", "rank", "grade"),
    "npsn": ("npsn", "npsnsekolah"),
    # Read to check a NIP's birth date, never stored (UU 27/2022: only what supervision needs).
    "birth_date": ("tanggallahir", "tgllahir", "tanggalkelahiran", "birthdate", "dateofbirth"),
}
_LOOKUP = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}

# What a person calls each field in a message (the file's own label is used where known).
FIELD_LABELS = {
    "name": "Nama",
    "name_plain": "Nama (Tanpa Gelar)",
    "title_front": "Gelar Depan",
    "title_back": "Gelar Belakang",
    "nip": "NIP",
    "nuptk": "NUPTK",
    "gender": "JK",
    "ptk_type": "Jenis PTK",
    "subject": "Mapel",
    "rank": "Pangkat/Golongan",
    "npsn": "NPSN",
    "birth_date": "Tanggal Lahir",
}


def norm_label(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.strip().lstrip("\ufeff")).casefold()


def field_of(label: str) -> str | None:
    return _LOOKUP.get(norm_label(label))


@dataclass
class Header:
    """The header row: which column holds which field, and what was left unread."""

    columns: dict[int, str]  # column index -> field
    labels: dict[int, str]  # column index -> the label as written
    ignored: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max(self.labels, default=-1) + 1

    def label_of(self, column: int) -> str:
        return self.labels.get(column) or column_name(column)

    def column_of(self, wanted: str) -> int | None:
        return next((col for col, name in self.columns.items() if name == wanted), None)


def column_name(index: int) -> str:
    """A spreadsheet column's letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_header(labels: list[str]) -> Header | None:
    """The header these cells make, if they name a name column."""
    columns: dict[int, str] = {}
    written: dict[int, str] = {}
    ignored: list[str] = []
    for col, label in enumerate(labels):
        label = " ".join(label.split())
        if not label:
            continue
        written[col] = label
        key = field_of(label)
        if key and key not in columns.values():
            columns[col] = key
        else:
            ignored.append(label)
    if not {"name", "name_plain"} & set(columns.values()):
        return None
    return Header(columns, written, ignored)


def header_score(labels: list[str]) -> int:
    """How many fields a row read as a header recognises (0 when it is not a header)."""
    header = read_header(labels)
    return len(header.columns) if header else 0


def merge_sub_header(top: list[str], below: list[str], name_column: int) -> list[str] | None:
    """A two-row header ("Gelar" over "Depan" | "Belakang"): the labels made by joining each
    column's two cells, or None when *below* is the first teacher, not more header.

    A row under the header is more header when it has nothing under the name column and
    only words (no numbers, no dates) elsewhere. A merged cell arrives filled into every
    column it spans (the XLSX reader does that); in a CSV the group label sits in its first
    column only, so an empty cell takes the label on its left.
    """
    under_name = below[name_column].strip() if name_column < len(below) else ""
    if under_name and norm_label(under_name) != norm_label(top[name_column]):
        return None
    words = [cell.strip() for cell in below if cell.strip()]
    if not words or any(re.search(r"\d", word) for word in words):
        return None
    joined: list[str] = []
    group = ""
    for col in range(max(len(top), len(below))):
        upper = top[col].strip() if col < len(top) else ""
        lower = below[col].strip() if col < len(below) else ""
        if upper:
            group = upper
        label = upper or (group if lower else "")
        if lower and norm_label(lower) != norm_label(label):
            label = f"{label} {lower}".strip()
        joined.append(label)
    return joined


def is_numbering_row(cells: list[str]) -> bool:
    """Dapodik and many templates number the columns (1, 2, 3 ...) under the header."""
    values = [cell.strip() for cell in cells if cell.strip()]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# -- who is a teacher ------------------------------------------------------------------------

# Jenis PTK values of staff who do not teach (tenaga kependidikan). Observation is for
# teachers; these rows are skipped with the reason, never imported as teachers.
_TENDIK_PHRASES = (
    "tenaga administrasi",
    "tenaga kependidikan",
    "tenaga perpustakaan",
    "tenaga laboratorium",
    "tenaga kebersihan",
    "tenaga keamanan",
    "tata usaha",
    "office boy",
    "cleaning service",
)
_TENDIK_WORDS = {
    "tendik",
    "laboran",
    "pustakawan",
    "pesuruh",
    "penjaga",
    "satpam",
    "tukang",
    "petugas",
    "pengemudi",
    "sopir",
    "operator",
    "teknisi",
    "juru",
    "staf",
    "staff",
    "bendahara",
}


def is_tendik(ptk_type: str) -> bool:
    """Whether a Jenis PTK names staff who do not teach ("Tenaga Administrasi Sekolah",
    "Laboran", "Pustakawan", ...). Anything that begins with Guru or Kepala teaches."""
    text = " ".join(re.sub(r"[^\w]+", " ", ptk_type.casefold()).split())
    if not text or text.split()[0] in ("guru", "kepala", "wakil"):
        return False
    return any(phrase in text for phrase in _TENDIK_PHRASES) or bool(_TENDIK_WORDS & set(text.split()))
