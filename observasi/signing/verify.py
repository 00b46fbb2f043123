"""Checking a signed PDF (a feedback sheet or a recap): is the signature intact, does it
cover the whole file, whose is it, and -- for a sheet -- does the record in the local
database still have the content that was signed.

A self-signed certificate is unknown to every trust store, so trust is decided here: the
certificate of this laptop's key and those placed in ``keys/trusted/`` are known; any other
is reported as an unknown certificate.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import paths
from observasi.core.os_reason import read_reason
from observasi.core.record import content_hash
from observasi.core.sheet_mark import SheetMark, read_sheet_keywords
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing import verify_codes
from observasi.signing.keys import OWN, fingerprint_der, trusted_certificates

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.core.record import Observation


@dataclass
class Verification:
    ok: bool
    reason: str = ""  # translated, when not ok
    todo: str = ""  # translated: what to do about it, where the reader can (a signer not known)
    signer: str = ""
    fingerprint: str = ""
    signed_at: str = ""
    observation_id: str = ""
    content_hash: str = ""
    certificate: str = ""  # translated line: own key / trusted file
    record: str = ""  # translated line: matches / differs / absent
    verdict: int = verify_codes.NOT_SIGNED  # the exit code of `observasi verify`
    # A translated line under the verdict: the amendment that superseded the sheet, or the
    # amendment this laptop has not received yet.
    under_verdict: str = ""


def _payload(reader: Any) -> SheetMark | None:
    """What the document info (/Keywords) says of the sheet (None: not a sheet's)."""
    try:
        info = reader.trailer_view.get("/Info")
        keywords = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except Exception:
        keywords = ""
    return read_sheet_keywords(keywords)


def not_a_pdf(data: bytes) -> str:
    """Why a file that no PDF reader can open is not a signed PDF: what it is instead (the
    files a school sends by mistake are empty, Word or Excel, pictures), or a PDF cut short."""
    from observasi.core.file_kind import content_kind

    if data[:1024].lstrip().startswith(b"%PDF"):
        # Its header is a PDF's: a download or a copy stopped before the end.
        return t("bad.verify.truncated") if b"%%EOF" not in data[-2048:] else t("bad.verify.damaged")
    if not data:
        return t("bad.verify.empty")
    kind = content_kind(data)
    return t("bad.verify.not_pdf", kind=kind) if kind else t("bad.verify.other")


def verify_pdf(context: AppContext, path: Path) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    path = Path(path)
    if path.is_dir():
        raise UserError(t("bad.verify.folder", path=path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(t("signing.err.read", path=path, detail=read_reason(exc))) from exc
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
    except Exception:
        return Verification(False, not_a_pdf(data))
    if not signatures:
        return Verification(False, t("signing.verify.r_unsigned"))
    result = Verification(False, verdict=verify_codes.TAMPERED)
    mark = _payload(reader)
    if mark is not None:
        result.observation_id, result.content_hash = mark.observation_id, mark.content_hash
    sig = signatures[-1]
    try:
        cert = sig.signer_cert
        result.fingerprint = fingerprint_der(cert.dump())
        subject = cert.subject.native  # a long name whole in "name" (keys.create_key)
        result.signer = subject.get("name") or subject.get("common_name") or cert.subject.human_friendly
        # Trust is decided below by fingerprint; here the certificate is its own root so that
        # pyHanko checks the cryptography and the coverage.
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
    except Exception as exc:
        result.reason = t("signing.verify.r_invalid", detail=type(exc).__name__)
        return result
    if status.signer_reported_dt is not None:
        result.signed_at = status.signer_reported_dt.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
    if not status.intact:
        result.reason = t("signing.verify.r_modified")
        return result
    if not status.valid:
        result.reason = t("signing.verify.r_invalid", detail="signature")
        return result
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE or (
        status.modification_level is not None and status.modification_level != ModificationLevel.NONE
    ):
        result.reason = t("signing.verify.r_appended")
        return result
    result.record, record_verdict, result.under_verdict = _compare_with_record(context, mark)
    known = trusted_certificates(context.settings.data_dir)
    source = known.get(result.fingerprint)
    if source is None:
        result.verdict = verify_codes.UNKNOWN_SIGNER
        result.reason, result.todo = _unknown_reason(context, result.fingerprint)
        return result
    result.certificate = (
        t("signing.verify.cert_own") if source == OWN else t("signing.verify.cert_trusted", source=source)
    )
    result.ok = True
    result.verdict = record_verdict
    return result


def _unknown_reason(context: AppContext, fingerprint: str) -> tuple[str, str]:
    """Why the signer is not trusted, and what to do, apart (the verdict's line says the
    first, the next line the second, before the details: the walk scrolled for them): a
    colleague's certificate that came through the shared folder and waits for confirmation
    (named, with where to confirm it), or one never seen (its fingerprint is in the details)."""
    from observasi.signing.colleagues import waiting_for

    data_dir = context.settings.data_dir
    waiting = waiting_for(data_dir, fingerprint)
    if waiting is not None:
        return (
            t("fx10s.verify.r_waiting", name=waiting.name, laptop=waiting.laptop),
            t("fx10s.verify.todo_waiting", code=waiting.code),
        )
    return t("fx10s.verify.r_unknown"), t("fx10s.verify.todo_unknown", folder=paths.trusted_certificates_dir(data_dir))


def _compare_with_record(context: AppContext, mark: SheetMark | None) -> tuple[str, int, str]:
    """(line about the record, verdict, line under the verdict: the amendment that superseded
    the sheet, or the one this laptop has not received yet)."""
    if mark is None:
        # A signed recap, or another signed document: it carries no observation to compare.
        return t("signing.verify.not_sheet"), verify_codes.VALID, ""
    store = context.store
    if store.is_deleted(mark.observation_id):
        return t("signing.verify.hash_absent"), verify_codes.VALID, ""
    try:
        obs = store.get_observation(mark.observation_id)
    except UserError:  # not on this laptop
        return t("signing.verify.hash_absent"), verify_codes.VALID, ""
    digest = mark.content_hash
    if content_hash(obs) == digest:
        return t("signing.verify.hash_match"), verify_codes.VALID, ""
    # The amendment made on the version this sheet shows is the one that superseded it.
    for number, amendment in enumerate(obs.amendments, start=1):
        if amendment.previous_hash == digest:
            line = t(
                "trust.verify.superseded",
                number=number,
                date=amendment.at[:10],
                author=amendment.author,
                reason=amendment.reason,
                total=len(obs.amendments),
            )
            return t("signing.verify.hash_differs"), verify_codes.SUPERSEDED, line
    newer = _newer_than_here(obs, mark)
    if newer:
        return t("fx10t.verify.content_older"), verify_codes.LOCAL_OLDER, newer
    return t("signing.verify.hash_differs"), verify_codes.CONTENT_DIFFERS, ""


def _newer_than_here(obs: Observation, mark: SheetMark) -> str:
    """Why the sheet is newer than this laptop's copy of its record (a translated line), or
    "": the sheet shows an amendment this laptop has not received (the walk's laptop B had
    synced before A amended, and was told the sheet differs), or -- signed, so made from a
    final record -- a record that is not final here yet. A sheet that says neither (an
    older one says no amendment at all) is compared as before: its content differs."""
    have = len(obs.amendments)
    if mark.amendment is not None and mark.amendment > have:
        if mark.amendment == have + 1:
            return t("fx10t.verify.newer", number=mark.amendment)
        return t("fx10t.verify.newer_many", first=have + 1, number=mark.amendment)
    if obs.status is not Status.final and (mark.amendment or 0) >= have:
        return t("fx10t.verify.newer_final")
    return ""
