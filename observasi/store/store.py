"""The local database: every change to a record in one short transaction.

Each public method that changes something commits before it returns, so a caller
that shows "saved" after the call never lies, even if the battery dies a moment later
(WAL journal, synchronous=FULL). One connection is shared by the UI thread and the
workers, guarded by a lock.

Opening the TUI reads the home screen's list through here, so this module imports
neither sqlite-utils (made on the first write, see :attr:`Store.db`) nor the pydantic
models (imported by the methods that build them): together they were a third of the
start-up time.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import paths
from observasi.core.canonical import canonical_json, sha256_hex
from observasi.core.status import Status, new_id, utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.schema import applied_migrations, apply_migrations, known_migrations
from observasi.store.summary import ObservationSummary

if TYPE_CHECKING:
    from sqlite_utils import Database

    from observasi.core.instrument import Instrument
    from observasi.core.record import Evidence, FollowUp, Observation, SnapshotEntry, StageMark
    from observasi.store.models import Observer, Revision, School, Teacher

# Scalar columns of `observations` that map one to one onto Observation fields.
_SCALAR_FIELDS = (
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
_JSON_FIELDS = (
    "teacher",
    "observer",
    "stage_marks",
    "tallies",
    "snapshots",
    "reflection",
    "acknowledgement",
    "amendments",
)
# Fields a caller may set through set_fields (identity and planning, reflection text).
EDITABLE_FIELDS = frozenset(
    {
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
        "strengths",
        "improvements",
    }
)


@dataclass(frozen=True)
class _HeadStub:
    id: str
    hash: str


class RecordLocked(UserError):
    """A final record was about to be changed in place."""


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = paths.database(self.data_dir)
        self._lock = threading.RLock()
        self._instruments: dict[str, Instrument] = {}
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(t("store.err.data_dir", path=self.data_dir, detail=exc.strerror or exc)) from exc
        self._db: Database | None = None
        try:
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
            self.conn.execute("PRAGMA journal_mode=WAL")
            # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss.
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            applied = applied_migrations(self.conn)
            if applied - known_migrations():
                raise UserError(t("store.err.newer", path=self.path))
            if known_migrations() - applied:
                apply_migrations(self.db)
        except sqlite3.DatabaseError as exc:
            raise UserError(t("store.err.damaged", path=self.path, detail=exc)) from exc

    @property
    def db(self) -> Database:
        """sqlite-utils on the same connection, for writes. Made on first use: reads go
        through plain sqlite3, so opening the TUI does not import sqlite-utils; the app
        warms it in a worker once the home screen is drawn."""
        with self._lock:
            if self._db is None:
                from sqlite_utils import Database

                # No sqlite-utils plugins: none is used, and looking for them costs ~20 ms.
                self._db = Database(self.conn, execute_plugins=False)
            return self._db

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[Database]:
        with self._lock, self.db.atomic():
            yield self.db

    def _rows(self, sql: str, params: Sequence[Any] | dict = ()) -> list[dict]:
        with self._lock:
            cursor = self.conn.execute(sql, params)
            keys = [column[0] for column in cursor.description]
            return [dict(zip(keys, row, strict=False)) for row in cursor]

    # -- settings --------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._rows("select value from settings where key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._tx() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def all_settings(self) -> dict[str, Any]:
        return {r["key"]: json.loads(r["value"]) for r in self._rows("select key, value from settings")}

    @property
    def device_id(self) -> str:
        """This data directory's device id, made once; names its folder in the shared drive."""
        with self._lock:
            value = self.get_setting("device_id")
            if not value:
                value = new_id()[:16]
                self.set_setting("device_id", value)
            return value

    # -- school, observers, teachers -------------------------------------------------

    def get_school(self) -> School | None:
        from observasi.store.models import School

        rows = self._rows("select * from school where id = 1")
        return School.model_validate(rows[0]) if rows else None

    def save_school(self, school: School) -> None:
        with self._tx() as db:
            db["school"].upsert({"id": 1, **school.model_dump()}, pk="id")

    def save_observer(self, observer: Observer) -> Observer:
        with self._tx() as db:
            db["observers"].upsert(observer.model_dump(), pk="id")
        return observer

    def get_observer(self, observer_id: str) -> Observer | None:
        from observasi.store.models import Observer

        rows = self._rows("select * from observers where id = ?", [observer_id])
        return Observer.model_validate(rows[0]) if rows else None

    def list_observers(self) -> list[Observer]:
        from observasi.store.models import Observer

        return [Observer.model_validate(r) for r in self._rows("select * from observers order by name")]

    def is_set_up(self) -> bool:
        """Whether the first run is done: the school and this laptop's observer are saved."""
        observer_id = self.get_setting("self_observer_id")
        return bool(
            observer_id
            and self._rows("select 1 from school where id = 1")
            and self._rows("select 1 from observers where id = ?", [observer_id])
        )

    def self_observer(self) -> Observer | None:
        """The person using this laptop, chosen at first run."""
        observer_id = self.get_setting("self_observer_id")
        return self.get_observer(observer_id) if observer_id else None

    def save_teacher(self, teacher: Teacher) -> Teacher:
        teacher = teacher.model_copy(update={"updated_at": utc_now()})
        with self._tx() as db:
            db["teachers"].upsert(teacher.model_dump(), pk="id")
        return teacher

    def save_teachers(self, teachers: Sequence[Teacher]) -> None:
        """Many teachers in one transaction (roster import)."""
        now = utc_now()
        with self._tx() as db:
            db["teachers"].upsert_all([{**t_.model_dump(), "updated_at": now} for t_ in teachers], pk="id")

    def get_teacher(self, teacher_id: str) -> Teacher | None:
        from observasi.store.models import Teacher

        rows = self._rows("select * from teachers where id = ?", [teacher_id])
        return Teacher.model_validate(rows[0]) if rows else None

    def list_teachers(self, include_inactive: bool = False) -> list[Teacher]:
        from observasi.store.models import Teacher

        where = "" if include_inactive else "where active = 1"
        return [
            Teacher.model_validate(r)
            for r in self._rows(f"select * from teachers {where} order by name collate nocase")
        ]

    def find_teachers(self, query: str) -> list[Teacher]:
        """Teachers whose name, NIP or NUPTK contains *query* (case-insensitive)."""
        from observasi.store.models import Teacher

        like = f"%{query.strip()}%"
        rows = self._rows(
            "select * from teachers where active = 1 and (name like ? or nip like ? or nuptk like ?) "
            "order by name collate nocase",
            [like, like, like],
        )
        return [Teacher.model_validate(r) for r in rows]

    # -- forms -----------------------------------------------------------------------

    def remember_form(self, inst: Instrument) -> str:
        """Keep the form's content with the records, so an old record still renders
        after the form file changes or disappears. Returns the content hash."""
        digest = inst.content_hash()
        if digest not in self._instruments:
            with self._tx() as db:
                db["forms"].insert(
                    {
                        "hash": digest,
                        "form_id": inst.id,
                        "version": inst.version,
                        "title": inst.title,
                        "body": canonical_json(inst.model_dump(mode="json")).decode("utf-8"),
                        "first_seen": utc_now(),
                    },
                    pk="hash",
                    ignore=True,
                )
            self._instruments[digest] = inst
        return digest

    def instrument(self, digest: str) -> Instrument:
        inst = self._instruments.get(digest)
        if inst is None:
            rows = self._rows("select body from forms where hash = ?", [digest])
            if not rows:
                raise UserError(t("store.err.form_missing", hash=digest[:12]))
            from observasi.core.instrument import Instrument

            inst = Instrument.model_validate_json(rows[0]["body"])
            self._instruments[digest] = inst
        return inst

    def stored_forms(self) -> list[Instrument]:
        return [self.instrument(r["hash"]) for r in self._rows("select hash from forms order by form_id, version")]

    # -- observations: reading --------------------------------------------------------

    def resolve_id(self, text: str) -> str:
        """The full id of the observation whose id starts with *text* (at least 4 characters)."""
        text = text.strip().lower()
        if len(text) < 4:
            raise UserError(t("store.err.id_short"))
        rows = self._rows("select id from observations where id like ? and deleted = 0 limit 2", [text + "%"])
        if not rows:
            raise UserError(t("store.err.not_found", id=text))
        if len(rows) > 1:
            raise UserError(t("store.err.ambiguous", id=text))
        return rows[0]["id"]

    def get_observation(self, obs_id: str) -> Observation:
        from observasi.core.record import Evidence, FollowUp, Observation, Rating

        with self._lock:
            rows = self._rows("select * from observations where id = ?", [obs_id])
            if not rows:
                raise UserError(t("store.err.not_found", id=obs_id))
            row = rows[0]
            data: dict[str, Any] = {f: row[f] for f in _SCALAR_FIELDS}
            for f in _JSON_FIELDS:
                data[f] = json.loads(row[f]) if row[f] else None
            data = {k: v for k, v in data.items() if v is not None}
            data["id"] = row["id"]
            data["status"] = row["status"]
            data["ratings"] = {
                r["indicator_id"]: Rating(
                    indicator_id=r["indicator_id"],
                    level=r["level"],
                    na=bool(r["na"]),
                    note=r["note"] or "",
                    recommendation=r["recommendation"] or "",
                    updated_at=r["updated_at"] or "",
                )
                for r in self._rows("select * from ratings where observation_id = ? order by rowid", [obs_id])
            }
            data["evidence"] = [
                Evidence(**{k: r[k] for k in ("id", "at", "minute", "stage", "text", "indicator_id")})
                for r in self._rows("select * from evidence where observation_id = ? order by seq", [obs_id])
            ]
            data["followups"] = [
                FollowUp(**{k: r[k] for k in ("id", "action", "measure", "support", "due", "status")})
                for r in self._rows("select * from followups where observation_id = ? order by position", [obs_id])
            ]
            return Observation.model_validate(data)

    def is_deleted(self, obs_id: str) -> bool:
        rows = self._rows("select deleted from observations where id = ?", [obs_id])
        return bool(rows and rows[0]["deleted"])

    def list_observations(
        self,
        *,
        status: str | None = None,
        teacher_id: str | None = None,
        form_id: str | None = None,
        semester: str | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str = "date_desc",
        limit: int | None = None,
    ) -> list[ObservationSummary]:
        where = ["deleted = 0"]
        params: list[Any] = []
        for column, value in (
            ("status", status),
            ("teacher_id", teacher_id),
            ("form_id", form_id),
            ("semester", semester),
        ):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date <= ?")
            params.append(date_to)
        if search:
            like = f"%{search.strip()}%"
            where.append(
                "(json_extract(teacher, '$.name') like ? or subject like ? or class_name like ? or topic like ? or id like ?)"
            )
            params.extend([like] * 5)
        orders = {
            "date_desc": "date desc, created_at desc",
            "date_asc": "date asc, created_at asc",
            "teacher": "json_extract(teacher, '$.name') collate nocase, date desc",
            "nilai_desc": "cast(nilai as real) desc nulls last, date desc",
            "nilai_asc": "cast(nilai as real) asc nulls last, date desc",
            "status": "case status when 'observing' then 0 when 'reflecting' then 1 when 'draft' then 2 else 3 end, date desc",
            "updated": "updated_at desc",
        }
        sql = (
            "select id, date, status, form_id, form_version, teacher_id, json_extract(teacher, '$.name') as teacher_name, "
            "subject, class_name, topic, semester, nilai, predikat, scored, total, updated_at, "
            "json_extract(observer, '$.name') as observer_name "
            f"from observations where {' and '.join(where)} order by {orders[order]}"
        )
        if limit:
            sql += f" limit {int(limit)}"
        return [ObservationSummary.from_row(r) for r in self._rows(sql, params)]

    def unfinished(self) -> list[ObservationSummary]:
        """Observations interrupted mid-way, the most recently touched first."""
        # Two indexed queries, not a scan of every record (10,000 at a busy school).
        found = self.list_observations(status=Status.observing.value, order="updated")
        found += self.list_observations(status=Status.reflecting.value, order="updated")
        return sorted(found, key=lambda s: s.updated_at, reverse=True)

    def count_observations(self) -> int:
        return self._rows("select count(*) as n from observations where deleted = 0")[0]["n"]

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[dict]:
        """Rows of a read-only query, for reports that aggregate in SQL (recap, history)
        instead of loading every record."""
        return self._rows(sql, params)

    # -- observations: writing --------------------------------------------------------

    def _observation_row(self, data: dict[str, Any]) -> dict[str, Any]:
        """The `observations` row of a record given as ``model_dump(mode="json")``."""
        row: dict[str, Any] = {f: data[f] for f in _SCALAR_FIELDS}
        for f in _JSON_FIELDS:
            row[f] = None if data[f] is None else json.dumps(data[f])
        row["id"] = data["id"]
        row["status"] = data["status"]
        return row

    def _score_columns(self, obs_id: str, form_hash: str) -> dict[str, Any]:
        from observasi.core.record import Rating
        from observasi.core.scoring import score

        ratings = {
            r["indicator_id"]: Rating(indicator_id=r["indicator_id"], level=r["level"], na=bool(r["na"]))
            for r in self._rows("select indicator_id, level, na from ratings where observation_id = ?", [obs_id])
        }
        result = score(self.instrument(form_hash), ratings)
        return {
            "nilai": result.nilai_text or None,
            "predikat": result.predikat,
            "scored": result.scored,
            "total": result.total,
        }

    def create_observation(self, obs: Observation, inst: Instrument) -> Observation:
        """Store a new observation (status draft) and its first revision."""
        digest = self.remember_form(inst)
        obs = obs.model_copy(update={"form_hash": digest, "form_id": inst.id, "form_version": inst.version})
        self.put_observation(obs)
        return obs

    def put_observation(self, obs: Observation, *, revision: bool = True, deleted: bool = False) -> None:
        """Write a whole record (new, imported or merged) in one transaction.

        Plain ``executemany`` rather than sqlite-utils' table helpers: those inspect the
        table on every call, which dominated a first import of thousands of records."""
        self.put_observations([(obs, deleted)], revision=revision)

    def put_observations(self, records: Sequence[tuple[Observation, bool]], *, revision: bool = True) -> None:
        """Write many whole records, each given with its deleted flag, in one transaction
        and one statement per table (a sync's first import applies thousands). Each record
        is dumped once, not once per rating."""
        from observasi.core.scoring import score

        rows = []
        dumped = []
        for obs, deleted in records:
            data = obs.model_dump(mode="json")
            dumped.append(data)
            result = score(self.instrument(obs.form_hash), obs.ratings)
            row = self._observation_row(data)
            row.update(
                deleted=int(deleted),
                nilai=result.nilai_text or None,
                predikat=result.predikat,
                scored=result.scored,
                total=result.total,
            )
            rows.append(row)
        with self._tx() as db:
            self._replace_rows("observations", rows)
            for table in ("ratings", "evidence", "followups"):
                db.conn.executemany(f"delete from {table} where observation_id = ?", [(obs.id,) for obs, _ in records])
            self._replace_rows(
                "ratings", [{"observation_id": d["id"], **r} for d in dumped for r in d["ratings"].values()]
            )
            self._replace_rows(
                "evidence",
                [{"observation_id": d["id"], "seq": i, **e} for d in dumped for i, e in enumerate(d["evidence"])],
            )
            self._replace_rows(
                "followups",
                [{"observation_id": d["id"], "position": i, **f} for d in dumped for i, f in enumerate(d["followups"])],
            )
            if revision:
                for obs, deleted in records:
                    self._record_revision(obs.id, deleted=deleted, obs=obs)

    def _replace_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = f"insert or replace into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
        self.conn.executemany(sql, [[r.get(c) for c in columns] for r in rows])

    def _guard(self, obs_id: str) -> dict[str, Any]:
        rows = self._rows("select status, form_hash, deleted from observations where id = ?", [obs_id])
        if not rows or rows[0]["deleted"]:
            raise UserError(t("store.err.not_found", id=obs_id))
        if rows[0]["status"] == Status.final:
            raise RecordLocked(t("store.err.locked"))
        # Two laptops changed this record: an edit now would take every head as its parent
        # and so settle the conflict silently in favour of this laptop.
        if self._rows("select 1 from sync_conflicts where observation_id = ?", [obs_id]):
            raise RecordLocked(t("store.err.conflict"))
        return rows[0]

    def _touch(self, obs_id: str, **columns: Any) -> None:
        self.db["observations"].update(obs_id, {**columns, "updated_at": utc_now()})

    def set_fields(self, obs_id: str, **fields: Any) -> None:
        """Change identity, planning or reflection text fields of a record."""
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self._tx():
            self._guard(obs_id)
            self._touch(obs_id, **fields)

    def set_rating(
        self,
        obs_id: str,
        indicator_id: str,
        *,
        level: str | None = None,
        na: bool = False,
        note: str | None = None,
        recommendation: str | None = None,
    ) -> None:
        """Score one indicator (a level key, or N/A, or clear with neither), keeping its note
        unless a new one is given."""
        with self._tx() as db:
            row = self._guard(obs_id)
            inst = self.instrument(row["form_hash"])
            if inst.indicator(indicator_id) is None:
                raise UserError(t("store.err.no_indicator", id=indicator_id))
            if level is not None and inst.scale.level(level) is None:
                raise UserError(t("store.err.no_level", level=level))
            if na and not inst.scale.allow_na:
                raise UserError(t("store.err.no_na"))
            existing = list(
                db.query(
                    "select note, recommendation from ratings where observation_id = ? and indicator_id = ?",
                    [obs_id, indicator_id],
                )
            )
            old = existing[0] if existing else {"note": "", "recommendation": ""}
            db["ratings"].upsert(
                {
                    "observation_id": obs_id,
                    "indicator_id": indicator_id,
                    "level": None if na else level,
                    "na": int(na),
                    "note": old["note"] if note is None else note,
                    "recommendation": old["recommendation"] if recommendation is None else recommendation,
                    "updated_at": utc_now(),
                },
                pk=("observation_id", "indicator_id"),
            )
            self._touch(obs_id, **self._score_columns(obs_id, row["form_hash"]))

    def set_rating_note(self, obs_id: str, indicator_id: str, note: str, recommendation: str | None = None) -> None:
        """Change the note of an indicator, scored or not."""
        with self._tx() as db:
            self._guard(obs_id)
            existing = list(
                db.query(
                    "select level, na, recommendation from ratings where observation_id = ? and indicator_id = ?",
                    [obs_id, indicator_id],
                )
            )
            old = existing[0] if existing else {"level": None, "na": 0, "recommendation": ""}
            db["ratings"].upsert(
                {
                    "observation_id": obs_id,
                    "indicator_id": indicator_id,
                    "level": old["level"],
                    "na": old["na"],
                    "note": note,
                    "recommendation": old["recommendation"] if recommendation is None else recommendation,
                    "updated_at": utc_now(),
                },
                pk=("observation_id", "indicator_id"),
            )
            self._touch(obs_id)

    def add_evidence(self, obs_id: str, evidence: Evidence) -> Evidence:
        with self._tx() as db:
            self._guard(obs_id)
            seq = list(
                db.query("select coalesce(max(seq), -1) + 1 as n from evidence where observation_id = ?", [obs_id])
            )[0]["n"]
            db["evidence"].insert({"observation_id": obs_id, "seq": seq, **evidence.model_dump(mode="json")}, pk="id")
            self._touch(obs_id)
        return evidence

    def update_evidence(
        self, obs_id: str, evidence_id: str, *, text: str | None = None, indicator_id: str | None | bool = False
    ) -> None:
        """Change an evidence line's text or its indicator tag (``None`` removes the tag)."""
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if indicator_id is not False:
            changes["indicator_id"] = indicator_id
        with self._tx() as db:
            self._guard(obs_id)
            db["evidence"].update(evidence_id, changes)
            self._touch(obs_id)

    def delete_evidence(self, obs_id: str, evidence_id: str) -> None:
        with self._tx() as db:
            self._guard(obs_id)
            db.execute("delete from evidence where id = ? and observation_id = ?", [evidence_id, obs_id])
            self._touch(obs_id)

    def _json_column(self, obs_id: str, column: str, default: Any) -> Any:
        rows = self._rows(f"select {column} from observations where id = ?", [obs_id])
        return json.loads(rows[0][column]) if rows and rows[0][column] else default

    def bump_tally(self, obs_id: str, name: str, delta: int = 1) -> int:
        """Add *delta* to a tally; returns the new count (never below zero)."""
        with self._tx():
            self._guard(obs_id)
            tallies = self._json_column(obs_id, "tallies", {})
            tallies[name] = max(0, tallies.get(name, 0) + delta)
            self._touch(obs_id, tallies=json.dumps(tallies))
            return tallies[name]

    def add_snapshot(self, obs_id: str, entry: SnapshotEntry) -> None:
        with self._tx():
            self._guard(obs_id)
            snapshots = self._json_column(obs_id, "snapshots", [])
            snapshots.append(entry.model_dump(mode="json"))
            self._touch(obs_id, snapshots=json.dumps(snapshots))

    def set_reflection_answer(self, obs_id: str, question_id: str, answer: str) -> None:
        with self._tx():
            self._guard(obs_id)
            answers = self._json_column(obs_id, "reflection", {})
            answers[question_id] = answer
            self._touch(obs_id, reflection=json.dumps(answers))

    def save_followup(self, obs_id: str, item: FollowUp) -> None:
        """Add or change one follow-up item (its status too)."""
        with self._tx() as db:
            self._guard(obs_id)
            existing = list(db.query("select position from followups where id = ?", [item.id]))
            if existing:
                position = existing[0]["position"]
            else:
                position = list(
                    db.query(
                        "select coalesce(max(position), -1) + 1 as n from followups where observation_id = ?", [obs_id]
                    )
                )[0]["n"]
            db["followups"].upsert(
                {"observation_id": obs_id, "position": position, **item.model_dump(mode="json")}, pk="id"
            )
            self._touch(obs_id)

    def delete_followup(self, obs_id: str, followup_id: str) -> None:
        with self._tx() as db:
            self._guard(obs_id)
            db.execute("delete from followups where id = ? and observation_id = ?", [followup_id, obs_id])
            self._touch(obs_id)

    def set_followup_status(self, obs_id: str, followup_id: str, status: str) -> None:
        """A follow-up's progress changes after the record is final (it is reported in the
        teacher's history), so this is allowed on a locked record: it is not part of the
        signed content."""
        with self._tx() as db:
            db.execute(
                "update followups set status = ? where id = ? and observation_id = ?", [status, followup_id, obs_id]
            )

    def acknowledge(self, obs_id: str, name: str) -> None:
        from observasi.core.record import Acknowledgement

        with self._tx():
            self._guard(obs_id)
            ack = Acknowledgement(name=name.strip(), at=utc_now())
            self._touch(obs_id, acknowledgement=json.dumps(ack.model_dump(mode="json")))

    # -- the lesson clock and stages ----------------------------------------------------

    def start_observing(self, obs_id: str, first_stage: str | None) -> None:
        """Start the lesson clock (status observing) and, if given, mark the first stage."""
        from observasi.core.record import StageMark

        with self._tx():
            self._guard(obs_id)
            now = utc_now()
            marks = [StageMark(stage=first_stage, at=now, minute=0).model_dump()] if first_stage else []
            self._touch(
                obs_id,
                status=Status.observing.value,
                started_at=now,
                paused_at=None,
                paused_seconds=0,
                stage_marks=json.dumps(marks),
            )
            self._record_revision(obs_id)

    def pause_clock(self, obs_id: str) -> None:
        with self._tx():
            self._guard(obs_id)
            self._touch(obs_id, paused_at=utc_now())

    def resume_clock(self, obs_id: str) -> None:
        with self._tx():
            self._guard(obs_id)
            obs = self.get_observation(obs_id)
            if obs.paused_at:
                self._touch(obs_id, **self._unpause(obs))

    def mark_stage(self, obs_id: str, stage: str) -> StageMark:
        from observasi.core.record import StageMark

        with self._tx():
            self._guard(obs_id)
            obs = self.get_observation(obs_id)
            mark = StageMark(stage=stage, at=utc_now(), minute=obs.elapsed_seconds() // 60)
            marks = [m.model_dump() for m in obs.stage_marks] + [mark.model_dump()]
            self._touch(obs_id, stage_marks=json.dumps(marks))
            return mark

    def end_lesson(self, obs_id: str) -> None:
        """Stop the clock and move on to reflection (pasca-observasi)."""
        with self._tx():
            self._guard(obs_id)
            obs = self.get_observation(obs_id)
            now = utc_now()
            changes: dict[str, Any] = {"status": Status.reflecting.value, "ended_at": now}
            if obs.paused_at:  # close the pause so the elapsed time stays what it was
                changes.update(self._unpause(obs))
            self._touch(obs_id, **changes)
            self._record_revision(obs_id)

    @staticmethod
    def _unpause(obs: Observation) -> dict[str, Any]:
        extra = obs.elapsed_seconds() - obs.model_copy(update={"paused_at": None}).elapsed_seconds()
        return {"paused_at": None, "paused_seconds": obs.paused_seconds - extra}

    def finalise(self, obs_id: str) -> str:
        """Lock the record; returns its content hash. The revision made here is the one
        that gets signed and published."""
        from observasi.core.record import content_hash

        with self._tx():
            self._guard(obs_id)
            now = utc_now()
            self._touch(obs_id, status=Status.final.value, finalized_at=now)
            digest = content_hash(self.get_observation(obs_id))
            self._record_revision(obs_id)
            return digest

    def amend(self, obs_id: str, reason: str, author: str) -> None:
        """Open a final record for an amendment: the final revision stays in the history,
        the reason is kept, and the record goes back to reflecting until finalised again."""
        from observasi.core.record import Amendment, content_hash

        if not reason.strip():
            raise UserError(t("store.err.reason"))
        with self._tx():
            obs = self.get_observation(obs_id)
            if obs.status is not Status.final:
                raise UserError(t("store.err.not_final"))
            amendment = Amendment(at=utc_now(), reason=reason.strip(), author=author, previous_hash=content_hash(obs))
            amendments = [a.model_dump() for a in obs.amendments] + [amendment.model_dump()]
            self._touch(obs_id, status=Status.reflecting.value, finalized_at=None, amendments=json.dumps(amendments))
            self._record_revision(obs_id)

    def delete_observation(self, obs_id: str) -> None:
        """Hide the record locally and leave a tombstone revision for the shared folder."""
        with self._tx() as db:
            db["observations"].update(obs_id, {"deleted": 1, "updated_at": utc_now()})
            self._record_revision(obs_id, deleted=True)

    def forget_teacher(self, teacher_id: str, remains: Sequence[Observation]) -> None:
        """Erase what is held about a teacher (UU 27/2022), in one transaction.

        *remains* are the teacher's records stripped to what a tombstone must carry (ids,
        form, date). Each becomes a deleted row without ratings, evidence or follow-ups;
        the payload of every earlier revision is replaced by it (ids and parents stay, so
        the history still links up with the shared folder; a revision already published or
        received keeps its hash, one that never left this laptop gets the hash of its new
        content so it publishes as genuine); a tombstone revision is recorded; the teacher
        row is removed."""
        from observasi.core.record import record_payload

        with self._tx() as db:
            device = self.device_id
            for obs in remains:
                self.put_observation(obs, revision=False, deleted=True)
                payload = record_payload(obs)
                for rev in self.revisions(obs.id):
                    changes: dict[str, Any] = {"payload": json.dumps(payload, ensure_ascii=False)}
                    if rev.device_id == device and rev.published_at is None:
                        changes["hash"] = sha256_hex({"payload": payload, "deleted": rev.deleted})
                    db["revisions"].update(rev.id, changes)
                self._record_revision(obs.id, deleted=True)
            db.execute("delete from teachers where id = ?", [teacher_id])

    # -- revisions ----------------------------------------------------------------------

    def _record_revision(self, obs_id: str, deleted: bool = False, obs: Observation | None = None) -> Revision | None:
        """Save the record's current state as a revision, unless the head already is it."""
        from observasi.core.record import record_payload
        from observasi.store.models import Revision

        obs = obs or self.get_observation(obs_id)
        payload = record_payload(obs)
        heads = self._head_stubs(obs_id)
        digest = sha256_hex({"payload": payload, "deleted": deleted})
        if len(heads) == 1 and heads[0].hash == digest:
            return None
        observer = obs.observer.name if obs.observer else ""
        revision = Revision(
            id=new_id(),
            observation_id=obs_id,
            parents=[h.id for h in heads],
            device_id=self.device_id,
            author=observer,
            created_at=utc_now(),
            deleted=deleted,
            payload=payload,
            hash=digest,
            signature=None,
            origin="local",
            published_at=None,
        )
        self._replace_rows("revisions", [revision.to_row()])
        return revision

    def record_revision(self, obs_id: str) -> Revision | None:
        """Capture edits made since the last revision (before publishing, for instance)."""
        with self._tx():
            return self._record_revision(obs_id, deleted=self.is_deleted(obs_id))

    def revisions(self, obs_id: str) -> list[Revision]:
        from observasi.store.models import Revision

        return [
            Revision.from_row(r)
            for r in self._rows("select * from revisions where observation_id = ? order by created_at, rowid", [obs_id])
        ]

    def _head_stubs(self, obs_id: str) -> list[_HeadStub]:
        """Ids and hashes of the heads, without reading the payloads."""
        rows = self._rows(
            "select id, parents, hash from revisions where observation_id = ? order by created_at, rowid", [obs_id]
        )
        parents = {p for r in rows for p in json.loads(r["parents"] or "[]")}
        return [_HeadStub(r["id"], r["hash"]) for r in rows if r["id"] not in parents]

    def heads(self, obs_id: str) -> list[Revision]:
        """Revisions of *obs_id* that no other revision names as a parent."""
        from observasi.store.models import Revision

        with self._lock:
            ids = [stub.id for stub in self._head_stubs(obs_id)]
            if not ids:
                return []
            rows = self._rows(f"select * from revisions where id in ({', '.join('?' for _ in ids)})", ids)
            by_id = {r["id"]: Revision.from_row(r) for r in rows}
            return [by_id[i] for i in ids]
