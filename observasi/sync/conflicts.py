"""A conflict as a person sees it, and its resolution (the app's screen and ``resolve``).

Both go through :func:`conflict_view`: the two versions that met, who made each on which
laptop (named by the observer who uses it, not by a hex id), what each changed alone
(kept without asking) and the parts both changed differently (a person picks, or keeps
both texts). A resolution is a new revision whose parents are the versions it joins, so
the decision travels and every laptop converges on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.merge_rule import DELETED, FINALS, Choice, Clash, Merge
from observasi.core.record import Observation, utc_now
from observasi.errors import UserError
from observasi.i18n import has, t
from observasi.sync import merge
from observasi.sync.incoming import apply_heads
from observasi.sync.laptops import Laptops


@dataclass(frozen=True)
class Side:
    """One version in a conflict."""

    label: str  # "A" or "B"
    revision_ids: list[str]  # the heads it stands for (A may be several merged already)
    device_id: str
    laptop: str  # "laptop Budi Santoso": the laptop named by the observer who uses it
    author: str  # who made the version: the laptop's observer
    created_at: str
    deleted: bool


@dataclass(frozen=True)
class ConflictView:
    observation_id: str
    teacher_name: str
    a: Side
    b: Side
    merge: Merge
    parents: list[str]
    inst: Instrument | None = None  # the record's form: a score is shown with its level's name

    def changed_alone(self, label: str) -> list[str]:
        """The parts only one side changed (kept without asking), one entry per item. A
        field that side added empty (a new score's note nobody typed) is not a change a
        person made, so it is not listed."""
        payload = self.merge.a if label == "A" else self.merge.b
        return [
            unit
            for unit in items(self.merge.only_a if label == "A" else self.merge.only_b)
            if not (_is_blank(_value_at(payload, unit)) and _is_blank(_value_at(self.merge.base, unit)))
        ]

    def side(self, label: str) -> Side:
        return self.a if label == "A" else self.b


def conflict_view(context: AppContext, observation_id: str) -> ConflictView | None:
    """The versions of *observation_id* that do not merge by themselves; None when they
    do (or there is only one)."""
    store = context.store
    history = store.revision_skeletons([observation_id])[observation_id]
    live = merge.distinct_heads(history)
    if len(live) < 2:
        return None

    def payload_of(revision_id: str) -> tuple[dict[str, Any], bool]:
        rev = store.revision(revision_id)
        return rev.payload, rev.deleted

    folded = merge.fold(history, live, payload_of)
    if folded.clean:
        return None
    laptops = Laptops(context)
    by_id = {r.id: r for r in history}

    def side(label: str, ids: list[str]) -> Side:
        # A and B in the order the history merges them (merge.distinct_heads: time, then
        # the time-ordered revision id), the same on every laptop; each named by its laptop.
        newest = max((by_id[i] for i in ids), key=lambda r: (r.created_at, r.id))
        rev = store.revision(newest.id)
        laptop = laptops.name(rev.device_id, mark_this=True)
        payload = folded.merge.a if label == "A" else folded.merge.b
        return Side(label, ids, rev.device_id, laptop, rev.author, newest.created_at, bool(payload.get(DELETED)))

    teacher = (folded.merge.a.get("teacher") or {}).get("name", "")
    return ConflictView(
        observation_id,
        str(teacher),
        side("A", folded.a_ids),
        side("B", [folded.b_id]),
        folded.merge,
        folded.parents,
        _form_of(context, folded.merge.a.get("form_hash") or folded.merge.b.get("form_hash")),
    )


def _form_of(context: AppContext, form_hash: object) -> Instrument | None:
    """The form a record was scored on, when this laptop holds it (else scores show bare)."""
    if not form_hash:
        return None
    try:
        return context.store.instrument(str(form_hash))
    except (UserError, LookupError, ValueError):
        return None


# -- what a part is, in words ---------------------------------------------------------------

_FIELD_LABELS = {
    "teacher": "show.teacher",
    "observer": "show.observer",
    "subject": "show.subject",
    "class_name": "show.class",
    "date": "show.date",
    "period": "show.period",
    "topic": "show.topic",
    "status": "show.status",
    "strengths": "trust.part.strengths",
    "improvements": "trust.part.improvements",
    "focus": "trust.part.focus",
    "pre_notes": "trust.part.pre_notes",
    "acknowledgement": "trust.part.acknowledgement",
    "snapshots": "trust.part.snapshots",
    "stage_marks": "trust.part.stage_marks",
    "amendments": "trust.part.amendments",
    DELETED: "trust.part.deleted",
    FINALS: "trust.part.finals",
}
_RATING_FIELDS = {
    "level": "trust.part.rating",
    "na": "trust.part.rating",
    "note": "trust.part.rating_note",
    "recommendation": "trust.part.rating_recommendation",
}
_ITEM_LISTS = ("evidence", "followups")


def items(units: list[str]) -> list[str]:
    """Units gathered into the parts a person names: one per evidence line or follow-up,
    one per rating field, one per answer, tally or plain field."""
    out: list[str] = []
    for unit in units:
        parts = unit.split("/")
        if parts[0] in _ITEM_LISTS:
            unit = "/".join(parts[:2])
        elif parts[0] == "ratings":
            if len(parts) < 3 or parts[2] in ("indicator_id", "updated_at"):  # bookkeeping, not typed
                continue
            unit = "/".join(parts[:2] + ["level" if parts[2] == "na" else parts[2]])
        if unit not in out:
            out.append(unit)
    return out


def _value_at(payload: dict[str, Any], unit: str) -> Any:
    """A map field's value in *payload* ("ratings/R1/note"), None when absent; an item of
    a list (evidence, follow-ups) counts as present. A score's level counts "not
    applicable" too."""
    parts = unit.split("/")
    if parts[0] == "ratings" and parts[-1] == "level":
        return _walk(payload, parts) or _walk(payload, [*parts[:-1], "na"]) or None
    return _walk(payload, parts)


def _walk(payload: dict[str, Any], keys: list[str]) -> Any:
    value: Any = payload
    for key in keys:
        if value is None or not isinstance(value, dict):
            return value if value is None else True  # absent, or an item of a list
        value = value.get(key)
    return value


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def part_label(unit: str, payloads: tuple[dict[str, Any], ...] = ()) -> str:
    """What a person reads for a part: "Materi", "Skor R1", "Catatan bukti: «Siswa …»"."""
    parts = unit.split("/")
    name = parts[0]
    if name == "ratings" and len(parts) >= 3:
        return t(_RATING_FIELDS.get(parts[2], "trust.part.rating_other"), key=parts[1], field=parts[2])
    if name == "reflection" and len(parts) >= 2:
        return t("trust.part.reflection", key=parts[1])
    if name == "tallies" and len(parts) >= 2:
        return t("trust.part.tally", key=parts[1])
    if name in _ITEM_LISTS and len(parts) >= 2:
        return t(f"trust.part.{name}", text=_short(part_text(unit, payloads) or ""))
    key = _FIELD_LABELS.get(name, "")
    return t(key) if key and has(key) else name


def part_text(unit: str, payloads: tuple[dict[str, Any], ...]) -> str | None:
    """The whole text of an evidence line or a follow-up (*unit* ``evidence/<id>``), as
    the first of *payloads* holding it has it; None for any other part. A label shortens
    it; the conflict screen shows it whole too."""
    parts = unit.split("/")
    name = parts[0]
    if name not in _ITEM_LISTS or len(parts) < 2:
        return None
    for payload in payloads:
        for item in payload.get(name) or []:
            if isinstance(item, dict) and item.get("id") == parts[1]:
                text = str(item.get("text") or item.get("action") or "")
                if text:
                    return text
    return ""


def value_text(value: Any, unit: str = "", inst: Instrument | None = None) -> str:
    """A value in full, as a person reads it; with the part's *unit* and the form, a score
    with its level's name ("4 (Sangat Baik)": the conflict screen showed a bare "2")."""
    parts = unit.split("/")
    if inst is not None and len(parts) == 3 and parts[0] == "ratings" and parts[2] == "level" and value:
        level = inst.scale_for(parts[1]).level(str(value))
        if level is not None and level.label:
            return f"{value} ({level.label})"
    if value is None:
        return t("sync.conflict.absent")
    if isinstance(value, bool):
        return t("trust.value.yes") if value else t("trust.value.no")
    if isinstance(value, str):
        return value if value.strip() else t("trust.value.empty")
    if isinstance(value, dict):
        if "name" in value:
            return str(value["name"]) + (f" ({value['at']})" if value.get("at") else "")
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- resolving -----------------------------------------------------------------------------


def resolve(context: AppContext, observation_id: str, choices: dict[str, Choice] | None = None) -> Observation:
    """Merge the versions: what one side changed alone and what both added is kept; each
    clash settled by *choices*, else by its default that loses nothing (two texts kept
    both). UserError naming the parts that still need a choice."""
    view = _view_or_error(context, observation_id)
    missing = view.merge.undecided(choices)
    if missing:
        raise UserError(t("trust.err.choose", parts="; ".join(f"{c.unit} ({part_label(c.unit)})" for c in missing)))
    payload, deleted = merge.split_deleted(view.merge.payload(choices))
    return _store(context, view, payload, deleted)


def resolve_keeping(context: AppContext, observation_id: str, revision_id: str, *, drop_other: bool) -> list[str]:
    """Keep one version as it is. What the other version changed alone (its additions)
    is dropped only when *drop_other* says so; returns what was dropped, in words."""
    view = _view_or_error(context, observation_id)
    text = revision_id.strip().lower()
    # "A" or "B" as listed, or the start of a revision id. Revision ids start with their
    # time: two made the same minute share their first characters, and must not pick one.
    found = [s for s in (view.a, view.b) if text == s.label.lower()] or [
        s for s in (view.a, view.b) if text and any(r.startswith(text) for r in s.revision_ids)
    ]
    if len(found) > 1:
        raise UserError(t("history.err.ambiguous_side", id=revision_id, a=short_id(view, "A"), b=short_id(view, "B")))
    if not found:
        raise UserError(t("sync.err.no_head", id=revision_id))
    chosen = found[0]
    other = view.b if chosen is view.a else view.a
    other_payload = view.merge.b if other is view.b else view.merge.a
    dropped = [
        part_label(u, (other_payload,)) for u in [*view.changed_alone(other.label), *_clash_units(view.merge.clashes)]
    ]
    if view.changed_alone(other.label) and not drop_other:
        raise UserError(t("trust.err.would_drop", side=other.laptop, parts="; ".join(dropped)))
    kept = view.merge.a if chosen is view.a else view.merge.b
    payload, deleted = merge.split_deleted(kept)
    _store(context, view, payload, deleted)
    return dropped


def short_id(view: ConflictView, label: str) -> str:
    """The shortest start (8 characters at least) of a side's newest revision id that
    names no revision of the other side."""
    mine, other = (view.a, view.b) if label == "A" else (view.b, view.a)
    full = mine.revision_ids[-1]
    for length in range(8, len(full) + 1):
        if not any(r.startswith(full[:length]) for r in other.revision_ids):
            return full[:length]
    return full


def _clash_units(clashes: list[Clash]) -> list[str]:
    return items([c.unit for c in clashes])


def _view_or_error(context: AppContext, observation_id: str) -> ConflictView:
    view = conflict_view(context, observation_id)
    if view is None:
        raise UserError(t("sync.err.no_conflict", id=observation_id[:8]))
    return view


def _store(context: AppContext, view: ConflictView, payload: dict[str, Any], deleted: bool) -> Observation:
    """The resolution as a revision of this laptop whose parents are the versions it
    joins; a third version that was waiting is merged with it (or listed as a conflict)."""
    store = context.store
    obs = Observation.model_validate(payload).model_copy(update={"id": view.observation_id, "updated_at": utc_now()})
    with store.transaction():
        store.write_whole_records([store.whole_rows(obs, deleted)], revision=False)
        store.record_revision(view.observation_id, parents=view.parents)
        store.clear_conflicts([view.observation_id])
        store.clear_unapplied([view.observation_id])
    apply_heads(context, {view.observation_id}, {}, [])
    return obs
