"""A form written to a workbook: ``forms export`` (any form, bundled ones included) and the
filled example of ``forms template``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from observasi.core.instrument import Instrument
from observasi.files import write_atomic
from observasi.formbook.layout import (
    BANDS,
    CONVERSION,
    FORM_PART,
    IDENTITY,
    INDICATORS,
    LEVELS,
    LIST_SEPARATOR,
    MAIN_SCALE,
    NA_KINDS,
    REFLECTION,
    RUBRIC_PREFIX,
    SCALES,
    SECTIONS,
    SETTINGS,
    SETTINGS_KEYS,
    SNAPSHOT,
    TALLIES,
    Kind,
    Table,
)

Rows = dict[str, list[dict[str, Any]]]


def _get(data: dict[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def table_rows(inst: Instrument) -> tuple[list[tuple[str, Any]], Rows]:
    """The form as the settings rows and each table's rows (from its canonical data)."""
    data = inst.canonical_data()
    settings: list[tuple[str, Any]] = []
    for key, kind in SETTINGS_KEYS:
        value = _get(data, key)
        if value is None:
            continue
        if kind == "list":
            settings.extend((key, item) for item in value)
        else:
            settings.append((key, value))
    scales = {MAIN_SCALE: data["scale"], **data.get("scales", {})}
    rows: Rows = {t.sheet: [] for t in (SCALES, LEVELS, NA_KINDS, BANDS, CONVERSION, SECTIONS, INDICATORS)}
    for name, scale in scales.items():
        rows[SCALES.sheet].append({"name": name, **scale})
        rows[LEVELS.sheet].extend({"scale": name, **level} for level in scale["levels"])
        rows[NA_KINDS.sheet].extend({"scale": name, **kind} for kind in scale.get("na_kinds", []))
    rows[BANDS.sheet].extend({"section": FORM_PART, **band} for band in data["bands"])
    rows[CONVERSION.sheet].extend({"section": FORM_PART, **step} for step in data["scoring"]["conversion"])
    for section in data["sections"]:
        rows[SECTIONS.sheet].append(section)
        rows[BANDS.sheet].extend({"section": section["id"], **band} for band in section.get("bands", []))
        scoring = section.get("scoring") or {}
        rows[CONVERSION.sheet].extend({"section": section["id"], **s} for s in scoring.get("conversion", []))
        rows[INDICATORS.sheet].extend({"section": section["id"], **ind} for ind in section["indicators"])
    rows[IDENTITY.sheet] = list(data.get("identity", []))
    rows[REFLECTION.sheet] = list(data["reflection"])
    rows[TALLIES.sheet] = list(data["tallies"])
    rows[SNAPSHOT.sheet] = list((data.get("snapshot") or {}).get("prompts", []))
    return settings, rows


def rubric_keys(rows: Rows) -> list[str]:
    """Every level key some indicator's rubric names, in the order of the levels sheet."""
    keys = list(dict.fromkeys(str(level["key"]) for level in rows[LEVELS.sheet]))
    used = {key for ind in rows[INDICATORS.sheet] for key in ind.get("rubric", {})}
    return [key for key in keys if key in used]


def cell_value(value: Any, kind: Kind) -> Any:
    """A value as the cell holds it: numbers as numbers, yes/no as ya/tidak, lists joined."""
    if value is None or value == "":
        return None
    if kind == "bool":
        return "ya" if value else "tidak"
    if kind == "list":
        return f"{LIST_SEPARATOR} ".join(str(v) for v in value)
    if kind == "number":
        number = Decimal(str(value))
        return int(number) if number == number.to_integral_value() else float(number)
    return value


def write_workbook(inst: Instrument, path: Path, *, instructions: list[str] | None = None) -> None:
    """Write *inst* as a workbook at *path* (atomically), with an instructions sheet first
    when *instructions* are given (the template)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    settings, rows = table_rows(inst)
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="E8EAF2")
    if instructions:
        first.title = "Petunjuk"
        for line in instructions:
            first.append([line])
        first.column_dimensions["A"].width = 110
        sheet = workbook.create_sheet(SETTINGS)
    else:
        first.title = SETTINGS
        sheet = first
    sheet.append(["kunci", "nilai"])
    kinds = dict(SETTINGS_KEYS)
    for key, value in settings:
        sheet.append([key, cell_value(value, "text" if kinds[key] == "list" else kinds[key])])
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 60
    tables: list[Table] = [
        SCALES,
        LEVELS,
        NA_KINDS,
        BANDS,
        CONVERSION,
        SECTIONS,
        INDICATORS,
        IDENTITY,
        REFLECTION,
        TALLIES,
        SNAPSHOT,
    ]
    rubric = rubric_keys(rows)
    for table in tables:
        ws = workbook.create_sheet(table.sheet)
        headers = [c.header for c in table.columns]
        if table is INDICATORS:
            headers += [RUBRIC_PREFIX + key for key in rubric]
        ws.append(headers)
        for row in rows[table.sheet]:
            cells = [cell_value(_get(row, c.field), c.kind) for c in table.columns]
            if table is INDICATORS:
                cells += [row.get("rubric", {}).get(key) or None for key in rubric]
            ws.append(cells)
        for cell in ws[1]:
            cell.font, cell.fill = bold, shade
        for column, header in zip(ws.iter_cols(min_row=1, max_row=1), headers, strict=False):
            letter = column[0].column_letter
            ws.column_dimensions[letter].width = 48 if header in ("teks", "pertanyaan", "judul") else 16
        for line in ws.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = bold
    write_atomic(path, workbook.save)
