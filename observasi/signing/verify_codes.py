"""What ``observasi verify`` exits with, in one place (scripts and the school's ICT teacher
read them; docs/verify-exit-codes.md lists them, and a test checks that it does).

When several apply, the first in this order wins: NOT_SIGNED, TAMPERED, UNKNOWN_SIGNER,
SUPERSEDED, LOCAL_OLDER, CONTENT_DIFFERS (a final record edited outside observasi is
CONTENT_DIFFERS whatever the sheet). 2 stays the command line's own code for bad input.
"""

from __future__ import annotations

VALID = 0  # signature intact and trusted; the record in the database has the signed content
NOT_SIGNED = 1  # not a PDF, damaged, or no digital signature at all
CONTENT_DIFFERS = 3  # signature fine, but the record differs (no amendment explains it) or was edited outside observasi
TAMPERED = 4  # changed after signing, changes appended after the signature, or a signature that does not check
UNKNOWN_SIGNER = 5  # a valid signature by a certificate this laptop does not trust (yet)
SUPERSEDED = 6  # signature fine, but the record was amended after this sheet was made
LOCAL_OLDER = 7  # signature fine, but this laptop's copy of the record is older than the sheet: sync first

# Name -> code, for the documentation test and for scripts that want the names.
CODES = {
    "VALID": VALID,
    "NOT_SIGNED": NOT_SIGNED,
    "CONTENT_DIFFERS": CONTENT_DIFFERS,
    "TAMPERED": TAMPERED,
    "UNKNOWN_SIGNER": UNKNOWN_SIGNER,
    "SUPERSEDED": SUPERSEDED,
    "LOCAL_OLDER": LOCAL_OLDER,
}
