"""What ``observasi verify`` exits with, in one place (scripts and the school's ICT teacher
read them; docs/privacy.md lists them).

The trust work (issue 13) owns the full set (tampered, superseded, unknown signer ...);
until it lands these are the codes, and it may renumber all but 0 in this one module.
"""

from __future__ import annotations

VALID = 0  # signature intact and trusted; the record in the database has the signed content
NOT_VALID = 1  # unsigned, signature broken, modified after signing, unknown certificate
CONTENT_DIFFERS = 3  # the signature is fine, but the record differs from the sheet or was edited outside observasi
