"""The forms the program knows, for the Instrumen screen: the list, one form, the files
that could not be read, and importing a workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.errors import UserError


@dataclass(frozen=True)
class FormRow:
    id: str
    version: str
    title: str
    origin: str  # bundled, user, shared
    indicators: int
    schema_version: int


def form_rows(context: AppContext) -> list[FormRow]:
    """Every known form (every version), by title then version."""
    rows = [
        FormRow(
            k.instrument.id,
            k.instrument.version,
            k.instrument.title,
            k.origin,
            len(k.instrument.indicators()),
            k.instrument.schema_version,
        )  # fmt: skip
        for k in context.catalog.forms.values()
    ]
    return sorted(rows, key=lambda r: (r.title.casefold(), r.version))


def form(context: AppContext, form_id: str, version: str) -> Instrument | None:
    known = context.catalog.get(form_id, version)
    return known.instrument if known else None


def broken_forms(context: AppContext) -> list[str]:
    """The problems of the form files that could not be used, as FILE:LINE: what."""
    return [str(problem) for problem in context.catalog.problems]


def form_warnings(context: AppContext) -> list[str]:
    return [str(warning) for warning in context.catalog.warnings]


@dataclass
class WorkbookImport:
    installed: FormRow | None = None
    already: bool = False
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    travels: bool = False  # a sync place is set: colleagues get the form at the next sync


def import_workbook(context: AppContext, path: Path) -> WorkbookImport:
    """Check the workbook at *path* and install its form in the data folder's forms."""
    from observasi.formbook.install import install_form
    from observasi.formbook.read import read_workbook_file

    read = read_workbook_file(path)
    outcome = WorkbookImport(warnings=[str(w) for w in read.warnings])
    if read.instrument is None:
        outcome.problems = [str(p) for p in read.problems]
        return outcome
    inst = read.instrument
    try:
        installed = install_form(inst, context.settings.user_forms_dir, context.catalog, path)
    except UserError as exc:
        outcome.problems = [str(exc)]
        return outcome
    context.reload_forms()
    outcome.already = installed.already
    outcome.travels = context.settings.has_sync_place
    outcome.installed = FormRow(inst.id, inst.version, inst.title, "user", len(inst.indicators()), inst.schema_version)
    return outcome
