"""The history of a versioned school file (the profile, one teacher): which versions follow
which, the latest version two histories share, and the field-by-field merge. Pure: no
store, no folder (observasi.sync.school_files reads and writes them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Doc:
    """One version of a profile or a teacher, or one certificate, as read from the folder."""

    kind: str
    digest: str
    subject: str  # "profile", a teacher's id, or the certificate's sha256
    parents: tuple[str, ...]
    fields: dict[str, Any]
    device: str  # the folder it was read from
    label: str  # the writing laptop's name and its observer
    at: str
    blob: bytes = b""  # the logo (a profile), the certificate's DER (a certificate)


def ancestors(versions: dict[str, Doc], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        digest = todo.pop()
        doc = versions.get(digest)
        for parent in doc.parents if doc else ():
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def common_fields(versions: dict[str, Doc], mine: list[str], theirs: str) -> dict[str, Any]:
    """The fields of the latest version both sides hold in their history (none: empty)."""
    ours: set[str] = set()
    for digest in mine:
        ours |= {digest} | ancestors(versions, digest)
    shared = (ours & ({theirs} | ancestors(versions, theirs))) & set(versions)
    if not shared:
        return {}
    # The nearest by history (none of the others follows it), not by the clocks that wrote them.
    below = set().union(*(ancestors(versions, d) for d in shared))
    newest = max(shared - below or shared, key=lambda d: (versions[d].at, d))
    return dict(versions[newest].fields)


def merge(
    ours: dict[str, Any] | None, theirs: dict[str, Any], base: dict[str, Any], names: tuple[str, ...]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
    """Field by field: what one side changed since *base* is taken; a field both changed to
    different values is a conflict (ours kept meanwhile). Returns (merged, conflicts)."""
    if ours is None:
        return dict(theirs), {}
    merged = dict(ours)
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name in names:
        mine, other = ours.get(name, ""), theirs.get(name, empty_value(name))
        old = base.get(name, empty_value(name))
        if mine == other or other == old:
            continue
        if mine == old or (not base and mine in ("", None)):
            merged[name] = other
        else:
            conflicts[name] = (mine, other)
    return merged, conflicts


def empty_value(name: str) -> Any:
    return True if name == "active" else ""
