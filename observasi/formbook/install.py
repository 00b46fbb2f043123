"""A form read from a workbook, installed as a TOML file in the data folder's forms, where
the catalog finds it (and a sync carries it to colleagues as it does any form there)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from observasi.core.form_loader import logo_file
from observasi.core.form_toml import form_toml
from observasi.core.forms import FormCatalog
from observasi.core.instrument import Instrument
from observasi.errors import UserError
from observasi.files import safe_file_name, write_bytes
from observasi.i18n import t


@dataclass(frozen=True)
class Installed:
    path: Path
    already: bool  # the same form (same content) was there already


def install_form(inst: Instrument, forms_dir: Path, catalog: FormCatalog, source: Path | None = None) -> Installed:
    """Write *inst* into *forms_dir*. The same id and version with other content is refused:
    records made on that form point at it, so a changed form needs a new version. The form's
    logo (a path relative to *source*, the workbook it was read from) is copied beside it."""
    existing = catalog.get(inst.id, inst.version)
    if existing is not None:
        if existing.hash == inst.content_hash():
            return Installed(existing.path, True)
        raise UserError(t("forms2.book.version_taken", id=inst.id, version=inst.version, path=existing.path))
    path = forms_dir / f"{safe_file_name(f'{inst.id}-{inst.version}')}.toml"
    if path.exists():
        raise UserError(t("forms2.book.file_taken", path=path))
    forms_dir.mkdir(parents=True, exist_ok=True)
    if source is not None:
        copy_logo(inst, source, path)
    write_bytes(path, form_toml(inst).encode("utf-8"))
    return Installed(path, False)


def copy_logo(inst: Instrument, source: Path, target: Path) -> None:
    """Put the logo found beside *source* beside *target* (the form's new file), at the same
    relative path. Another image already there under that name is refused, never replaced."""
    found, wanted = logo_file(inst, source), logo_file(inst, target)
    if found is None or wanted is None or not found.is_file():
        return  # no logo, or a missing one: said as a warning when read; the sheet prints without
    data = found.read_bytes()
    if wanted.is_file():
        if wanted.read_bytes() != data:
            raise UserError(t("forms3.err.logo_taken", path=wanted))
        return
    wanted.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(wanted, data)
