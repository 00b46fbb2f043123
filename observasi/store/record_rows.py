"""How a record maps onto the tables, and which rows a change touched.

A record is one row of ``observations`` (its scalar fields as columns, its small nested
parts as JSON text) plus one row per rating, evidence line and follow-up item. A change
made through the live-record service is written as the difference between the record
before and after it: a keystroke that scores one indicator writes one rating row and
one update of the record's row, whatever the size of the record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from observasi.core.record import Observation
    from observasi.core.scoring import ScoreResult

# Scalar columns of `observations` that map one to one onto Observation fields.
SCALAR_FIELDS = (
    "form_id",
    "form_version",
    "form_hash",
    "teacher_id",
    "observer_id",
    "co_observer",
    "subject",
    "class_name",
    "topic",
    "date",
    "period",
    "semester",
    "students_present",
    "students_absent",
    "focus",
    "pre_notes",
    "started_at",
    "paused_at",
    "paused_seconds",
    "ended_at",
    "strengths",
    "improvements",
    "created_at",
    "updated_at",
    "finalized_at",
)
# Fields kept as JSON text in a column of `observations`.
JSON_FIELDS = (
    "teacher",
    "observer",
    "stage_marks",
    "tallies",
    "snapshots",
    "reflection",
    "acknowledgement",
    "amendments",
    "identity",
    "attachments",
)
RATING_COLUMNS = ("level", "na", "note", "recommendation", "updated_at")
EVIDENCE_COLUMNS = ("at", "minute", "stage", "text", "indicator_id")
FOLLOWUP_COLUMNS = ("action", "measure", "support", "due", "status", "done_on", "done_note")


def observation_row(data: dict[str, Any]) -> dict[str, Any]:
    """The `observations` row of a record given as ``model_dump(mode="json")``."""
    row: dict[str, Any] = {f: data[f] for f in SCALAR_FIELDS}
    for f in JSON_FIELDS:
        # .get: a field the record's JSON leaves out while empty (identity, attachments) is NULL.
        row[f] = None if data.get(f) is None else json.dumps(data[f])
    row["id"] = data["id"]
    row["status"] = data["status"]
    return row


@dataclass(frozen=True)
class WholeRecordRows:
    """A whole record as the rows that hold it (made before the write transaction, so
    dumping and scoring a batch of records does not hold the database)."""

    record: Observation
    deleted: bool
    observation: dict[str, Any]
    ratings: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    followups: list[dict[str, Any]]


def whole_record_rows(record: Observation, deleted: bool, result: ScoreResult) -> WholeRecordRows:
    data = record.model_dump(mode="json")
    row = observation_row(data)
    row.update(deleted=int(deleted), **score_columns(result))
    return WholeRecordRows(
        record,
        deleted,
        row,
        [{"observation_id": record.id, **r} for r in data["ratings"].values()],
        [{"observation_id": record.id, "seq": i, **e} for i, e in enumerate(data["evidence"])],
        [{"observation_id": record.id, "position": i, **_followup_row(f)} for i, f in enumerate(data["followups"])],
    )


def _followup_row(item: dict[str, Any]) -> dict[str, Any]:
    """Every column of a follow-up row (the JSON leaves out the done fields while empty)."""
    return {"id": item["id"], **{c: item.get(c) for c in FOLLOWUP_COLUMNS}}


def score_columns(result: ScoreResult) -> dict[str, Any]:
    """The columns the list and the recap read without scoring every record again."""
    return {
        "nilai": result.nilai_text or None,
        "predikat": result.predikat,
        "scored": result.scored,
        "total": result.total,
    }


# The score of a record not final yet is in its row of ``live_scores`` (m141) while it has
# one: a key writes that small row, not the record's nilai and predikat with their entries
# in three indexes. A reader names the record ``o`` and joins this, then reads each score
# column through live_score(). (Only for records not final: a final one never has a row,
# and the join then costs no look-up for the thousands of final records a list reads.)
LIVE_SCORES_JOIN = "left join live_scores ls on o.status != 'final' and ls.observation_id = o.id"
SCORE_COLUMNS = ("nilai", "predikat", "scored", "total")


def live_score_value(column: str) -> str:
    """The SQL of the record's score *column* (one of SCORE_COLUMNS) under LIVE_SCORES_JOIN:
    the live row's value while the record has a row there, even a NULL one (a record whose
    every score was cleared has no nilai, not the one last written into its own row);
    the record's own column only when the join found no row (a final record keeps its score
    in its own columns, and the join never looks for a row of one)."""
    return f"(case when ls.observation_id is null then o.{column} else ls.{column} end)"


def live_score(column: str) -> str:
    """live_score_value(*column*) named as the column, for a select list."""
    return f"{live_score_value(column)} as {column}"


def record_data(
    row: dict[str, Any], ratings: list[dict[str, Any]], evidence: list[dict[str, Any]], followups: list[dict[str, Any]]
) -> dict[str, Any]:
    """The record's data (to validate as an Observation) from its rows."""
    data: dict[str, Any] = {f: row[f] for f in SCALAR_FIELDS}
    for f in JSON_FIELDS:
        data[f] = json.loads(row[f]) if row[f] else None
    data = {k: v for k, v in data.items() if v is not None}
    data["id"] = row["id"]
    data["status"] = row["status"]
    data["ratings"] = {
        r["indicator_id"]: {
            "indicator_id": r["indicator_id"],
            "level": r["level"],
            "na": bool(r["na"]),
            "note": r["note"] or "",
            "recommendation": r["recommendation"] or "",
            "updated_at": r["updated_at"] or "",
        }
        for r in ratings
    }
    data["evidence"] = [{k: r[k] for k in ("id", *EVIDENCE_COLUMNS)} for r in evidence]
    data["followups"] = [{k: r[k] for k in ("id", *FOLLOWUP_COLUMNS) if r[k] is not None} for r in followups]
    return data


@dataclass
class RowChanges:
    """The writes that turn the stored *old* record into *new*."""

    columns: dict[str, Any] = field(default_factory=dict)
    ratings_upsert: list[dict[str, Any]] = field(default_factory=list)
    ratings_delete: list[str] = field(default_factory=list)
    evidence_insert: list[dict[str, Any]] = field(default_factory=list)
    evidence_update: list[dict[str, Any]] = field(default_factory=list)
    evidence_delete: list[str] = field(default_factory=list)
    followups_insert: list[dict[str, Any]] = field(default_factory=list)
    followups_update: list[dict[str, Any]] = field(default_factory=list)
    followups_delete: list[str] = field(default_factory=list)


def _changed(a: Any, b: Any) -> bool:
    # The rules replace only what a change touches: an untouched part is the same object.
    return a is not b and a != b


def row_changes(old: Observation, new: Observation) -> RowChanges:
    changes = RowChanges()
    for name in SCALAR_FIELDS:
        if _changed(getattr(old, name), getattr(new, name)):
            changes.columns[name] = getattr(new, name)
    if old.status is not new.status:
        changes.columns["status"] = new.status.value
    changed_json = [name for name in JSON_FIELDS if _changed(getattr(old, name), getattr(new, name))]
    if changed_json:
        dumped = new.model_dump(mode="json", include=set(changed_json))
        for name in changed_json:
            value = dumped.get(name)
            changes.columns[name] = None if value is None else json.dumps(value)
    if old.ratings is not new.ratings:
        for indicator_id in old.ratings.keys() | new.ratings.keys():
            before, after = old.ratings.get(indicator_id), new.ratings.get(indicator_id)
            if after is None:
                changes.ratings_delete.append(indicator_id)
            elif _changed(before, after):
                row = after.model_dump(mode="json")
                row["na"] = int(row["na"])
                changes.ratings_upsert.append(row)
    if old.evidence is not new.evidence:
        _items(old.evidence, new.evidence, EVIDENCE_COLUMNS, changes.evidence_insert, changes.evidence_update,
               changes.evidence_delete)  # fmt: skip
    if old.followups is not new.followups:
        _items(old.followups, new.followups, FOLLOWUP_COLUMNS, changes.followups_insert, changes.followups_update,
               changes.followups_delete)  # fmt: skip
    return changes


def _items(
    old: Sequence[Any],
    new: Sequence[Any],
    columns: Sequence[str],
    inserted: list[dict[str, Any]],
    updated: list[dict[str, Any]],
    deleted: list[str],
) -> None:
    before = {item.id: item for item in old}
    after_ids = {item.id for item in new}
    for item in new:
        previous = before.get(item.id)
        if previous is None:
            dumped = item.model_dump(mode="json")
            inserted.append({"id": item.id, **{c: dumped.get(c) for c in columns}})
        elif _changed(previous, item):
            dumped = item.model_dump(mode="json")
            # .get: a field left out of the JSON while empty (a follow-up's done_on) is NULL.
            updated.append({"id": item.id, **{c: dumped.get(c) for c in columns}})
    deleted.extend(item_id for item_id in before if item_id not in after_ids)


def upsert_sql(table: str, key: Sequence[str], columns: Sequence[str]) -> str:
    """``insert ... on conflict (key) do update`` for *columns* (besides the key)."""
    names = [*key, *columns]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
    return (
        f"insert into {table} ({', '.join(names)}) values ({', '.join('?' * len(names))}) "
        f"on conflict ({', '.join(key)}) do update set {updates}"
    )


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
