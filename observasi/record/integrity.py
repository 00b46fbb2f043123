"""Is a final record still what was finalised? Checked where a record leaves the laptop (a
sync does not publish a record edited behind the program's back), where a colleague's
revision comes in (one that changes a final record without an amendment is not applied),
and by ``verify`` (a sheet whose record was changed exits non-zero).

The finalised content is held by the record's final revision (published to the shared
folder signed by the device key); :mod:`observasi.core.final_lock` says what may still
change. Only records edited since their latest revision are candidates on publish, so the
check costs nothing for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from observasi.core.final_lock import changes_final
from observasi.core.record import record_payload
from observasi.i18n import t
from observasi.store.models import Revision
from observasi.store.store import Store


@dataclass(frozen=True)
class Tampered:
    observation_id: str
    where: str  # the teacher, the date and the id: the record by name
    reason: str


def _final_heads(store: Store, obs_id: str) -> list[Revision]:
    return [h for h in store.heads(obs_id) if not h.deleted and h.payload.get("status") == "final"]


def _by_name(payload: dict[str, Any], obs_id: str) -> str:
    teacher = payload.get("teacher")
    name = teacher.get("name", "") if isinstance(teacher, dict) else ""
    return t("privacy.tamper.where", teacher=name or "?", date=payload.get("date", ""), id=obs_id[:8])


def local_tampering(store: Store, obs_id: str) -> Tampered | None:
    """The record as stored changes its final revision without an amendment (edited in the
    database outside observasi); None when it does not."""
    finals = _final_heads(store, obs_id)
    if not finals or store.is_deleted(obs_id):
        return None
    stored = record_payload(store.get_observation(obs_id))
    final = finals[0].payload
    if not all(changes_final(head.payload, stored) for head in finals):
        return None
    return Tampered(obs_id, _by_name(final, obs_id), t("privacy.tamper.local"))


def incoming_tampering(store: Store, revision: Revision, finals: set[str] | None = None) -> Tampered | None:
    """*revision* (from the shared folder) changes its final parent without an amendment.
    *finals*, when given, holds every revision among the parents that is here and final
    (Store.final_revisions, asked for a batch at once): a parent outside it changes nothing
    final, so its payload is not read."""
    if len(revision.parents) != 1:
        # A merge, or the resolution of a conflict (two records finalised on two laptops
        # are resolved into one): the people resolving it chose the content.
        return None
    if finals is not None and revision.parents[0] not in finals:
        return None  # missing here, deleted or not final: nothing final to compare with
    parents: list[Revision] = []
    for parent_id in revision.parents:
        try:
            parents.append(store.revision(parent_id))
        except IndexError:  # a parent not on this laptop: nothing final to compare with
            return None
    if not parents or not all(
        not p.deleted and changes_final(p.payload, revision.payload, deleted=revision.deleted) for p in parents
    ):
        return None
    final = next(p for p in parents if p.payload.get("status") == "final")
    return Tampered(
        revision.observation_id,
        f"observasi/{revision.device_id}/{revision.id}.json",
        t("privacy.tamper.incoming", record=_by_name(final.payload, revision.observation_id)),
    )
