"""What a feedback sheet prints, gathered from the store in one place.

The sheet renders from the stored record and the instrument stored with it (so an old
record prints as it was scored even after the form file changed), the school profile and
the settings. Nothing here imports reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from observasi.core.instrument import Instrument
from observasi.core.numbers import number_text as core_number_text
from observasi.core.record import Acknowledgement, Observation, Person, Status, content_hash, parse_utc
from observasi.core.scoring import ScoreResult
from observasi.core.sheet_mark import qr_payload, sheet_keywords
from observasi.i18n import t
from observasi.store.models import School

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.store.store import Store

PRINCIPAL_ROLE = "kepala_sekolah"


@dataclass(frozen=True)
class ImageTrouble:
    """Why the signature image set in Settings is left off the sheet."""

    path: Path
    detail: str | None = None  # what reading it said; None: there is no such file

    def reason(self, lang: str | None = None) -> str:
        """One translated line naming the file: missing, or not readable."""
        if self.detail is None:
            return t("fx9s.image.missing", lang=lang, path=self.path)
        return t("fx9s.image.broken", lang=lang, path=self.path, detail=self.detail)

    def note(self) -> str:
        """What the person is told after a sheet was made without the image."""
        return t("fx9s.note", reason=self.reason())


@dataclass(frozen=True)
class SheetContent:
    obs: Observation
    inst: Instrument
    result: ScoreResult
    school: School
    lang: str
    digest: str  # content hash of the record, printed in the QR code
    principal: Person | None  # the "Mengetahui, Kepala Sekolah" block, when the observer is not the principal
    signature_image: Path | None  # scanned signature of this laptop's user
    signer_slot: str | None  # "observer" / "principal": the block that is this laptop's user's
    evidence: bool = True  # print the evidence timeline as an appendix
    # The image the settings name but that cannot be used (moved, deleted, not an image):
    # the sheet is made without it and its block says so (walk 9: it used to make no sheet).
    image_trouble: ImageTrouble | None = None
    # The teacher's acknowledgement of the version before the latest amendment (see
    # observasi.sheet.amendments): listed as given for that version.
    previous_acknowledgement: Acknowledgement | None = None
    data_dir: Path | None = None  # where the attached evidence files are (their thumbnails)

    @property
    def final(self) -> bool:
        return self.obs.status is Status.final

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.obs.id, self.digest)

    @property
    def keywords(self) -> str:
        """The PDF's keywords (observasi.core.sheet_mark.sheet_keywords)."""
        return sheet_keywords(self.obs.id, self.digest, len(self.obs.amendments))

    @property
    def moment(self) -> dt.datetime:
        """When the sheet's content was fixed: finalised, else last changed (UTC). It is
        the PDF's creation date, so the same record always gives the same bytes."""
        return parse_utc(self.obs.finalized_at or self.obs.updated_at)

    @property
    def place_date(self) -> dt.date:
        """The date written beside the city: the day the record was finalised (local
        time of this laptop), or the lesson's date for a record still under way."""
        if self.obs.finalized_at:
            return parse_utc(self.obs.finalized_at).astimezone().date()
        return dt.date.fromisoformat(self.obs.date)


def with_form_kop(school: School, inst: Instrument, logo: Path | None = None) -> School:
    """The letterhead a form's sheet prints: the school's, with what the form's own kop
    says in place of it (a Cabang Dinas instrument carries its own). A form that names a
    logo prints *logo* (its file, found by :func:`form_logo`) or none -- never the school's
    under another office's name."""
    kop = inst.kop
    if kop is None:
        return school
    update: dict[str, str] = {
        name: value
        for name, value in (
            ("kop_lines", "\n".join(kop.lines)),
            ("name", kop.name),
            ("address", kop.address),
            ("phone", kop.phone),
            ("email", kop.email),
        )
        if value.strip()
    }
    if kop.logo:
        update["logo_path"] = str(logo) if logo is not None else ""
    return school.model_copy(update=update)


def form_logo(context: AppContext, inst: Instrument) -> tuple[Path | None, str | None]:
    """The form's own logo file, or why it cannot be printed (one line naming the form and
    the path; the sheet prints without it). (None, None) for a form without a logo."""
    from observasi.core.form_loader import logo_file

    if inst.kop is None or not inst.kop.logo:
        return None, None
    known = context.catalog.by_hash(inst.content_hash())
    path = logo_file(inst, known.path if known is not None else None)
    form = f"{inst.title} ({inst.id} {inst.version})"
    if known is None or path is None or not path.is_file():
        return None, t("forms3.sheet.logo_missing", form=form, path=path or inst.kop.logo)
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab raises many kinds for a file that is not an image
        return None, t("forms3.sheet.logo_broken", form=form, path=path, detail=type(exc).__name__)
    return path, None


def sheet_language(inst: Instrument, lang: str | None, default: str) -> str:
    """English for an English form or when asked for; otherwise the app's language."""
    if lang:
        return lang
    return "en" if inst.language == "en" else default


def language_suffix(inst: Instrument, lang: str) -> str:
    """What a sheet's file name carries when it is not in its form's language ("-en"): a
    principal who switched the screens to English and saved the sheet again replaced the
    signed Indonesian sheet the teacher had been handed with an English one of the same
    name (walk11). Each language is its own file; the form's own keeps the plain name."""
    return "" if lang == inst.language else f"-{lang}"


def signature_picture(image: Path | None, slot: str | None) -> tuple[Path | None, ImageTrouble | None]:
    """The scanned signature to print on the block *slot* (this laptop's user's), or why the
    file set in Settings cannot be printed. (None, None) when there is no image or no block."""
    if image is None or slot is None:
        return None, None
    path = Path(image).expanduser()
    if not path.is_file():
        return None, ImageTrouble(path)
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab raises many kinds for a file that is not an image
        return None, ImageTrouble(path, type(exc).__name__)
    return path, None


def signer_slot(store: Store, obs: Observation) -> str | None:
    """The signature block that belongs to this laptop's user: "observer" when they made
    the observation, "principal" when they are the principal acknowledging a colleague's
    observation, else None (their scanned signature and key do not belong on this sheet)."""
    me = store.self_observer()
    if me is None:
        return None
    if me.id == obs.observer_id:
        return "observer"
    if obs.observer.role != PRINCIPAL_ROLE and me.role == PRINCIPAL_ROLE:
        return "principal"
    return None


def gather(context: AppContext, observation_id: str, lang: str | None = None, *, evidence: bool = True) -> SheetContent:
    from observasi.record import load
    from observasi.sheet.amendments import previous_acknowledgement

    store = context.store
    scored = load(store, store.resolve_id(observation_id))
    obs, inst = scored.record, scored.instrument
    logo, _ = form_logo(context, inst)
    school = with_form_kop(store.get_school() or School(), inst, logo)
    principal = None
    if obs.observer.role != PRINCIPAL_ROLE:
        principal = Person(
            name=school.principal_name,
            id_label=school.principal_id_label or "NIP",
            id_number=school.principal_id_number,
            role=PRINCIPAL_ROLE,
        )
    slot = signer_slot(store, obs)
    image, trouble = signature_picture(context.settings.signature_image, slot)
    return SheetContent(
        obs=obs,
        inst=inst,
        result=scored.score,
        school=school,
        lang=sheet_language(inst, lang, context.settings.lang),
        digest=content_hash(obs),
        principal=principal,
        signature_image=image,
        image_trouble=trouble,
        signer_slot=slot,
        evidence=evidence,
        previous_acknowledgement=previous_acknowledgement(store, obs),
        data_dir=context.settings.data_dir,
    )


def number_text(value: Decimal | int | None, lang: str, decimals: int = 2) -> str:
    """Nilai as schools write it: 87,50 in Indonesian, 87.50 in English (*decimals*: the
    precision the form declares; the one number style of :mod:`observasi.core.numbers`)."""
    return core_number_text(value, lang, decimals)
