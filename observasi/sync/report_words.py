"""What a sync sent, in plain words, one count per kind: the CLI's summary and the Sync
screen's say the same. Before, "Terkirim" counted observation revisions only, and a sync
that sent a new instrument or the school's profile said "Terkirim 0"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.sync.service import SyncReport


def sent_words(report: SyncReport) -> str | None:
    """ "Terkirim 2 perubahan observasi, 1 instrumen" -- None when nothing was sent."""
    parts = [
        t(key, count=count)
        for key, count in (
            ("ux6.sent.observations", report.sent - report.sent_year),
            ("ux6.sent.year", report.sent_year),
            ("ux6.sent.forms", report.sent_forms),
            ("ux6.sent.school", report.sent_school),
        )
        if count
    ]
    return t("ux6.sent.line", parts=", ".join(parts)) if parts else None
