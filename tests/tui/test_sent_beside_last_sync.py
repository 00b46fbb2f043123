"""The header's "Sinkron terakhir" is the last exchange that also fetched; a send-only
publish since (the one the app runs when it quits) is said beside it as "terkirim", short
enough that the pending count still fits in the home header at 80 columns."""

from __future__ import annotations

import datetime as dt

from observasi.tui.sync_line import WIDTH, sync_line


def _utc(local: dt.datetime) -> str:
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_send_since_the_last_sync_is_said_beside_it_and_fits() -> None:
    now = dt.datetime.now().astimezone().replace(hour=11, minute=7, second=0, microsecond=0)
    synced, sent = _utc(now), _utc(now + dt.timedelta(minutes=23))
    line = sync_line(True, synced, 0, 0, 0, sent)
    assert line == "Sinkron 11:07 · terkirim 11:30 · 0 menunggu dikirim"
    assert len("Beranda — " + line) <= 62  # Textual's header at 80 columns: 80 - 8 (icon) - 10
    assert sync_line(True, synced, 0, 0, 0).startswith("Sinkron terakhir ")  # no send since: as before


def test_a_sync_of_another_day_keeps_its_date_and_the_pending_count_still_fits() -> None:
    now = dt.datetime.now().astimezone().replace(hour=11, minute=7, second=0, microsecond=0)
    yesterday = now - dt.timedelta(days=1)
    line = sync_line(True, _utc(yesterday), 123, 0, 0, _utc(now + dt.timedelta(minutes=23)))
    assert yesterday.strftime("%d-%m 11:07") in line and "terkirim 11:30" in line
    assert "123 menunggu" in line and len(line) <= WIDTH
    never = sync_line(True, None, 2, 0, 0, _utc(now))
    assert never.startswith("Sinkron belum · terkirim 11:07") and "2 menunggu" in never
