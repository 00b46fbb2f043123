"""The header's sync line, as words. A module of its own because the app's shell says it
from the first frame on: it must not load what the screens' rendering needs (the form
models, pydantic), which the app loads in a worker once the home screen is drawn."""

from __future__ import annotations

from observasi.core.status import parse_utc
from observasi.i18n import t

# What the home header holds after "Beranda — " at 80 columns (Textual's header keeps 8
# columns for its icon and 10 for the clock's place).
WIDTH = 52


def sync_line(
    has_place: bool,
    last_sync: str | None,
    pending: int,
    conflicts: int,
    join_requests: int,
    sent: str | None = None,
    not_joined: str = "",
) -> str:
    """The header's sync line: when this laptop last synced (fetched too), a send-only
    publish since ("terkirim"), what waits to be sent, open conflicts, and laptops asking
    to join. A laptop that is not one of the school's yet says so instead (*not_joined*:
    :func:`observasi.sync.status.not_joined`)."""
    if has_place and not_joined:
        return not_joined_line(not_joined)
    if not has_place:
        # Said once, without a count that would only grow: nothing is sent anywhere.
        text = t("trust.sync.no_folder")
    elif sent:
        text = _with_sent(last_sync, sent, pending)
    elif last_sync:
        local = parse_utc(last_sync).astimezone()
        text = t("tui.sync.status", when=local.strftime("%d-%m %H:%M"), pending=pending)
    else:
        text = t("tui.sync.never", pending=pending)
    if conflicts:
        text += " · " + t("tui.sync.conflicts", count=conflicts)
    if join_requests:
        # First, so that it is not the part an 80-column header cuts off.
        text = t("firstday_a.sync.join_header", count=join_requests) + " · " + text
    return text


def _with_sent(last_sync: str | None, sent: str, pending: int) -> str:
    """ "Sinkron 11:07 · terkirim 11:30 · 0 menunggu dikirim": short, so that the pending
    count still fits at 80 columns (a time of another day keeps its date)."""
    import datetime as dt

    today = dt.datetime.now().astimezone().date()

    def short(utc: str) -> str:
        local = parse_utc(utc).astimezone()
        return local.strftime("%H:%M" if local.date() == today else "%d-%m %H:%M")

    when = short(last_sync) if last_sync else t("ux7j.header.never")
    text = t("ux7j.header.sent", when=when, sent=short(sent), pending=pending)
    if len(text) > WIDTH:
        text = t("ux7j.header.sent_short", when=when, sent=short(sent), pending=pending)
    return text


def not_joined_line(not_joined: str, *, screen: bool = False) -> str:
    """ "Menunggu persetujuan, kode 650 261": never "Sinkron terakhir" nor "0 menunggu
    dikirim" on a laptop that belongs to no school (the walk); the sync screen's longer
    words with *screen*."""
    from observasi.sync.status import NOT_JOINED_NO_SCHOOL

    if not_joined == NOT_JOINED_NO_SCHOOL:
        return t("ux7j2.screen.no_school") if screen else t("ux7j2.header.no_school")
    return t("ux7j2.screen.waiting" if screen else "ux7j2.header.waiting", code=not_joined)
