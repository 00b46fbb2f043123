"""PAdES signatures (pyHanko) with the observer's key, for every PDF observasi signs.

Baseline B-B: the signature, the signing certificate and the signing time the laptop
reports -- no timestamp server, because the laptop is usually offline. On the feedback
sheet the signature field sits on the signer's block, with a small stamp ("Ditandatangani
secara digital" and the time) under the scanned signature; without a box (the recap) the
signature is invisible.
"""

from __future__ import annotations

import io
import math
import os
from typing import TYPE_CHECKING

from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing.keys import PASSPHRASE_ENV, load_key

if TYPE_CHECKING:
    from observasi.context import AppContext

FIELD_NAME = "TandaTanganSupervisor"

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in points


def _whole_points(box: Box) -> tuple[int, int, int, int]:
    """*box* in whole points, as pyHanko's field spec takes it, rounded outwards so the
    stamp keeps all the space the sheet left for it."""
    x1, y1, x2, y2 = box
    return math.floor(x1), math.floor(y1), math.ceil(x2), math.ceil(y2)


def signature_room(cert_der: bytes) -> int:
    """How many hex digits to leave in the PDF for the signature (its CMS container), so
    pyHanko need not make a throwaway signature first to find out (a dry run it otherwise
    does, as costly as the signature itself).

    The container holds the certificate once, and the signer's identification (the
    issuer's name and serial number, twice: issuerAndSerialNumber and signing-certificate-v2),
    the signed attributes and an ECDSA signature: under twice the certificate plus 512
    bytes, and each byte is written as two hex digits. pyHanko's own estimate for the same
    key is the container it measured plus half: about as much."""
    return 2 * (2 * len(cert_der) + 512)


def resolve_passphrase(passphrase: str | None) -> str:
    """The passphrase given, else ``OBSERVASI_PASSPHRASE``, else one clear line."""
    if passphrase is None:
        passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise UserError(t("signing.err.passphrase_needed"))
    return passphrase


def sign_bytes(
    context: AppContext,
    data: bytes,
    passphrase: str | None,
    *,
    reason: str,
    field_box: Box | None = None,
    page: int = -1,
    location: str = "",
    name: str = "",
    lang: str | None = None,
) -> bytes:
    """The PDF *data* with a PAdES signature appended as an incremental update.

    *field_box* (x1, y1, x2, y2 in points on *page*, 0-based, -1 = last) makes the
    signature visible there; without it the signature is invisible. *reason* is what the
    signature says it is for (the document's kind); *lang* the language of the stamp."""
    from cryptography.hazmat.primitives import serialization
    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = load_key(context, resolve_passphrase(passphrase))
    # pyHanko takes the key and certificate as DER (its public loaders), not as the objects
    # of the cryptography package that load_key keeps in memory.
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (der_cert,) = load_certs_from_pemder_data(cert.public_bytes(serialization.Encoding.DER))
    signer = signers.SimpleSigner(
        signing_cert=der_cert,
        signing_key=load_private_key_from_pemder_data(der_key, passphrase=None),
        cert_registry=SimpleCertificateStore(),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    spec = fields.SigFieldSpec(FIELD_NAME, on_page=page, box=_whole_points(field_box) if field_box else None)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
        name=name or None,
    )
    style = TextStampStyle(
        stamp_text=t("signing.stamp", lang=lang), border_width=0, timestamp_format="%Y-%m-%d %H:%M %Z"
    )
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, bytes_reserved=signature_room(der_cert.dump()))
    except Exception as exc:
        raise UserError(t("signing.err.sign_failed", path="PDF", detail=f"{type(exc).__name__}: {exc}")) from exc
    return out.getvalue()
