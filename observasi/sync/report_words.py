"""What a sync sent and received, in plain words, one count per kind: the CLI's summary and
the Sync screen's are one function's. Before, "Terkirim" counted observation revisions only,
and a sync that sent a new instrument or the school's profile said "Terkirim 0"; "Terkirim 4
perubahan observasi" for one observation read as four observations, and "diterima 0" stood
beside "1 instrumen baru disembunyikan" (round 6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.sync.service import SyncReport


def _changes(count: int, observations: int) -> str:
    """ "4 perubahan pada 1 observasi": revisions, and the observations they belong to."""
    if observations:
        return t("ux7j.changes", count=count, observations=observations)
    return t("ux6.sent.observations", count=count)


def sent_words(report: SyncReport) -> str | None:
    """ "Terkirim 4 perubahan pada 1 observasi, 1 instrumen" -- None when nothing was sent."""
    revisions = report.sent - report.sent_year
    parts = [_changes(revisions, report.sent_observations)] if revisions else []
    parts += [
        t(key, count=count)
        for key, count in (
            ("ux6.sent.year", report.sent_year),
            ("ux6.sent.forms", report.sent_forms),
            ("ux6.sent.school", report.sent_school),
        )
        if count
    ]
    return t("ux6.sent.line", parts=", ".join(parts)) if parts else None


def received_words(report: SyncReport) -> str:
    """ "3 perubahan pada 2 observasi dan 1 instrumen (disembunyikan)": what arrived, a
    form the person hid counted as arrived and said hidden; "0" when nothing came."""
    parts = [_changes(report.received, report.received_observations)] if report.received else []
    if report.received_forms:
        parts.append(t("ux6.sent.forms", count=report.received_forms))
    if report.received_school:  # counted as the sender's "Terkirim" counts them
        parts.append(t("ux6.sent.school", count=report.received_school))
    if report.hidden_forms:
        parts.append(t("ux7j.received.hidden_forms", count=report.hidden_forms))
    return t("ux7j.and").join(parts) if parts else "0"


def summary_line(report: SyncReport, pending: int) -> str:
    """What one sync did, as it is true, for the command line and the sync screen alike: a
    sync that found everything already sent (the app sends in the background after each
    change) says so rather than "Terkirim 0"."""
    if report.waiting_code:
        return waiting_words(report)
    said = sent_words(report)
    if said:
        sent = said
    elif pending == 0:
        sent = t("firstday_a.sync.all_sent")
    else:
        sent = t("firstday_a.sync.sent", count=0)
    return t(
        "firstday_a.sync.summary",
        sent=sent,
        received=received_words(report),
        conflicts=len(report.conflicts),
        problems=len(report.problems),
    )


def waiting_words(report: SyncReport) -> str:
    """A joiner's sync before its approval: it waits, with the code to compare -- the normal
    state, not "diterima 0, konflik 0, masalah 1" (its own request counted as a problem);
    a real problem beside it (another place unreachable) is still counted."""
    said = t("ux9s.sync.waiting", code=report.waiting_code)
    if report.problems:
        said += " " + t("ux9s.sync.also_problems", count=len(report.problems))
    return said
