"""Roster import as the CLI and the app use it: read a file into a preview, then apply that
preview, with or without the renames it holds, only if nothing changed in between."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from observasi.core.os_reason import read_reason
from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.plan import RosterPreview, plan_import, teachers_to_save
from observasi.roster.rows import ParsedRoster, parse_table

if TYPE_CHECKING:
    from observasi.context import AppContext

# The file types the import reads, for pickers and messages.
ROSTER_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
MAX_TEXT_BYTES = 30 * 1024 * 1024

_ZIP = b"PK\x03\x04"
# Kinds of file that are never a roster (an empty file and a workbook are read and judged).
_NOT_ROSTERS = ("bad.kind.pdf", "bad.kind.docx", "bad.kind.pptx", "bad.kind.html", "bad.kind.image")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls, and any password-protected workbook


def read_roster_bytes(raw: bytes, source: str) -> ParsedRoster:
    """A roster from a file's bytes; *source* names the file in every message."""
    from observasi.core.file_kind import content_kind, kind_key

    if kind_key(raw) in _NOT_ROSTERS:  # what it is instead says more than "no Name column"
        raise UserError(t("bad.roster.not_roster", path=source, kind=content_kind(raw)))
    if raw.startswith(_OLE):
        raise UserError(t("roster.err.old_xls", path=source))
    if raw.startswith(_ZIP):
        from observasi.roster.read_xlsx import read_xlsx_table

        if b"opendocument" in raw[:200]:
            raise UserError(t("roster.err.ods", path=source))
        return parse_table(read_xlsx_table(raw, source))
    from observasi.roster.read_csv import read_csv_table

    if len(raw) > MAX_TEXT_BYTES:
        raise UserError(t("roster.err.too_big", path=source, size=len(raw) // 2**20, limit=MAX_TEXT_BYTES // 2**20))
    return parse_table(read_csv_table(raw, source))


def read_roster(path: Path) -> ParsedRoster:
    try:
        raw = path.read_bytes()
    except IsADirectoryError as exc:
        raise UserError(t("roster.err.is_folder", path=path)) from exc
    except OSError as exc:
        raise UserError(t("roster.err.read", path=path, detail=read_reason(exc))) from exc
    return read_roster_bytes(raw, str(path))


def preview_import(context: AppContext, path: Path) -> RosterPreview:
    """What importing *path* would do, with nothing changed yet."""
    parsed = read_roster(path)
    return plan_against(context, parsed)


def plan_against(context: AppContext, parsed: ParsedRoster) -> RosterPreview:
    store = context.store
    school = store.get_school()
    return plan_import(parsed, store.list_teachers(include_inactive=True), school.npsn if school else "")


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    held_back: int  # renames left as they were (not confirmed)

    def summary(self) -> str:
        """ "Tersimpan: 5 guru baru, 2 guru diperbarui." and, when some were left, the
        renames not applied; parts that are zero are not said."""
        parts = [
            t(key, count=count)
            for key, count in (("roster.done.added", self.added), ("roster.done.changed", self.changed))
            if count
        ]
        text = t("roster.done", parts=", ".join(parts) or t("roster.done.none"))
        return text + (" " + t("roster.done.held_back", count=self.held_back) if self.held_back else "")


def apply_import(context: AppContext, preview: RosterPreview, *, with_renames: bool) -> ImportResult:
    """Save what *preview* showed. Refused when the teachers changed since it was made (a
    sync, another import): the user confirms what they saw, nothing else."""
    store = context.store
    with store.transaction():  # the check and the save see the same teachers
        current = plan_against(context, preview.parsed)
        if current.rows != preview.rows:
            raise UserError(t("roster.err.changed_since", path=preview.parsed.source))
        existing = store.list_teachers(include_inactive=True)
        save = teachers_to_save(preview, existing, with_identity=with_renames)
        store.save_teachers(save)
    changed_ids = {teacher.id for teacher in save}
    changed = sum(1 for row in preview.of("changed") if row.teacher_id in changed_ids)
    held_back = 0 if with_renames else len(preview.renames)
    return ImportResult(preview.count("new"), changed, held_back)
