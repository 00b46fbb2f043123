"""Heads of an observation's history, and merging them by the rule of
:mod:`observasi.core.merge_rule` against the version they started from.

Which heads are live is decided by the history, never by clocks: a head whose content
another head's history already holds (the same merge made on two laptops, say) is not a
second version. Live heads are merged in a fixed order (their time, then their id), so
every laptop that merges them makes the same record -- and the same revision hash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from observasi.core.merge_rule import DELETED, Merge, merge3
from observasi.store.revisions import RevisionHead, heads

PayloadOf = Callable[[str], tuple[dict[str, Any], bool]]  # revision id -> (payload, deleted)


def distinct_heads(revisions: Sequence[RevisionHead]) -> list[RevisionHead]:
    """One head per distinct content, without the heads whose content another head's
    history already holds; oldest first (then by id, so every device orders alike)."""
    by_id = {r.id: r for r in revisions}
    chosen: dict[tuple[str, bool], RevisionHead] = {}
    for head in sorted(heads(revisions), key=lambda r: r.id):
        chosen.setdefault((head.hash, head.deleted), head)
    found = sorted(chosen.values(), key=lambda r: (r.created_at, r.id))
    if len(found) < 2:
        return found
    held = {h.id: {by_id[x].hash for x in ancestors(by_id, h.id)} for h in found}
    return [h for h in found if not any(h.hash in held[g.id] and g.hash != h.hash for g in found if g is not h)]


def ancestors(by_id: dict[str, RevisionHead], revision_id: str) -> set[str]:
    """The revision and every revision it descends from (that this laptop holds)."""
    seen: set[str] = set()
    todo = [revision_id]
    while todo:
        rid = todo.pop()
        if rid in seen or rid not in by_id:
            continue
        seen.add(rid)
        todo.extend(by_id[rid].parents)
    return seen


def merge_base(by_id: dict[str, RevisionHead], left: set[str], right: set[str]) -> str | None:
    """The newest common ancestor of two sets of ancestors (None: nothing in common).
    Where two are equally near (edits crossed twice), the later one is taken: it holds
    the most of what both sides already agreed on."""
    common = left & right
    if not common:
        return None
    below = {a for c in common for a in ancestors(by_id, c) if a != c}
    best = sorted((by_id[c] for c in common - below), key=lambda r: (r.created_at, r.id))
    return best[-1].id if best else None


@dataclass(frozen=True)
class Folded:
    """Live heads merged as far as they merge without a person.

    ``merge`` is the last merge made: clean when every head merged (``payload`` then is
    the record), otherwise it holds the clashes between ``a_ids`` (merged so far) and
    ``b_id``, the head that met them; ``parents`` are the heads a resolution replaces."""

    merge: Merge
    a_ids: list[str]
    b_id: str
    parents: list[str]

    @property
    def clean(self) -> bool:
        return self.merge.clean


def fold(revisions: Sequence[RevisionHead], live: Sequence[RevisionHead], payload_of: PayloadOf) -> Folded:
    """Merge the live heads (two or more) one after the other, stopping at the first clash."""
    by_id = {r.id: r for r in revisions}
    first = live[0]
    merged = _with_deleted(*payload_of(first.id))
    seen = ancestors(by_id, first.id)
    done = [first.id]
    result: Merge | None = None
    for head in live[1:]:
        mine = ancestors(by_id, head.id)
        base_id = merge_base(by_id, seen, mine)
        base = _with_deleted(*payload_of(base_id)) if base_id else None
        result = merge3(base, merged, _with_deleted(*payload_of(head.id)))
        if not result.clean:
            return Folded(result, done, head.id, [*done, head.id])
        merged = result.payload()
        seen |= mine
        done.append(head.id)
    assert result is not None, "fold needs two heads"
    return Folded(result, done[:-1], done[-1], done)


def _with_deleted(payload: dict[str, Any], deleted: bool) -> dict[str, Any]:
    return {**payload, DELETED: True} if deleted else payload


def split_deleted(payload: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """A merged payload without its tombstone mark, and whether it is one."""
    out = dict(payload)
    return out, bool(out.pop(DELETED, False))
