"""What needs attention (observasi.year), for the home screen and its list.

On the home screen's start-up path: nothing here imports the record models (pydantic)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from observasi.context import AppContext
from observasi.year.coverage import AttentionCounts, Coverage, attention_counts, coverage

if TYPE_CHECKING:
    from observasi.core.record import FollowUp

__all__ = ["AttentionCounts", "Coverage", "attention", "attention_numbers", "mark_followup_done"]


def attention(context: AppContext) -> Coverage:
    """What needs attention today, for the current semester."""
    return coverage(context.store)


def attention_numbers(context: AppContext) -> AttentionCounts:
    """attention(context).counts, counted in SQL: what the home screen's panel shows."""
    return attention_counts(context.store)


def mark_followup_done(context: AppContext, obs_id: str, followup_id: str, note: str, done_on: str) -> FollowUp:
    """Mark one follow-up item done with a note and a day (empty: today)."""
    from observasi.year import followups

    return followups.mark_done(context.store, obs_id, followup_id, note, done_on)
