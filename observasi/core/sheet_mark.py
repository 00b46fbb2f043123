"""What a feedback sheet says about itself to a program: the observation id and content hash
its QR code and PDF keywords carry and, in the keywords of an amended sheet, which amendment
it shows. Written by observasi.sheet, read by ``observasi verify`` (observasi.signing.verify):
one format, in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "observasi:<id>:<content hash>" (the QR code carries it in upper case), then on an amended
# sheet " amendment:<number>". A sheet made before the number was written has none.
_MARK = re.compile(r"observasi:([0-9a-f]{32}):([0-9a-f]{64})(?: amendment:(\d+))?", re.IGNORECASE)


@dataclass(frozen=True)
class SheetMark:
    observation_id: str
    content_hash: str
    amendment: int | None  # the amendment the sheet shows (0: none); None: not said (an older sheet)


def qr_payload(observation_id: str, digest: str) -> str:
    """What the sheet's QR code carries."""
    return f"observasi:{observation_id}:{digest}"


def sheet_keywords(observation_id: str, digest: str, amendments: int) -> str:
    """The PDF's keywords, covered by its signature: the QR code's payload and, on an amended
    sheet, the number of the amendment it shows -- so that a laptop that has not received
    that amendment yet can say its copy is older rather than blame the sheet. A sheet never
    amended keeps the payload alone (its bytes as before)."""
    payload = qr_payload(observation_id, digest)
    return f"{payload} amendment:{amendments}" if amendments else payload


def read_sheet_keywords(text: str) -> SheetMark | None:
    """The mark in a PDF's keywords; None when there is none (a recap, another PDF)."""
    match = _MARK.search(text)
    if match is None:
        return None
    number = match.group(3)
    return SheetMark(match.group(1).lower(), match.group(2).lower(), int(number) if number is not None else None)
