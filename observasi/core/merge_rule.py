"""Three-way merge of two versions of a record against the version both started from.

The rule a principal can rely on: what only one laptop changed is kept without asking, and
what both laptops only *added* is kept from both. Only a part that both changed to
different values is a *clash*, and a clash is never settled by a default that throws a
typed text away: two texts are kept both, and any other value waits for a person to pick.

How each part of the record merges:

- plain fields (subject, topic, status, strengths ...): one unit each;
- ``ratings`` and ``reflection``: one unit per indicator field (level, note, N/A,
  recommendation) and per question, so a score from one laptop and a note from the other
  on the same indicator are both kept;
- ``evidence`` and ``followups``: items by their id, one unit per field of an item;
- ``tallies``: counts, merged by adding what each laptop counted since the base;
- ``snapshots``, ``stage_marks``, ``amendments``: sets of entries (what either side added
  is kept, what one side removed is removed), in time order.

Everything here is pure: payloads in (plain JSON data), a payload and clashes out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Choice = Literal["a", "b", "both"]
DELETED = "_deleted"  # set in a payload for a tombstone (the service adds and removes it)
# Two laptops finalised different versions: a final record changes only by an amendment,
# so no merge of the two is final; a person picks the version that stands (the other
# stays in the history).
FINALS = "_finals"

_ABSENT: Any = object()
_SEP = "\x1f"  # unit key separator: never typed in an id or a key
_LATEST = frozenset({"updated_at"})  # changes on every save: the later one is kept
_FIELDED_MAPS = ("ratings",)  # dict of items: one unit per field of an item
_PLAIN_MAPS = ("reflection",)  # dict of values: one unit per key
_ID_LISTS = ("evidence", "followups", "attachments")  # lists of items with an id
_SET_LISTS = ("snapshots", "stage_marks", "amendments")  # lists of entries without an id
_COUNTS = ("tallies",)
_STRUCTURED = frozenset(_FIELDED_MAPS + _PLAIN_MAPS + _ID_LISTS + _SET_LISTS + _COUNTS) | _LATEST
# Texts a person types: two versions of one can be kept both.
_FREE_TEXT = frozenset(
    {"note", "recommendation", "text", "action", "measure", "support", "strengths", "improvements"}
    | {"pre_notes", "focus", "topic", "co_observer"}
)
# Long texts: two versions kept both are joined by a blank line, short ones by " / ".
_LONG_TEXT = frozenset(
    {"note", "recommendation", "text", "reflection", "strengths", "improvements", "pre_notes", "focus", "support"}
)


@dataclass(frozen=True)
class Clash:
    """A part of the record both sides changed to different values."""

    unit: str  # e.g. "topic", "ratings/R1/level", "evidence/<id>/text", "reflection/q1"
    base: Any  # None when the part was absent in the base
    a: Any  # None when that side removed the part
    b: Any

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.unit.split("/"))

    @property
    def field(self) -> str:
        return self.parts[0]

    @property
    def texts(self) -> bool:
        """Both sides hold a typed text (a note, an answer, a topic ...; not a level, a
        date or a status): keeping both loses nothing."""
        typed = self.field == "reflection" or self.parts[-1] in _FREE_TEXT
        return typed and isinstance(self.a, str) and isinstance(self.b, str)

    @property
    def default(self) -> Choice | None:
        """The choice that loses nothing, if there is one: both texts; the side that still
        has the part when the other removed it; otherwise none (a person picks)."""
        if self.texts:
            return "both"
        if self.a is None and self.b is not None:
            return "b"
        if self.b is None and self.a is not None:
            return "a"
        return None

    def value(self, choice: Choice) -> Any:
        if choice == "a":
            return self.a
        if choice == "b":
            return self.b
        if not self.texts:
            raise ValueError(f"{self.unit}: only two texts can be kept both")
        if not self.a.strip():
            return self.b
        if not self.b.strip() or self.a.strip() == self.b.strip():
            return self.a
        long = self.parts[-1] in _LONG_TEXT or self.field in _LONG_TEXT or "\n" in self.a + self.b
        return f"{self.a}\n\n{self.b}" if long else f"{self.a} / {self.b}"


@dataclass(frozen=True)
class Merge:
    """The result of merging *a* and *b*: every part settled except the clashes."""

    base: dict[str, Any]
    a: dict[str, Any]
    b: dict[str, Any]
    clashes: list[Clash]
    only_a: list[str] = field(default_factory=list)  # units taken from a (changed there only)
    only_b: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.clashes

    def undecided(self, choices: Mapping[str, Choice] | None = None) -> list[Clash]:
        """Clashes that have neither a choice nor a default that loses nothing."""
        choices = choices or {}
        if FINALS in choices:
            return []  # one final version stands whole
        return [c for c in self.clashes if c.unit not in choices and c.default is None]

    def payload(self, choices: Mapping[str, Choice] | None = None) -> dict[str, Any]:
        """The merged record; each clash settled by *choices*, else by its default.
        ValueError naming the parts when a clash has neither."""
        choices = dict(choices or {})
        missing = self.undecided(choices)
        if missing:
            raise ValueError("no choice for " + ", ".join(c.unit for c in missing))
        settled: dict[str, Any] = {}
        for clash in self.clashes:
            choice = choices.get(clash.unit) or clash.default
            assert choice is not None
            value = clash.value(choice)
            settled[clash.unit] = _ABSENT if value is None else value
        if FINALS in choices:  # one final version stands whole
            return dict(self.a if choices[FINALS] == "a" else self.b)
        result = _merge(self.base, self.a, self.b, settled)[0]
        if DELETED in settled:  # a delete met an edit: the choice made decides
            result.pop(DELETED, None)
            if settled[DELETED] is True:
                result[DELETED] = True
        return result


def merge3(base: Mapping[str, Any] | None, a: Mapping[str, Any], b: Mapping[str, Any]) -> Merge:
    """Merge *a* and *b*, two versions that both descend from *base* (None: no common
    version, so everything on either side counts as added).

    A payload may carry ``DELETED: True`` (a tombstone). A delete on one side meets an
    edit on the other as a clash: a record never vanishes with an edit nobody saw."""
    base_d, a_d, b_d = dict(base or {}), dict(a), dict(b)
    _, clashes, only_a, only_b = _merge(base_d, a_d, b_d, None)
    # In the order a person reads the record: a delete, the details, then the scores ...
    rank = {DELETED: 0, "ratings": 2, "reflection": 3, "evidence": 4, "followups": 5}
    clashes.sort(key=lambda c: (rank.get(c.field, 1), c.unit))
    both_final = a_d.get("status") == b_d.get("status") == "final"
    if both_final and _sealed(a_d) != _sealed(b_d):
        clashes.insert(0, Clash(FINALS, None, "final", "final"))
    if DELETED in only_a + only_b:
        other_changed = only_b if DELETED in only_a else only_a
        if other_changed:
            clashes.insert(0, Clash(DELETED, bool(base_d.get(DELETED)), bool(a_d.get(DELETED)), bool(b_d.get(DELETED))))
    return Merge(base_d, a_d, b_d, clashes, only_a, only_b)


# -- units ------------------------------------------------------------------------------------


def _units(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The record cut into units keyed by a path (parts joined by _SEP)."""
    out: dict[str, Any] = {}
    for name, value in payload.items():
        if name in _LATEST or name in _COUNTS or name in _SET_LISTS:
            continue
        if name in _FIELDED_MAPS and isinstance(value, dict):
            for key, item in value.items():
                _item_units(out, (name, key), item)
        elif name in _PLAIN_MAPS and isinstance(value, dict):
            for key, item in value.items():
                out[_SEP.join((name, key))] = item
        elif name in _ID_LISTS and isinstance(value, list):
            for item in value:
                key = str(item.get("id", "")) if isinstance(item, dict) else json.dumps(item, sort_keys=True)
                _item_units(out, (name, key), item)
        else:
            out[name] = value
    return out


def _item_units(out: dict[str, Any], path: tuple[str, str], item: Any) -> None:
    if not isinstance(item, dict):
        out[_SEP.join(path)] = item
        return
    # The item itself is a unit too (its presence), so a field's absence is told apart.
    out[_SEP.join(path)] = True
    for key, value in item.items():
        if key not in _LATEST:
            out[_SEP.join((*path, key))] = value


def _three(base: Any, a: Any, b: Any) -> tuple[Any, bool, str]:
    """(value, clash, side): the three-way rule for one unit; side "a"/"b" when only that
    side changed it, "" when neither or both alike."""
    if a == b:
        return a, False, ""
    if a == base:
        return b, False, "b"
    if b == base:
        return a, False, "a"
    return _ABSENT, True, ""


def _merge(
    base: dict[str, Any], a: dict[str, Any], b: dict[str, Any], settled: dict[str, Any] | None
) -> tuple[dict[str, Any], list[Clash], list[str], list[str]]:
    ub, ua, ubb = _units(base), _units(a), _units(b)
    order = list(dict.fromkeys([*ua, *ubb, *ub]))
    merged: dict[str, Any] = {}
    clashes: list[Clash] = []
    only_a: list[str] = []
    only_b: list[str] = []
    clashed: set[str] = set()
    kept_items: set[str] = set()  # items one side removed, kept for a part the other changed
    for unit in order:
        vb, va, vbb = ub.get(unit, _ABSENT), ua.get(unit, _ABSENT), ubb.get(unit, _ABSENT)
        value, clash, side = _three(vb, va, vbb)
        name = unit.replace(_SEP, "/")
        if clash:
            clashed.add(unit)
            if settled is not None and name in settled:
                value = settled[name]
            elif _is_presence(unit):
                value = True  # one side removed the item, the other changed it: it stays
            else:
                clashes.append(Clash(name, _none(vb), _none(va), _none(vbb)))
                value = va  # provisional, only for the shape of the result
        elif side == "a":
            only_a.append(name)
        elif side == "b":
            only_b.append(name)
        if value is not _ABSENT:
            merged[unit] = value
            if clash and len(parts := unit.split(_SEP)) > 2:
                # A part changed on one side of an item the other side removed: it stays.
                merged[_SEP.join(parts[:2])] = True
                kept_items.add(_SEP.join(parts[:2]))
    for item in kept_items:
        # It stays whole, as the side that kept it has it: the parts that side left as they
        # were went with the other side's removal (an evidence line without its id, a
        # score without its indicator: no record holds such an item).
        keeper = ua if item not in ubb else ubb if item not in ua else None
        for unit, value in (keeper or {}).items():
            if unit.startswith(item + _SEP) and unit not in merged and unit not in clashed:
                merged[unit] = value
    result = _rebuild(merged, base, a, b)
    for name in _COUNTS:
        if name in a or name in b:
            result[name] = _counts(base.get(name), a.get(name), b.get(name))
            for version, changed in ((a, only_a), (b, only_b)):
                before, after = base.get(name) or {}, version.get(name) or {}
                changed += [f"{name}/{k}" for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
    for name in _SET_LISTS:
        if name in a or name in b:
            result[name] = _entries(base.get(name), a.get(name), b.get(name))
            for version, changed in ((a, only_a), (b, only_b)):
                if (version.get(name) or []) != (base.get(name) or []):
                    changed.append(name)
    for name in _LATEST:
        stamps = [str(p[name]) for p in (a, b) if p.get(name) is not None]
        if stamps:
            result[name] = max(stamps)
    return result, clashes, only_a, only_b


def _sealed(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A final record's content apart from what may move without an amendment (its time,
    the progress of its follow-ups)."""
    out = {k: v for k, v in payload.items() if k not in _LATEST}
    if isinstance(out.get("followups"), list):
        out["followups"] = [
            {k: v for k, v in f.items() if k != "status"} if isinstance(f, dict) else f for f in out["followups"]
        ]
    return out


def _is_presence(unit: str) -> bool:
    parts = unit.split(_SEP)
    return len(parts) == 2 and parts[0] in (_FIELDED_MAPS + _ID_LISTS)


def _none(value: Any) -> Any:
    return None if value is _ABSENT else value


def _rebuild(merged: dict[str, Any], base: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    items: dict[tuple[str, str], dict[str, Any]] = {}
    present: list[tuple[str, str]] = []
    for unit, value in merged.items():
        parts = unit.split(_SEP)
        name = parts[0]
        if name in _PLAIN_MAPS and len(parts) == 2:
            result.setdefault(name, {})[parts[1]] = value
        elif name in _FIELDED_MAPS + _ID_LISTS and len(parts) >= 2:
            item_key = (name, parts[1])
            if len(parts) == 2:
                if value is True:
                    present.append(item_key)
                    items.setdefault(item_key, {})
                else:
                    items[item_key] = value  # an item that was not a dict: kept as it was
            else:
                items.setdefault(item_key, {})[parts[2]] = value
        else:
            result[name] = value
    for name in _PLAIN_MAPS + _FIELDED_MAPS:
        if name in base or name in a or name in b:
            result.setdefault(name, {})
    for name in _ID_LISTS:
        if name in base or name in a or name in b:
            result.setdefault(name, [])
    kept = set(present)
    for (name, key), item in items.items():
        if (name, key) not in kept and isinstance(item, dict):
            continue  # fields of an item that one side removed and the other did not touch
        if isinstance(item, dict):
            stamps = [
                str(src[key].get("updated_at"))
                for src in (a.get(name), b.get(name))
                if isinstance(src, dict) and isinstance(src.get(key), dict) and src[key].get("updated_at") is not None
            ]
            if stamps:
                item["updated_at"] = max(stamps)
        if name in _FIELDED_MAPS:
            result[name][key] = item
        else:
            result[name].append(item)
    if "evidence" in result:
        # Evidence reads as a timeline (ids break ties so every laptop orders alike).
        result["evidence"].sort(key=lambda e: (str(e.get("at") or ""), str(e.get("id") or "")))
    return result


def _counts(base: Any, a: Any, b: Any) -> Any:
    """Tallies add up: what each side counted since the base, on top of the base."""
    if not isinstance(a, dict) and not isinstance(b, dict):
        return a if a is not None else b
    base_d = base if isinstance(base, dict) else {}
    a_d = a if isinstance(a, dict) else base_d
    b_d = b if isinstance(b, dict) else base_d
    out: dict[str, Any] = {}
    for key in dict.fromkeys([*base_d, *a_d, *b_d]):
        start = int(base_d.get(key, 0) or 0)
        total = start + (int(a_d.get(key, 0) or 0) - start) + (int(b_d.get(key, 0) or 0) - start)
        if key in a_d or key in b_d:
            out[key] = max(total, 0)
    return out


def _entries(base: Any, a: Any, b: Any) -> Any:
    """Entries without an id (snapshots, stage marks, amendments): kept if either side has
    them, unless one side removed one the base had; in time order."""
    if not isinstance(a, list) and not isinstance(b, list):
        return a if a is not None else b
    base_l = base if isinstance(base, list) else []
    a_l = a if isinstance(a, list) else []
    b_l = b if isinstance(b, list) else []

    def key(entry: Any) -> str:
        return json.dumps(entry, sort_keys=True, ensure_ascii=False)

    in_base = {key(e) for e in base_l}
    in_a = {key(e) for e in a_l}
    in_b = {key(e) for e in b_l}
    chosen: dict[str, Any] = {}
    for entry in [*a_l, *b_l]:
        k = key(entry)
        if k in in_base and (k not in in_a or k not in in_b):
            continue  # removed on one side
        chosen.setdefault(k, entry)
    return sorted(chosen.values(), key=lambda e: (str(e.get("at") or "") if isinstance(e, dict) else "", key(e)))
