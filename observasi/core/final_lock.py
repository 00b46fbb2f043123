"""A final record changes only through an amendment: the rule, on records as JSON payloads.

The record's finalised content is what its final revision holds. A later state of it is
legitimate when it is the same content (the time it was touched and the progress of its
follow-up plan may move after finalising: :func:`observasi.core.lesson.check_lock` allows
exactly that), when it carries a new amendment (the one way observasi reopens a final
record), or when it is a deletion mark. Anything else was made outside the program: an
edit of the database behind its back, or a revision forged into the shared folder.
"""

from __future__ import annotations

from typing import Any

# What may change on a final record without an amendment.
_MOVABLE = frozenset({"updated_at"})
_FOLLOWUP_MOVABLE = frozenset({"status"})


def frozen(payload: dict[str, Any]) -> dict[str, Any]:
    """The part of a final record that only an amendment may change."""
    view = {k: v for k, v in payload.items() if k not in _MOVABLE}
    followups = view.get("followups")
    if isinstance(followups, list):
        view["followups"] = [
            {k: v for k, v in item.items() if k not in _FOLLOWUP_MOVABLE} if isinstance(item, dict) else item
            for item in followups
        ]
    return view


def _amendments(payload: dict[str, Any]) -> int:
    value = payload.get("amendments")
    return len(value) if isinstance(value, list) else 0


def changes_final(final: dict[str, Any], later: dict[str, Any], *, deleted: bool = False) -> bool:
    """Whether *later* changes the final record *final* without an amendment."""
    if final.get("status") != "final" or deleted:
        return False
    if _amendments(later) > _amendments(final):
        return False
    return frozen(final) != frozen(later)
