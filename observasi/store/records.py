"""The records: read and write a whole observation, list them, and save one change.

Every record row carries a ``version`` that each write increases, so the live-record
service can tell that somebody else (a sync, another window) changed the record it holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from observasi.core.canonical import revision_hash
from observasi.core.status import Status, utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.forms import FormTables
from observasi.store.record_rows import (
    EVIDENCE_COLUMNS,
    FOLLOWUP_COLUMNS,
    LIVE_SCORES_JOIN,
    RATING_COLUMNS,
    SCORE_COLUMNS,
    RowChanges,
    WholeRecordRows,
    chunks,
    live_score,
    live_score_value,
    record_data,
    row_changes,
    score_columns,
    upsert_sql,
    whole_record_rows,
)
from observasi.store.revisions import RevisionTables
from observasi.store.schema import tally_records_sql
from observasi.store.summary import ObservationSummary

if TYPE_CHECKING:
    from observasi.core.instrument import Instrument
    from observasi.core.record import Observation
    from observasi.core.scoring import ScoreResult
    from observasi.store.models import Revision

_ORDERS = {
    "date_desc": "date desc, created_at desc",
    "date_asc": "date asc, created_at asc",
    "teacher": "json_extract(teacher, '$.name') collate nocase, date desc",
    "nilai_desc": f"cast({live_score_value('nilai')} as real) desc nulls last, date desc",
    "nilai_asc": f"cast({live_score_value('nilai')} as real) asc nulls last, date desc",
    "status": "case status when 'observing' then 0 when 'reflecting' then 1 when 'draft' then 2 else 3 end, date desc",
    "updated": "updated_at desc",
    # The lessons whose clock runs first (RUNNING), then the most recently touched.
    "running": "running desc, updated_at desc",
}

# Whether a record's lesson clock runs: started, not paused, not ended (an observing record).
RUNNING = "(o.status = 'observing' and coalesce(o.started_at, '') != '' and coalesce(o.paused_at, '') = '')"


# The setting that marks a colleague's record this laptop's person chose to continue here
# ("Tetap lanjutkan di sini"), followed by the record's id: from then on it is theirs to
# continue too, before anything of it is typed (see COLLEAGUES_ELSEWHERE).
CONTINUED_HERE = "continued_here:"

# The setting that keeps where the live screen's cursor rested, followed by the record's id
# (see observasi.core.cursor): beside the record, never in it, so moving the cursor is no
# change of the record and no revision to send.
CURSOR_AT = "cursor_at:"

# A record another observer began and wrote on another laptop, which this laptop has not
# taken on: continuing it here makes a second version beside theirs (a conflict), and it is
# not this laptop's person's to resume. Taken on: a revision of it was made here, it was
# edited here since its last revision, or its continuation here was chosen (CONTINUED_HERE)
# -- the walk's laptop B continued the principal's lesson, and its quit question said "press
# c" while c, which left out every record begun elsewhere, found nothing. Parameters: see
# :meth:`RecordTables.colleagues_params`. (A colleague's record made on this laptop -- a
# shared laptop -- is not one: its versions are all here.) On "observations o"; a record
# with no observer is not this laptop's observer's either.
COLLEAGUES_ELSEWHERE = (
    "(coalesce(o.observer_id, '') != ? and o.unrevised = 0 "
    "and exists (select 1 from revisions r where r.observation_id = o.id and r.device_id != ?) "
    "and not exists (select 1 from revisions r where r.observation_id = o.id and r.device_id = ?) "
    "and not exists (select 1 from settings s where s.key = ? || o.id))"
)


@dataclass(frozen=True)
class RecordState:
    """What the live-record service checks before it changes a record."""

    version: int
    deleted: bool
    in_conflict: bool  # two laptops changed it and nobody has chosen yet


class RecordTables(FormTables, RevisionTables):
    # -- reading ------------------------------------------------------------------------

    def get_observation(self, obs_id: str) -> Observation:
        from observasi.core.record import Observation

        with self._snapshot():
            rows = self._rows("select * from observations where id = ?", [obs_id])
            if not rows:
                raise UserError(t("store.err.not_found", id=obs_id))
            data = record_data(
                rows[0],
                self._rows("select * from ratings where observation_id = ? order by rowid", [obs_id]),
                self._rows("select * from evidence where observation_id = ? order by seq", [obs_id]),
                self._rows("select * from followups where observation_id = ? order by position", [obs_id]),
            )
        return Observation.model_validate(data)

    def record_state(self, obs_id: str) -> RecordState | None:
        rows = self._rows(
            "select version, deleted, exists(select 1 from sync_conflicts c where c.observation_id = o.id) as conflict "
            "from observations o where id = ?",
            [obs_id],
        )
        if not rows:
            return None
        row = rows[0]
        return RecordState(row["version"] or 0, bool(row["deleted"]), bool(row["conflict"]))

    def is_deleted(self, obs_id: str) -> bool:
        rows = self._rows("select deleted from observations where id = ?", [obs_id])
        return bool(rows and rows[0]["deleted"])

    def resolve_id(self, text: str) -> str:
        """The full id of the observation whose id starts with *text* (at least 4 characters)."""
        text = text.strip().lower()
        if len(text) < 4:
            raise UserError(t("store.err.id_short"))
        # A range of the primary key's index, for a whole id as for a prefix. (LIKE ignores
        # case, so SQLite could not use the index for it and read every record: 42% of a
        # batch of sheets at 100,000 observations.) Ids are lower-case hex; "~" sorts after.
        rows = self._rows(
            "select id from observations where id >= ? and id < ? and deleted = 0 limit 2", [text, text + "~"]
        )
        if not rows:
            raise UserError(t("store.err.not_found", id=text))
        if len(rows) > 1:
            raise UserError(t("store.err.ambiguous", id=text))
        return str(rows[0]["id"])

    def list_observations(self, **filters: Any) -> list[ObservationSummary]:
        """The observations the filters of :meth:`iter_observations` select, as a list."""
        return list(self.iter_observations(**filters))

    def iter_observations(
        self,
        *,
        status: str | None = None,
        teacher_id: str | None = None,
        form_id: str | None = None,
        semester: str | None = None,
        not_colleagues: str | None = None,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        order: str = "date_desc",
        limit: int | None = None,
    ) -> Iterator[ObservationSummary]:
        """The observations (not deleted) that match, in *order*; read a batch at a time."""
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
        if not_colleagues:
            where.append(f"not {COLLEAGUES_ELSEWHERE}")
            params.extend(self.colleagues_params(not_colleagues))
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date <= ?")
            params.append(date_to)
        if search:
            from observasi.core.search_fold import fold

            like = f"%{search.strip()}%"
            # The teacher's name without case or marks: "nguyen" finds "Nguyễn".
            where.append(
                "(fold(json_extract(teacher, '$.name')) like ? or subject like ? or class_name like ? "
                "or topic like ? or id like ?)"
            )
            params.extend([f"%{fold(search.strip())}%", *[like] * 4])
        sql = (
            "select id, date, status, form_id, form_version, teacher_id, json_extract(teacher, '$.name') as teacher_name, "
            f"subject, class_name, topic, semester, {', '.join(map(live_score, SCORE_COLUMNS))}, updated_at, "
            f"json_extract(observer, '$.name') as observer_name, {RUNNING} as running "
            f"from observations o {LIVE_SCORES_JOIN} where {' and '.join(where)} order by {_ORDERS[order]}"
        )
        if limit:
            sql += f" limit {int(limit)}"
        return (ObservationSummary.from_row(r) for r in self._stream(sql, params))

    def unfinished(self, limit: int | None = None, observer_id: str | None = None) -> list[ObservationSummary]:
        """Observations interrupted mid-way, a lesson whose clock runs first, then the most
        recently touched (at most *limit*); with *observer_id* (this laptop's observer), not
        those a colleague began on another laptop (see COLLEAGUES_ELSEWHERE). A running
        clock first: the quit question names that lesson and promises c finds it, and with
        two lessons under way c opened the one touched last instead (fix11-lesson)."""
        # Two indexed queries, not a scan of every record (10,000 at a busy school).
        found: list[ObservationSummary] = []
        for status in (Status.observing.value, Status.reflecting.value):
            found += self.list_observations(status=status, not_colleagues=observer_id, order="running", limit=limit)
        return sorted(found, key=lambda s: (s.running, s.updated_at), reverse=True)[:limit]

    def unfinished_count(self, observer_id: str | None = None) -> int:
        """How many records :meth:`unfinished` lists (the home screen says "+N more")."""
        sql = "select count(*) from observations o where deleted = 0 and status in (?, ?)"
        params = [Status.observing.value, Status.reflecting.value]
        if observer_id:
            sql += f" and not {COLLEAGUES_ELSEWHERE}"
            params += self.colleagues_params(observer_id)
        return self._count(sql, params)

    def colleagues_observer(self, obs_id: str, observer_id: str) -> str | None:
        """The observer's name when *obs_id* is unfinished and a colleague's from another
        laptop (COLLEAGUES_ELSEWHERE, *observer_id* being this laptop's), else None."""
        rows = self._rows(
            "select coalesce(json_extract(observer, '$.name'), '') as name from observations o "
            f"where id = ? and deleted = 0 and status != 'final' and {COLLEAGUES_ELSEWHERE}",
            [obs_id, *self.colleagues_params(observer_id)],
        )
        return str(rows[0]["name"]) if rows else None

    def colleagues_params(self, observer_id: str) -> list[Any]:
        """The parameters of COLLEAGUES_ELSEWHERE, *observer_id* being this laptop's."""
        return [observer_id, self.device_id, self.device_id, CONTINUED_HERE]

    def continue_here(self, obs_id: str) -> None:
        """This laptop's person chose to continue *obs_id*, a colleague's record begun on
        another laptop: from now on it is among the ones they resume (COLLEAGUES_ELSEWHERE)."""
        self.set_setting(CONTINUED_HERE + obs_id, True)

    def kept_cursor(self, obs_id: str) -> dict[str, str] | None:
        """Where the live screen's cursor rested in *obs_id* (``{"at": ..., "scores": ...}``), if kept."""
        value = self.get_setting(CURSOR_AT + obs_id)
        return value if isinstance(value, dict) else None

    def keep_cursor(self, obs_id: str, place: dict[str, str] | None, wait: float | None = None) -> None:
        """Keep where the cursor rested in *obs_id* (None: nothing kept, the place follows the
        scores), waiting at most *wait* seconds for another program's write (StoreBusy)."""
        if place is None:
            self.drop_setting(CURSOR_AT + obs_id, wait)
        else:
            self.set_setting(CURSOR_AT + obs_id, place, wait)

    def tidy_after_final(self, obs_id: str, drafts: Sequence[str]) -> None:
        """*obs_id* was made final: what was kept beside it for its lesson goes -- its
        continuation here (a revision of it made here says that now), its cursor, and its
        note drafts at *drafts* (the places whose text is saved in the record or blank;
        a draft holding text nobody saved stays)."""
        with self.transaction() as conn:
            conn.execute("delete from settings where key in (?, ?)", [CONTINUED_HERE + obs_id, CURSOR_AT + obs_id])
            for place in drafts:
                conn.execute("delete from note_drafts where observation_id = ? and place = ?", [obs_id, place])

    def count_observations(self) -> int:
        return self._count("select count(*) from observations where deleted = 0")

    def count_observations_with_form(self, form_hash: str) -> int:
        """How many observations (not deleted) were made on this version of a form."""
        return self._count("select count(*) from observations where deleted = 0 and form_hash = ?", [form_hash])

    def last_used_form_id(self) -> str | None:
        """The form of the observation made last on this laptop."""
        rows = self._rows("select form_id from observations where deleted = 0 order by created_at desc limit 1")
        return rows[0]["form_id"] if rows else None

    def changed_since_revision(self) -> list[str]:
        """Records written since their content last became a revision (and not waiting
        on a conflict). Decided by the record's version, never held back by a clock: a
        laptop whose clock ran ahead delayed everyone's later edits. A record whose time
        moved past its last revision without a write through observasi (changed behind
        its back) is a candidate too; either way the content is compared with the history."""
        with self._lock:
            # The answer depends on the database alone: while no commit of this connection
            # (its total of changes) nor of any other (data_version: another program, or a
            # tool editing the file behind observasi's back) came since the last look, it is
            # the same, and the look at every record (linear in them) is not made again.
            # Inside a transaction what it sees may yet be rolled back: looked at, not kept.
            state = None if self.conn.in_transaction else self._db_state()
            kept = self._edits_look
            if kept is not None and kept[0] == state:
                return list(kept[1])
            found = [
                r["id"]
                for r in self._rows(
                    "select o.id from observations o where (o.version != o.revised_version or o.updated_at > coalesce("
                    "(select max(r.created_at) from revisions r where r.observation_id = o.id), '')) "
                    "and o.id not in (select observation_id from sync_conflicts)"
                )
            ]
            if state is not None:
                self._edits_look = (state, tuple(found))
            return found

    def stored_digest(self, obs_id: str) -> tuple[str, int] | None:
        """The revision hash of the record as stored now (what a revision of it would
        carry), with the version it was read at; None when there is no such record."""
        from observasi.core.record import record_payload

        if self.record_state(obs_id) is None:
            return None  # (most records of a first import: no read transaction for them)
        with self._snapshot():
            state = self.record_state(obs_id)
            if state is None:
                return None
            payload = record_payload(self.get_observation(obs_id))
            return revision_hash(payload, state.deleted), state.version

    def record_versions(self, obs_ids: Sequence[str]) -> dict[str, int]:
        """The version of each stored record among *obs_ids*."""
        out: dict[str, int] = {}
        for chunk in chunks(list(obs_ids), 500):
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"select id, version from observations where id in ({marks})", chunk):
                out[r["id"]] = r["version"] or 0
        return out

    # -- writing whole records ------------------------------------------------------------

    def create_observation(self, obs: Observation, inst: Instrument) -> Observation:
        """Store a new observation (status draft) and its first revision."""
        digest = self.remember_form(inst)
        obs = obs.model_copy(update={"form_hash": digest, "form_id": inst.id, "form_version": inst.version})
        self.put_observation(obs)
        return obs

    def put_observation(self, obs: Observation, *, revision: bool = True, deleted: bool = False) -> None:
        """Write a whole record (new, imported or merged) in one transaction, with a
        revision of it unless told not to."""
        self.write_whole_records([self.whole_rows(obs, deleted)], revision=revision)

    def whole_rows(self, obs: Observation, deleted: bool = False) -> WholeRecordRows:
        """*obs* as the rows that hold it, scored: made before a write, outside its transaction."""
        from observasi.core.scoring import score

        return whole_record_rows(obs, deleted, score(self.instrument(obs.form_hash), obs.ratings))

    def write_whole_records(self, records: Sequence[WholeRecordRows], *, revision: bool = True) -> None:
        """Replace whole records by the rows given, one statement per table, in one
        transaction; with a revision of each when asked (not for records a sync brings,
        which are revisions already)."""
        if not records:
            return
        ids = json.dumps(sorted({r.record.id for r in records}))
        with self.transaction() as conn:
            # The recap's tally (m122) counts the batch's ratings in two grouped statements,
            # not a trigger per rating: uncounted as they stand, counted as written.
            conn.execute(tally_records_sql(add=False), [ids])
            conn.execute("update rating_tally_pause set paused = 1")
            try:
                columns = [c for c in records[0].observation if c != "id"]
                conn.executemany(
                    upsert_sql("observations", ["id"], columns).replace(
                        "do update set ", "do update set version = coalesce(observations.version, 0) + 1, "
                    ),
                    [[r.observation["id"], *(r.observation[c] for c in columns)] for r in records],
                )
                for table in ("ratings", "evidence", "followups"):
                    conn.executemany(f"delete from {table} where observation_id = ?", [(r.record.id,) for r in records])
                self._replace_rows("ratings", [row for r in records for row in r.ratings])
                self._replace_rows("evidence", [row for r in records for row in r.evidence])
                self._replace_rows("followups", [row for r in records for row in r.followups])
                if revision:
                    for r in records:
                        self._record_revision(r.record, deleted=r.deleted)
                else:  # a revision's content (a sync applies a head), or one recorded next
                    self._mark_revised(conn, [r.record.id for r in records])
            finally:
                conn.execute("update rating_tally_pause set paused = 0")
            conn.execute(tally_records_sql(add=True), [ids])
            # Their score columns were written whole: a live row would hide them.
            conn.execute("delete from live_scores where observation_id in (select value from json_each(?))", [ids])

    def record_revision(self, obs_id: str, parents: Sequence[str] | None = None) -> Revision | None:
        """Capture edits made since the last revision (before publishing, for instance);
        *parents*: the revisions the edits were made on, when not all the current heads."""
        with self.transaction():
            return self._record_revision(self.get_observation(obs_id), self.is_deleted(obs_id), parents)

    def delete_observation(self, obs_id: str) -> None:
        """Hide the record locally and leave a tombstone revision for the shared folder."""
        with self.transaction() as conn:
            conn.execute(
                "update observations set deleted = 1, updated_at = ?, version = version + 1 where id = ?",
                [utc_now(), obs_id],
            )
            # A deleted record keeps no score of its own beside it (readers skip it anyway).
            conn.execute("delete from live_scores where observation_id = ?", [obs_id])
            self._record_revision(self.get_observation(obs_id), deleted=True)

    def forget_teacher(
        self, teacher_id: str, remains: Sequence[Observation], mark: Sequence[str] | None = None
    ) -> None:
        """Erase what is held about a teacher (UU 27/2022), in one transaction.

        *remains* are the teacher's records stripped to what a tombstone must carry (ids,
        form, date). Each becomes a deleted row without ratings, evidence or follow-ups;
        the payload of every earlier revision is replaced by it (ids and parents stay, so
        the history still links up with the shared folder; a revision already published or
        received keeps its hash, one that never left this laptop gets the hash of its new
        content so it publishes as genuine); a tombstone revision is recorded (only for the
        records in *mark*, when given: those another laptop's tombstones did not reach yet);
        the teacher row is removed."""
        import json

        from observasi.core.record import record_payload

        with self.transaction() as conn:
            device = self.device_id
            for obs in remains:
                self.put_observation(obs, revision=False, deleted=True)
                payload = record_payload(obs)
                text = json.dumps(payload, ensure_ascii=False)
                for rev in self.revisions(obs.id):
                    new_hash = revision_hash(payload, rev.deleted)
                    keep = not (rev.device_id == device and rev.published_at is None)
                    conn.execute(
                        "update revisions set payload = ?, hash = ? where id = ?",
                        [text, rev.hash if keep else new_hash, rev.id],
                    )
                if mark is None or obs.id in mark:
                    self._record_revision(obs, deleted=True)
            conn.execute("delete from teachers where id = ?", [teacher_id])
        self.erase_freed()

    # -- saving one change ------------------------------------------------------------------

    def save_change(
        self, old: Observation, new: Observation, result: ScoreResult | None, *, revision: bool = False
    ) -> None:
        """Write what differs between *old* (the record as stored) and *new*, with the
        score columns when *result* is given, and a revision of *new* when asked (the
        lesson started or ended, the record finalised or amended). Inside the caller's
        transaction (see :class:`observasi.record.LiveRecord`)."""
        changes = row_changes(old, new)
        # Not final: the score goes to the record's row of live_scores (m141), one small
        # page, instead of its nilai and predikat and their three index entries.
        live = score_columns(result) if result is not None and new.status is not Status.final else None
        with self.transaction() as conn:
            self._write_columns(conn, new.id, changes, None if live is not None else result)
            if live is not None:
                conn.execute(upsert_sql("live_scores", ["observation_id"], SCORE_COLUMNS),
                             [new.id, *(live[c] for c in SCORE_COLUMNS)])  # fmt: skip
            elif new.status is Status.final and old.status is not Status.final:
                self._settle_live_score(conn, new.id, written=result is not None)
            self._write_items(conn, new.id, changes)
            if revision:
                self._record_revision(new)

    def _settle_live_score(self, conn: Any, obs_id: str, *, written: bool) -> None:
        """A record made final keeps its score in its own columns (the list, the recap and
        the teachers screen read finals from their indexes): the live row's, unless the
        change wrote them there (*written*)."""
        if not written:
            columns = ", ".join(SCORE_COLUMNS)
            conn.execute(
                f"update observations set ({columns}) = (select {columns} from live_scores where observation_id = ?) "
                "where id = ? and exists (select 1 from live_scores where observation_id = ?)",
                [obs_id, obs_id, obs_id],
            )
        conn.execute("delete from live_scores where observation_id = ?", [obs_id])

    def _write_columns(self, conn: Any, obs_id: str, changes: RowChanges, result: ScoreResult | None) -> None:
        columns = dict(changes.columns)
        if result is not None:
            columns.update(score_columns(result))
        assignments = "".join(f"{name} = ?, " for name in columns)
        conn.execute(
            f"update observations set {assignments}version = version + 1 where id = ?", [*columns.values(), obs_id]
        )

    def _write_items(self, conn: Any, obs_id: str, changes: RowChanges) -> None:
        if changes.ratings_upsert:
            conn.executemany(
                upsert_sql("ratings", ["observation_id", "indicator_id"], RATING_COLUMNS),
                [[obs_id, r["indicator_id"], *(r[c] for c in RATING_COLUMNS)] for r in changes.ratings_upsert],
            )
        if changes.ratings_delete:
            conn.executemany(
                "delete from ratings where observation_id = ? and indicator_id = ?",
                [(obs_id, i) for i in changes.ratings_delete],
            )
        for table, order, columns, inserted, updated, deleted in (
            ("evidence", "seq", EVIDENCE_COLUMNS, changes.evidence_insert, changes.evidence_update, changes.evidence_delete),
            ("followups", "position", FOLLOWUP_COLUMNS, changes.followups_insert, changes.followups_update,
             changes.followups_delete),
        ):  # fmt: skip
            for item in inserted:
                # Appended after the last: positions are an order, not an index (gaps are fine).
                conn.execute(
                    f"insert into {table} (id, observation_id, {order}, {', '.join(columns)}) values "
                    f"(?, ?, (select coalesce(max({order}), -1) + 1 from {table} where observation_id = ?), "
                    f"{', '.join('?' * len(columns))})",
                    [item["id"], obs_id, obs_id, *(item[c] for c in columns)],
                )
            for item in updated:
                conn.execute(
                    f"update {table} set {', '.join(f'{c} = ?' for c in columns)} where id = ? and observation_id = ?",
                    [*(item[c] for c in columns), item["id"], obs_id],
                )
            if deleted:
                conn.executemany(
                    f"delete from {table} where id = ? and observation_id = ?", [(i, obs_id) for i in deleted]
                )
