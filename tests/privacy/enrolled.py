"""Laptops joining one school the way a principal does it, for the privacy tests."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.sync import devices
from observasi.sync.service import SyncReport, sync


def join_code(report: SyncReport) -> str:
    """The code a waiting laptop shows (in its sync report: said as its code, not a problem)."""
    assert report.waiting_code is not None
    return report.waiting_code


def join(member: AppContext, newcomer: AppContext, shared: Path) -> None:
    """*newcomer* asks to join, *member* approves it by its code, *newcomer* syncs."""
    code = join_code(sync(newcomer, shared))
    member.update_settings(shared_folder=shared)
    devices.approve(member, code)
    sync(newcomer, shared)
