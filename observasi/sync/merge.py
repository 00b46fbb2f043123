"""Heads of an observation's history, and merging two versions field by field.

A record is cut into *units* the user can pick from either side: each plain field
(subject, date, strengths ...), each indicator's rating (with its note), each reflection
answer, each evidence line and each follow-up item (by their ids). Two versions differ
in the units whose values differ; a merge takes each unit from the side the user chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from observasi.store.revisions import RevisionHead, heads

Side = Literal["a", "b"]
_ABSENT: Any = object()
# Fields that change on every save and mean nothing to the user.
_IGNORED = frozenset({"updated_at", "id"})
_KEYED = ("ratings", "reflection")  # dicts: one unit per key
_LISTED = ("evidence", "followups", "attachments")  # lists of items with an "id": one unit per item


def distinct_heads(revisions: Sequence[RevisionHead]) -> list[RevisionHead]:
    """One head per distinct content: two laptops that hold the same record (the same
    demo, the same copy) are not in conflict. Ordered by id so every device picks alike."""
    chosen: dict[tuple[str, bool], RevisionHead] = {}
    for head in sorted(heads(revisions), key=lambda r: r.id):
        chosen.setdefault((head.hash, head.deleted), head)
    return sorted(chosen.values(), key=lambda r: (r.created_at, r.id))


def units(payload: dict[str, Any]) -> dict[str, Any]:
    """The record cut into units, keyed ``field`` or ``field.<key>``."""
    out: dict[str, Any] = {}
    for name, value in payload.items():
        if name in _IGNORED:
            continue
        if name in _KEYED and isinstance(value, dict):
            for key, item in value.items():
                out[f"{name}.{key}"] = item
        elif name in _LISTED and isinstance(value, list):
            for item in value:
                out[f"{name}.{item.get('id', '')}"] = item
        else:
            out[name] = value
    return out


@dataclass(frozen=True)
class Difference:
    unit: str  # "subject", "ratings.<indicator>", "evidence.<id>" ...
    a: Any  # None when the unit is absent on that side
    b: Any

    @property
    def field(self) -> str:
        return self.unit.split(".", 1)[0]

    @property
    def key(self) -> str:
        return self.unit.split(".", 1)[1] if "." in self.unit else ""


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[Difference]:
    ua, ub = units(a), units(b)
    order = list(ua) + [k for k in ub if k not in ua]
    return [Difference(k, ua.get(k), ub.get(k)) for k in order if ua.get(k, _ABSENT) != ub.get(k, _ABSENT)]


def merge(a: dict[str, Any], b: dict[str, Any], choices: dict[str, Side] | None = None) -> dict[str, Any]:
    """*a* with every unit named in *choices* as ``"b"`` taken from *b* (absent stays absent)."""
    choices = choices or {}
    ua, ub = units(a), units(b)
    merged: dict[str, Any] = {}
    for unit in list(ua) + [k for k in ub if k not in ua]:
        source = ub if choices.get(unit, "a") == "b" else ua
        if unit in source:
            merged[unit] = source[unit]
    result: dict[str, Any] = {k: v for k, v in a.items() if k in _IGNORED}
    for name in _KEYED:
        result[name] = {}
    for name in _LISTED:
        result[name] = []
    for unit, value in merged.items():
        name, _, key = unit.partition(".")
        if name in _KEYED and (key or isinstance(a.get(name), dict)):
            result[name][key] = value
        elif name in _LISTED and (key or isinstance(a.get(name), list)):
            result[name].append(value)
        else:
            result[name] = value
    # Evidence reads as a timeline; follow-ups keep a's order, b's new items after.
    result["evidence"].sort(key=lambda e: (e.get("at") or "", e.get("id") or ""))
    return result
