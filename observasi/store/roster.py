"""Teacher rosters from CSV: Dapodik exports and sheets typed in Excel.

Headers are matched case- and space-insensitively in Indonesian or English; the
delimiter may be ``,`` ``;`` or tab; the text UTF-8 (with or without BOM) or
Windows-1252. Title rows above the header (Dapodik puts the school name there) are
skipped. Matching to existing teachers: by NIP, then NUPTK, then name.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.models import Teacher

_ALIASES = {
    "name": ("nama", "namalengkap", "namaguru", "namaptk", "name", "fullname", "teachername"),
    "nip": ("nip", "nipbaru"),
    "nuptk": ("nuptk",),
    "gender": ("jk", "jeniskelamin", "lp", "gender", "sex"),
    "ptk_type": ("jenisptk", "ptk", "jabatan", "jabatanptk", "ptktype", "position", "role"),
    "subject": ("matapelajaran", "mapel", "mapeldiampu", "matapelajarandiampu", "bidangstudi", "subject", "subjects"),
    "rank": ("pangkat", "golongan", "pangkatgolongan", "pangkatgol", "rank", "grade"),
}
_LOOKUP = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_FIELDS = ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank")


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_.\-/()]+", "", text.strip().lstrip("\ufeff")).casefold()


def _norm_name(text: str) -> str:
    return " ".join(text.split()).casefold()


def _digits(text: str) -> str:
    return re.sub(r"[\s'`]", "", text)


def _gender(text: str) -> str:
    value = text.strip().casefold()
    if value in ("l", "laki-laki", "laki laki", "lk", "m", "male", "pria"):
        return "L"
    if value in ("p", "perempuan", "pr", "f", "female", "wanita"):
        return "P"
    return text.strip()


def decode_csv(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


@dataclass
class RosterRow:
    line: int
    values: dict[str, str]


@dataclass
class ParsedRoster:
    rows: list[RosterRow]
    ignored_columns: list[str]
    notes: list[str] = field(default_factory=list)  # per-line warnings


def parse_roster(raw: bytes, name: str) -> ParsedRoster:
    text = decode_csv(raw)
    if not text.strip():
        raise UserError(t("roster.err.empty", path=name))
    first_lines = text.splitlines()[:20]
    sample = "\n".join(first_lines)
    delimiter = max(",;\t", key=lambda d: sample.count(d))
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    # Physical line numbers: a quoted cell may span lines, so count as the reader goes.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line_numbers = []
    start = 1
    for _ in reader:
        line_numbers.append(start)
        start = reader.line_num + 1
    header_index = None
    for i, record in enumerate(records[:20]):
        if any(_LOOKUP.get(_norm_header(cell)) == "name" for cell in record):
            header_index = i
            break
    if header_index is None:
        seen = ", ".join(c for c in (records[0] if records else []) if c.strip()) or "-"
        raise UserError(t("roster.err.no_name", path=name, columns=seen))
    header = records[header_index]
    mapping: dict[int, str] = {}
    ignored = []
    for col, cell in enumerate(header):
        key = _LOOKUP.get(_norm_header(cell))
        if key and key not in mapping.values():
            mapping[col] = key
        elif cell.strip():
            ignored.append(cell.strip())
    parsed = ParsedRoster([], ignored)
    for record, line in zip(records[header_index + 1 :], line_numbers[header_index + 1 :], strict=False):
        if not any(cell.strip() for cell in record):
            continue
        values = {key: record[col].strip() if col < len(record) else "" for col, key in mapping.items()}
        values = {k: values.get(k, "") for k in _FIELDS}
        values["name"] = " ".join(values["name"].split())
        values["nip"] = _digits(values["nip"])
        values["nuptk"] = _digits(values["nuptk"])
        values["gender"] = _gender(values["gender"])
        if values["nip"] and not re.fullmatch(r"\d{18}", values["nip"]):
            parsed.notes.append(t("roster.skip.bad_nip", line=line, value=values["nip"]))
            values["nip"] = ""
        parsed.rows.append(RosterRow(line, values))
    return parsed


@dataclass
class RosterPlan:
    save: list[Teacher] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def summary(self) -> str:
        return t(
            "roster.summary", added=self.added, updated=self.updated, unchanged=self.unchanged, skipped=self.skipped
        )


def plan_import(parsed: ParsedRoster, existing: list[Teacher]) -> RosterPlan:
    """Decide, row by row, what an import does: add, update, leave, or skip (and why)."""
    by_nip = {x.nip: x for x in existing if x.nip}
    by_nuptk = {x.nuptk: x for x in existing if x.nuptk}
    by_name = {_norm_name(x.name): x for x in existing}
    plan = RosterPlan(report=list(parsed.notes))
    first_seen: dict[str, int] = {}
    for row in parsed.rows:
        v = row.values
        if not v["name"]:
            plan.skipped += 1
            plan.report.append(t("roster.skip.no_name", line=row.line))
            continue
        identity = (
            f"nip:{v['nip']}"
            if v["nip"]
            else (f"nuptk:{v['nuptk']}" if v["nuptk"] else f"name:{_norm_name(v['name'])}")
        )
        if identity in first_seen:
            plan.skipped += 1
            plan.report.append(t("roster.skip.duplicate", line=row.line, name=v["name"], first=first_seen[identity]))
            continue
        first_seen[identity] = row.line
        match = (
            (by_nip.get(v["nip"]) if v["nip"] else None)
            or (by_nuptk.get(v["nuptk"]) if v["nuptk"] else None)
            or by_name.get(_norm_name(v["name"]))
        )
        if match is None:
            teacher = Teacher(**v)
            plan.save.append(teacher)
            plan.added += 1
            plan.report.append(t("roster.added", line=row.line, name=v["name"]))
            continue
        # An empty cell never wipes what is known.
        changes: dict[str, str | bool] = {k: val for k, val in v.items() if val and getattr(match, k) != val}
        if not match.active:
            changes["active"] = True
        if changes:
            plan.save.append(match.model_copy(update=changes))
            plan.updated += 1
            plan.report.append(t("roster.updated", line=row.line, name=v["name"]))
        else:
            plan.unchanged += 1
            plan.report.append(t("roster.unchanged", line=row.line, name=v["name"]))
    return plan


def read_roster(path: Path) -> ParsedRoster:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(t("roster.err.read", path=path, detail=exc.strerror or exc)) from exc
    return parse_roster(raw, str(path))
