"""What a check of a signed PDF says, line by line, and its verdict code: one wording for
`observasi verify` and for the app's "Periksa lembar" (a principal checks a colleague's sheet
without a terminal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.context import AppContext


@dataclass
class VerifyReport:
    code: int  # the exit code of `observasi verify` (observasi.signing.verify_codes)
    lines: list[str] = field(default_factory=list)  # the verdict first; details indented by two spaces

    @property
    def valid(self) -> bool:
        from observasi.signing import verify_codes

        return self.code == verify_codes.VALID


def verify_report(context: AppContext, file: str) -> VerifyReport:
    """Check *file* (as the user named it) and say the verdict, then who signed, when, which
    observation, whether the certificate is known and whether the record here agrees.
    Raises UserError for a folder or an unreadable file."""
    from observasi.signing import verify_codes
    from observasi.signing.keys import trusted_problems
    from observasi.signing.record_check import content_problem
    from observasi.signing.verify import verify_pdf

    result = verify_pdf(context, Path(file))
    if result.ok:
        lines = [t("signing.verify.ok")]
    elif result.verdict == verify_codes.UNKNOWN_SIGNER:  # the signature holds; whose it is, not yet known
        # The verdict and what to do first, short; the file and the fingerprint in the details.
        lines = [t("fx10s.verify.untrusted", reason=result.reason), result.todo]
    else:
        lines = [t("signing.verify.bad", path=file, reason=result.reason)]
    if result.under_verdict:
        lines.append(result.under_verdict)
    if result.verdict == verify_codes.UNKNOWN_SIGNER:
        lines += trusted_problems(context.settings.data_dir)  # perhaps the colleague's file is here, broken
    details = [
        t("fx10s.verify.file", path=file) if result.verdict == verify_codes.UNKNOWN_SIGNER else "",
        t("signing.verify.signer", name=result.signer) if result.signer else "",
        t("signing.verify.fingerprint", fingerprint=result.fingerprint) if result.fingerprint else "",
        t("signing.verify.time", time=result.signed_at) if result.signed_at else "",
        t("signing.verify.observation", id=result.observation_id) if result.observation_id else "",
        result.certificate,
        result.record,
    ]
    lines += [f"  {line}" for line in details if line]
    # One code per verdict (observasi.signing.verify_codes, docs/verify-exit-codes.md).
    if not result.ok:
        return VerifyReport(result.verdict, lines)
    problem = content_problem(context, result.observation_id, result.content_hash)
    # The sheet's content differs from the record's, which its verdict explains already.
    explained = (verify_codes.SUPERSEDED, verify_codes.LOCAL_OLDER)
    if result.verdict in explained and problem in (None, t("privacy.verify.differs")):
        return VerifyReport(result.verdict, lines)
    if problem is not None:
        return VerifyReport(verify_codes.CONTENT_DIFFERS, [*lines, problem])
    return VerifyReport(result.verdict, lines)
