"""The workbook's sheets and columns: one description shared by writing and reading."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "int", "number", "bool", "list"]

MAIN_SCALE = "utama"  # the form's own [scale] in the Skala / Tingkat / Jenis NA sheets
FORM_PART = ""  # "bagian" left empty: the form's own bands and conversion
RUBRIC_PREFIX = "rubrik "
INSTRUCTIONS = "Petunjuk"
SETTINGS = "Pengaturan"


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # the key in the row's data; dotted for a nested table ("presence.label")
    kind: Kind = "text"


@dataclass(frozen=True)
class Table:
    sheet: str
    columns: tuple[Column, ...]


def _c(header: str, field: str, kind: Kind = "text") -> Column:
    return Column(header, field, kind)


SCALES = Table(
    "Skala",
    (
        _c("skala", "name"),
        _c("jenis", "kind"),
        _c("boleh_na", "allow_na", "bool"),
        _c("label_na", "na_label"),
        _c("kondisi", "presence.label"),
        _c("kondisi_ada", "presence.present_label"),
        _c("maksimal_menghitung", "presence.max_counts"),
    ),
)
LEVELS = Table(
    "Tingkat",
    (
        _c("skala", "scale"),
        _c("kunci", "key"),
        _c("label", "label"),
        _c("nilai", "value", "int"),
        _c("deskripsi", "description"),
        _c("tidak_ada", "absent", "bool"),
    ),
)
NA_KINDS = Table(
    "Jenis NA",
    (_c("skala", "scale"), _c("kunci", "key"), _c("label", "label"), _c("efek", "effect"), _c("tingkat", "level")),
)
BANDS = Table(
    "Predikat", (_c("bagian", "section"), _c("min", "min", "number"), _c("max", "max", "number"), _c("label", "label"))
)
CONVERSION = Table(
    "Konversi",
    (
        _c("bagian", "section"),
        _c("di_atas", "above", "number"),
        _c("sampai", "upto", "number"),
        _c("nilai", "value", "int"),
    ),
)
SECTIONS = Table(
    "Bagian",
    (
        _c("id", "id"),
        _c("judul", "title"),
        _c("fase", "phase"),
        _c("tahap", "stage"),
        _c("deskripsi", "description"),
        _c("skala", "scale"),
        _c("metode", "scoring.method"),
        _c("desimal", "scoring.decimals", "int"),
        _c("bulatkan_dulu", "scoring.round_before_band", "bool"),
        _c("ada_predikat", "scoring.predikat", "bool"),
    ),
)
INDICATORS = Table(
    "Indikator",
    (
        _c("bagian", "section"),
        _c("id", "id"),
        _c("teks", "text"),
        _c("kompetensi", "competency"),
        _c("skala", "scale"),
        _c("bobot", "weight", "number"),
        _c("terbalik", "reverse", "bool"),
        _c("elemen", "element"),
        _c("petunjuk_bukti", "evidence_prompt"),
        _c("petunjuk_rekomendasi", "recommendation_prompt"),
    ),
)
IDENTITY = Table(
    "Identitas",
    (
        _c("id", "id"),
        _c("label", "label"),
        _c("jenis", "type"),
        _c("wajib", "required", "bool"),
        _c("pilihan", "choices", "list"),
    ),
)
REFLECTION = Table("Refleksi", (_c("id", "id"), _c("pertanyaan", "text"), _c("petunjuk", "hint")))
TALLIES = Table("Hitungan", (_c("nama", "name"), _c("tombol", "key"), _c("label", "label")))
SNAPSHOT = Table(
    "Potret", (_c("id", "id"), _c("label", "label"), _c("jenis", "kind"), _c("pilihan", "choices", "list"))
)

TABLES = (SCALES, LEVELS, NA_KINDS, BANDS, CONVERSION, SECTIONS, INDICATORS, IDENTITY, REFLECTION, TALLIES, SNAPSHOT)

# The settings sheet: one key a row ("kunci" | "nilai"); a list repeats its key, a row a line.
SETTINGS_KEYS: tuple[tuple[str, Kind], ...] = (
    ("schema_version", "int"),
    ("id", "text"),
    ("version", "text"),
    ("title", "text"),
    ("language", "text"),
    ("description", "text"),
    ("id_label", "text"),
    ("choose_sections", "int"),
    ("scoring.method", "text"),
    ("scoring.decimals", "int"),
    ("scoring.round_before_band", "bool"),
    ("scoring.predikat", "bool"),
    ("snapshot.interval_minutes", "int"),
    ("kop.lines", "list"),
    ("kop.name", "text"),
    ("kop.address", "text"),
    ("kop.phone", "text"),
    ("kop.email", "text"),
    ("kop.logo", "text"),
    ("headings.strengths", "text"),
    ("headings.improvements", "text"),
    ("headings.followups", "text"),
    ("headings.reflection", "text"),
    ("target_behaviours.label", "text"),
    ("target_behaviours.choices", "list"),
)
LIST_SEPARATOR = ";"
YES = ("ya", "y", "true", "benar", "1")
NO = ("tidak", "t", "false", "salah", "0")
