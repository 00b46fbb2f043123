"""The record behind a signed sheet: does the local database still hold what was signed,
and is that record what was finalised? Either "no" makes ``verify`` exit with
:data:`observasi.signing.verify_codes.CONTENT_DIFFERS`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from observasi.core.record import content_hash
from observasi.errors import UserError
from observasi.i18n import t
from observasi.record.integrity import local_tampering

if TYPE_CHECKING:
    from observasi.context import AppContext


def content_problem(context: AppContext, observation_id: str, digest: str) -> str | None:
    """One line saying how the record differs from the sheet (or from its finalised
    content); None when it matches or is not on this laptop (that is said elsewhere)."""
    store = context.store
    if not observation_id or store.is_deleted(observation_id):
        return None
    try:
        obs = store.get_observation(observation_id)
    except UserError:
        return None
    tampered = local_tampering(store, observation_id)
    if tampered is not None:
        return t("privacy.verify.tampered", record=tampered.where)
    if content_hash(obs) != digest:
        return t("privacy.verify.differs")
    return None
