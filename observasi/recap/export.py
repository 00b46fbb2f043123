"""Writing the recap to a file chosen by its extension, signed on request (PDF only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from observasi import files, paths
from observasi.errors import UserError
from observasi.i18n import t
from observasi.recap.school import SchoolRecap

if TYPE_CHECKING:
    from observasi.context import AppContext

FORMATS = (".xlsx", ".csv", ".pdf")


@dataclass(frozen=True)
class Exported:
    path: Path
    signed: bool


def default_path(data_dir: Path, recap: SchoolRecap, suffix: str) -> Path:
    """Where the app puts a recap: ``<data dir>/rekap/rekap-2026-1.xlsx``."""
    return paths.recap_file(data_dir, recap.period.file_stem(), suffix)


def check_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UserError(t("recap.err.format", path=path, suffix=suffix or "-", formats=", ".join(FORMATS)))
    return suffix


def export_recap(
    context: AppContext,
    recap: SchoolRecap,
    path: Path,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    csv_dialect: str = "excel-id",
) -> Exported:
    """Write *recap* to *path* (XLSX, CSV in *csv_dialect*, or PDF, signed on request)."""
    path = Path(path)
    suffix = check_format(path)
    if sign and suffix != ".pdf":
        raise UserError(t("recap.err.sign_pdf_only"))
    if suffix == ".xlsx":
        from observasi.recap.export_xlsx import write_recap_xlsx

        return Exported(write_recap_xlsx(recap, path), False)
    if suffix == ".csv":
        from observasi.recap.export_csv import write_recap_csv

        return Exported(write_recap_csv(recap, path, csv_dialect), False)
    from observasi.recap.export_pdf import recap_pdf, write_recap_pdf

    if not sign:
        return Exported(write_recap_pdf(recap, path), False)
    from observasi.signing.keys import load_key
    from observasi.signing.pades import resolve_passphrase, sign_bytes

    passphrase = resolve_passphrase(passphrase)
    load_key(context, passphrase)  # a wrong passphrase is said before the PDF is drawn
    school = recap.school
    signer = context.store.self_observer()
    signed = sign_bytes(
        context,
        recap_pdf(recap),
        passphrase,
        reason=t("recap.sign.reason", period=recap.period.label()),
        location=school.city if school else "",
        name=signer.name if signer else "",
    )
    return Exported(files.write_bytes(path, signed), True)
