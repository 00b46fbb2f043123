"""PAdES signatures (pyHanko) with the observer's key, for every PDF observasi signs.

Baseline B-B: the signature, the signing certificate and the signing time the laptop
reports -- no timestamp server, because the laptop is usually offline. On the feedback
sheet the signature field sits on the signer's block, with a small stamp ("Ditandatangani
secara digital" and the time) under the scanned signature; without a box (the recap) the
signature is invisible.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from observasi.errors import UserError
from observasi.i18n import t
from observasi.signing.keys import PASSPHRASE_ENV, load_key

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.signing.pdf_signature import Box


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

    from observasi.signing import pdf_signature  # only when signing: the unsigned sheet imports this module

    key, cert = load_key(context, resolve_passphrase(passphrase))
    request = pdf_signature.SignRequest(
        data=data,
        key_der=key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        cert_der=cert.public_bytes(serialization.Encoding.DER),
        reason=reason,
        stamp_text=t("signing.stamp", lang=lang),
        field_box=field_box,
        page=page,
        location=location,
        name=name,
    )
    ahead = pdf_signature.take_ahead()  # started by `observasi sheet --sign`, if it was
    try:
        signed = ahead.sign(request) if ahead is not None else None
        return signed if signed is not None else pdf_signature.sign_pdf(request)
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        raise UserError(t("signing.err.sign_failed", path="PDF", detail=detail)) from exc
