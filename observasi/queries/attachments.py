"""Evidence files of one observation (observasi.year.attachments), for its screen."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.core.record import Attachment, Observation
from observasi.year import attachments as service
from observasi.year.attachments import KINDS, MAX_BYTES, Listed, size_text

__all__ = ["KINDS", "MAX_BYTES", "Listed", "attach", "detach", "listed", "record", "size_text"]


def record(context: AppContext, obs_id: str) -> Observation:
    return context.store.get_observation(obs_id)


def listed(context: AppContext, obs: Observation) -> list[Listed]:
    return service.listed(context.store, obs)


def attach(context: AppContext, obs_id: str, path: Path, evidence_line: int | None) -> Attachment:
    return service.attach(context.store, obs_id, path, evidence_line)


def detach(context: AppContext, obs_id: str, attachment_id: str) -> Attachment:
    return service.detach(context.store, obs_id, attachment_id)
