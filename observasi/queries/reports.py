"""What the report screens show: a teacher's history, the school recap, the preview of a
feedback sheet, and the files the last sync could not read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from observasi.context import AppContext
from observasi.core.status import Status
from observasi.queries.records import Scored, scored
from observasi.recap.history import TeacherHistory, build_history
from observasi.recap.period import Period
from observasi.recap.school import SchoolRecap, build_recap

if TYPE_CHECKING:
    from observasi.sheet.content import ImageTrouble
    from observasi.signing.key_status import CertificateDiffers

__all__ = [
    "SheetPreview",
    "SigningState",
    "can_sign",
    "school_recap",
    "sheet_preview",
    "sync_problems",
    "teacher_history",
]

# Whether the sheet will carry this laptop's digital signature, or why not: the record
# is not final yet, this laptop has no key, or the signature block is somebody else's.
SigningState = Literal["draft", "no_key", "not_mine", "signed"]


@dataclass(frozen=True)
class SheetPreview:
    obs_id: str  # the full id
    scored: Scored
    signing: SigningState
    # The signature image set in Settings that cannot be printed (said before the passphrase).
    image_trouble: ImageTrouble | None = None
    # A signed sheet's certificate naming another person or number than the profile.
    certificate_differs: CertificateDiffers | None = None
    # This laptop's observer saved as the principal beside a profile naming another one.
    role_doubt: str | None = None
    # The file name's language suffix ("-en") when the sheet is not in its form's language.
    language_suffix: str = ""


def teacher_history(context: AppContext, teacher_id: str) -> TeacherHistory:
    return build_history(context.store, teacher_id)


def school_recap(context: AppContext, period: Period) -> SchoolRecap:
    return build_recap(context.store, period)


def can_sign(context: AppContext) -> bool:
    """Whether this laptop holds a signing key (the principal's, on the principal's laptop)."""
    from observasi.signing.keys import has_key

    return has_key(context)


def sheet_preview(context: AppContext, obs_id: str) -> SheetPreview:
    """What the sheet of the record *obs_id* (or an id's start) will show and whether it
    will be signed; a UserError when there is no such record."""
    from observasi.queries.people import role_doubt
    from observasi.sheet.content import language_suffix, sheet_language, signature_picture, signer_slot
    from observasi.signing.key_status import certificate_differs
    from observasi.signing.keys import has_key

    full_id = context.store.resolve_id(obs_id)
    record = scored(context, full_id)
    signing: SigningState
    if record.record.status is not Status.final:
        signing = "draft"
    elif not has_key(context):
        signing = "no_key"
    elif signer_slot(context.store, record.record) is None:
        signing = "not_mine"
    else:
        signing = "signed"
    _, trouble = signature_picture(context.settings.signature_image, signer_slot(context.store, record.record))
    differs = certificate_differs(context) if signing == "signed" else None
    inst = record.instrument
    suffix = language_suffix(inst, sheet_language(inst, None, context.settings.lang))
    return SheetPreview(full_id, record, signing, trouble, differs, role_doubt(context), suffix)


def sync_problems(context: AppContext) -> list[tuple[str, str]]:
    """(file, reason) for each file of the shared folder the last sync could not read."""
    return context.store.sync_problems()
