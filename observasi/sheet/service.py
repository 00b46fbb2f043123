"""What the CLI, the app and the recap call: write a sheet (signed on request), print it.

The key is opened while the PDF is drawn (see :func:`keys.load_key_meanwhile`), so a wrong
passphrase costs no more than the drawing and nothing is written; the file appears under
its name only when complete (temp file, fsync, rename).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from observasi import files, paths
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sheet.content import ImageTrouble, SheetContent, gather, language_suffix
from observasi.sheet.printing import print_pdf
from observasi.signing import keys

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.core.instrument import Instrument
    from observasi.sheet.build import BuiltSheet

__all__ = ["write_sheet", "write_batch_sheet", "print_pdf", "render_sheet", "signing_problem", "sheet_notes"]


def sheet_notes(context: AppContext, observation_id: str) -> list[str]:
    """What the person should know about a sheet that was printed anyway (the form's logo
    file is missing, the signature image set in Settings is ...), one translated line each."""
    from observasi.record import load
    from observasi.sheet.content import signature_picture, signer_slot

    scored = load(context.store, context.store.resolve_id(observation_id))
    _, trouble = signature_picture(context.settings.signature_image, signer_slot(context.store, scored.record))
    return _notes(context, scored.instrument, trouble)


def _notes(context: AppContext, inst: Instrument, trouble: ImageTrouble | None) -> list[str]:
    from observasi.sheet.content import form_logo

    _, note = form_logo(context, inst)
    return [line for line in (note, trouble.note() if trouble else None) if line]


def signing_problem(context: AppContext, content: SheetContent) -> str | None:
    """Why this sheet cannot be signed on this laptop (translated), or None."""
    if not content.final:
        return t("sheet.err.draft_sign")
    if not keys.has_key(context):
        return t("signing.err.no_key", path=paths.observer_key(context.settings.data_dir))
    if content.signer_slot is None:
        me = context.store.self_observer()
        if me is None:
            return t("signing.err.no_observer")
        return t("sheet.err.not_signer", me=me.name, observer=content.obs.observer.name)
    return None


def render_sheet(
    context: AppContext, observation_id: str, *, lang: str | None = None, evidence: bool = True
) -> tuple[SheetContent, BuiltSheet]:
    """The sheet drawn in memory (unsigned), with what it was drawn from."""
    from observasi.sheet.build import build_sheet

    content = gather(context, observation_id, lang, evidence=evidence)
    return content, build_sheet(content)


def write_sheet(
    context: AppContext,
    observation_id: str,
    out: Path | None = None,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    lang: str | None = None,
    evidence: bool = True,
) -> Path:
    """Write the feedback sheet of one observation; returns the file written.

    *out* defaults to ``<output folder>/lembar/<teacher>-<date>-<id8>.pdf`` (Documents/observasi
    unless the settings say otherwise: :attr:`Settings.files_dir`). With *sign*, the
    record must be final and this laptop's key must belong to its observer (or to the
    principal, who then signs the "Mengetahui" block)."""
    content = gather(context, observation_id, lang, evidence=evidence)
    return _write(context, content, out, sign=sign, passphrase=passphrase, sync_folder=True)


def write_batch_sheet(
    context: AppContext,
    observation_id: str,
    folder: Path,
    *,
    sign: bool = False,
    passphrase: str | None = None,
    lang: str | None = None,
    evidence: bool = True,
) -> tuple[Path, list[str]]:
    """One sheet of a batch (``observasi sheets``) into *folder*: the file written and its
    notes (see :func:`sheet_notes`), from the record read once. Named as a sheet saved alone
    is (:func:`_sheet_name`), and an unsigned one goes beside a signed one of that name: a
    batch into the folder of a signed one, in English or unsigned, replaced every sheet
    there (review11, review11b). The file is complete and fsynced when this returns; its
    folder's entry is made durable once for the whole batch (:func:`files.fsync_folder`),
    which the caller does after the last sheet."""
    content = gather(context, observation_id, lang, evidence=evidence)
    out = _beside_signed(folder / _sheet_name(content), sign)
    path = _write(context, content, out, sign=sign, passphrase=passphrase, sync_folder=False)
    return path, _notes(context, content.inst, content.image_trouble)


def _sheet_name(content: SheetContent) -> str:
    """``<teacher>-<date>-<id8>.pdf``, with what makes a sheet its own file: each amended
    version (``-amandemen-N``) and a language other than its form's (``-en``), so the sheet
    handed out before is never overwritten."""
    from observasi.sheet import amendments

    obs = content.obs
    name = Path(paths.sheet_file_name(obs.teacher.name, obs.date, obs.id))
    suffixes = amendments.version_suffix(obs) + language_suffix(content.inst, content.lang)
    return f"{name.stem}{suffixes}{name.suffix}"


def _beside_signed(target: Path, sign: bool) -> Path:
    """*target*, or for an unsigned sheet where a signed one of that name lies (what the
    teacher may have been handed) the name beside it (``-tanpa-ttd``)."""
    if sign or not _carries_signature(target):
        return target
    return target.with_name(target.stem + UNSIGNED_SUFFIX + target.suffix)


UNSIGNED_SUFFIX = "-tanpa-ttd"


def _carries_signature(path: Path) -> bool:
    """Whether *path* is a PDF with a digital signature (its signature dictionary's byte
    range; what pyHanko writes). False when there is no such file; True when it cannot be
    read (a viewer holding it on Windows): the unsigned sheet then goes beside it too."""
    try:
        return b"/ByteRange" in path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _write(
    context: AppContext,
    content: SheetContent,
    out: Path | None,
    *,
    sign: bool,
    passphrase: str | None,
    sync_folder: bool,
) -> Path:
    from observasi.sheet.build import build_sheet
    from observasi.signing.pades import resolve_passphrase, sign_bytes

    key_ready = None
    if sign:
        problem = signing_problem(context, content)
        if problem:
            raise UserError(problem)
        passphrase = resolve_passphrase(passphrase)
        # The key opens (Argon2id, on another core) while the sheet is drawn; a wrong
        # passphrase is said before anything is written.
        key_ready = keys.load_key_meanwhile(context, passphrase)
    built = build_sheet(content)
    if key_ready is not None:
        key_ready()
    # A file named by the person is theirs to replace; one named here is never a signed one.
    target = (
        Path(out) if out else _beside_signed(paths.sheets_dir(context.settings.files_dir) / _sheet_name(content), sign)
    )
    data = built.data
    if sign:
        assert content.signer_slot is not None  # signing_problem refuses a sheet without one
        # The block was this laptop's user's when the sheet was gathered; read the user
        # again rather than assume they are still set (another window may have changed it).
        me = context.store.self_observer()
        if me is None:
            raise UserError(t("signing.err.no_observer"))
        spot = built.spots.get(content.signer_slot)
        data = sign_bytes(
            context,
            data,
            passphrase,
            reason=t("sheet.sign.reason", lang=content.lang),
            field_box=spot.box if spot else None,
            page=spot.page if spot else -1,
            location=content.school.city,
            name=me.name,
            lang=content.lang,
        )
    return files.write_bytes(target, data, sync_folder=sync_folder)
