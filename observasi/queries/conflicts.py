"""Which records wait on a conflict (two laptops changed the same part differently): the
home list marks them."""

from __future__ import annotations

from observasi.context import AppContext


def conflicted_ids(context: AppContext) -> set[str]:
    """Ids of the records in conflict (a handful at most: one small indexed table)."""
    return {obs_id for obs_id, _ in context.store.sync_conflicts()}
