"""PAdES signatures (pyHanko) with the observer's key.

Baseline B-B: the signature, the signing certificate and the signing time the laptop
reports -- no timestamp server, because the laptop is usually offline. The signature
field sits on the signer's block of the sheet, with a small stamp ("Ditandatangani secara
digital" and the time) under the scanned signature; without a box (the recap) the
signature is invisible.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from observasi.errors import UserError
from observasi.i18n import t
from observasi.recap.fileio import write_atomic
from observasi.sheet.keys import PASSPHRASE_ENV, load_key

if TYPE_CHECKING:
    from observasi.context import AppContext

FIELD_NAME = "TandaTanganSupervisor"

Box = tuple[int, int, int, int]


def resolve_passphrase(passphrase: str | None) -> str:
    """The passphrase given, else ``OBSERVASI_PASSPHRASE``, else one clear line."""
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise UserError(t("sheet.err.passphrase_needed"))
    return passphrase


def sign_bytes(
    context: AppContext,
    data: bytes,
    passphrase: str | None,
    field_box: Box | None = None,
    *,
    page: int = -1,
    location: str = "",
    name: str = "",
    lang: str | None = None,
) -> bytes:
    """The PDF *data* with a PAdES signature appended as an incremental update."""
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = load_key(context, resolve_passphrase(passphrase))
    signer = signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=SimpleCertificateStore(),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    spec = fields.SigFieldSpec(FIELD_NAME, on_page=page, box=field_box)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=t("sheet.sign.reason", lang=lang),
        location=location or None,
        name=name or None,
    )
    style = TextStampStyle(
        stamp_text=t("sheet.sign.stamp", lang=lang), border_width=0, timestamp_format="%Y-%m-%d %H:%M %Z"
    )
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out)
    except Exception as exc:
        raise UserError(t("sheet.err.sign_failed", path="PDF", detail=f"{type(exc).__name__}: {exc}")) from exc
    return out.getvalue()


def sign_pdf(
    context: AppContext,
    in_path: Path,
    out_path: Path,
    passphrase: str | None,
    field_box: Box | None = None,
    *,
    page: int = -1,
) -> Path:
    """Sign the PDF at *in_path* into *out_path* (may be the same file; written atomically).

    *field_box* (x1, y1, x2, y2 in points on *page*, 0-based, -1 = last) makes the signature
    visible there; without it the signature is invisible."""
    in_path, out_path = Path(in_path), Path(out_path)
    try:
        data = in_path.read_bytes()
    except OSError as exc:
        raise UserError(t("sheet.err.sign_failed", path=in_path, detail=exc.strerror or exc)) from exc
    signed = sign_bytes(context, data, passphrase, field_box, page=page)
    return write_atomic(out_path, lambda temp: temp.write_bytes(signed))
