"""A roster preview in words: the command line prints these lines, the app shows the same
phrases in its table and its confirmation."""

from __future__ import annotations

from observasi.i18n import t
from observasi.roster.plan import Action, FieldChange, RosterPreview, RowPlan


def field_label(field: str) -> str:
    return t(f"roster.field.{field}")


def value_text(field: str, value: str) -> str:
    if field == "active":
        return t("roster.value.active") if value == "1" else t("roster.value.removed")
    return value or "–"


def change_text(change: FieldChange) -> str:
    """ "Nama: Şükrü Abdullah → Bambang Sutrisno, S.Pd." """
    return t(
        "roster.change",
        field=field_label(change.field),
        old=value_text(change.field, change.old),
        new=value_text(change.field, change.new),
    )


def match_text(row: RowPlan) -> str:
    """How a row found its teacher ("cocok menurut NUPTK")."""
    return t(f"roster.matched.{row.matched_by}") if row.matched_by else ""


def ids_text(values: dict[str, str]) -> str:
    parts = [f"{label} {values[key]}" for key, label in (("nip", "NIP"), ("nuptk", "NUPTK")) if values.get(key)]
    parts += [values[key] for key in ("ptk_type", "subject") if values.get(key)]
    return " · ".join(parts)


def summary_line(preview: RosterPreview) -> str:
    return t(
        "roster.summary",
        read=len(preview.rows),
        new=preview.count("new"),
        changed=preview.count("changed"),
        unchanged=preview.count("unchanged"),
        skipped=preview.count("skipped"),
    )


def source_line(preview: RosterPreview) -> str:
    parsed = preview.parsed
    return t("roster.source", path=parsed.source, kind=parsed.kind, line=parsed.header_line)


def preview_lines(preview: RosterPreview) -> list[str]:
    lines = [source_line(preview), summary_line(preview)]
    for action in ("new", "changed", "unchanged", "skipped"):
        rows = preview.of(action)
        if rows:
            lines.append("")
            lines.append(t(f"roster.section.{action}", count=len(rows)))
            for row in rows:
                lines.extend(_row_lines(action, row, preview))
    notes = [(row, note) for row in preview.rows for note in row.notes if row.action != "skipped"]
    if notes:
        lines.append("")
        lines.append(t("roster.section.notes", count=len(notes)))
        lines.extend(
            "  " + t("bad.roster.problem", place=preview.parsed.place(row.line), text=f"{row.name}: {note}")
            for row, note in notes
        )
    if preview.parsed.ignored_columns:
        lines.append("")
        lines.append(t("roster.ignored_columns", columns=", ".join(preview.parsed.ignored_columns)))
    return lines


def _row_lines(action: Action, row: RowPlan, preview: RosterPreview) -> list[str]:
    if action == "skipped":
        # A problem is named with its file: the line is copied to whoever made the file.
        text = f"{row.name}: {row.reason}" if row.name else str(row.reason)
        return ["  " + t("bad.roster.problem", place=preview.parsed.place(row.line), text=text)]
    if action == "new":
        ids = ids_text(dict(row.values))
        return ["  " + t("roster.row_line", line=row.line, text=f"{row.name}  ({ids})" if ids else row.name)]
    name = row.current_name or row.name
    head = f"{name}  ({match_text(row)})" if action == "changed" else name
    lines = ["  " + t("roster.row_line", line=row.line, text=head)]
    for change in row.changes:
        mark = "  " + t("roster.needs_confirmation") if change.identity else ""
        lines.append("        " + change_text(change) + mark)
    return lines


def rename_lines(preview: RosterPreview) -> list[str]:
    """Each change to a name or an id, for the question that asks about them."""
    lines = []
    for row in preview.renames:
        for change in row.changes:
            if change.identity:
                text = change_text(change) if change.field == "name" else f"{row.current_name}: {change_text(change)}"
                lines.append(t("roster.row_line", line=row.line, text=text))
    return lines
