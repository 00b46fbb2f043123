"""What the supervision year asks of the records (observasi.year): who was observed in a
stretch of time, the lessons planned in it, the follow-up items that come due, and the
records two laptops changed. Summary rows only, never whole records: the home screen
reads these when it opens."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from observasi.core.status import OBSERVED_STATUSES
from observasi.store.connection import Connection
from observasi.store.record_rows import LIVE_SCORES_JOIN, live_score_value

# "Observed" is defined once, in observasi.core.status (a lesson held: reflecting or final).
_OBSERVED = ", ".join(f"'{s}'" for s in OBSERVED_STATUSES)
_OPEN_FOLLOWUPS = "('open', 'in_progress')"


@dataclass(frozen=True, slots=True)
class LessonRow:
    """One observation in the coverage: planned, or held."""

    obs_id: str
    date: str
    status: str
    teacher_id: str
    teacher_name: str
    subject: str


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """One open follow-up item with a due date, and the record it belongs to."""

    obs_id: str
    followup_id: str
    teacher_id: str
    teacher_name: str
    action: str
    due: str
    status: str


@dataclass(frozen=True, slots=True)
class ConflictRow:
    obs_id: str
    teacher_name: str
    versions: int


class CoverageTables(Connection):
    def active_teacher_names(self) -> list[tuple[str, str]]:
        """(id, name) of the teachers on the list, by name (no models: the home screen's
        start-up reads this)."""
        rows = self._rows("select id, name from teachers where active = 1 order by name collate nocase")
        return [(r["id"], r["name"]) for r in rows]

    def teacher_lessons(self, date_from: str, date_to: str) -> list[tuple[str, int, str | None, str | None]]:
        """Per teacher with a record (not deleted) dated *date_from* to *date_to*: the lessons
        held, the last one held, the first planned (a draft): counted in grouped SQL, so
        the recap of all years reads a row per teacher, not every record."""
        rows = self._rows(
            f"select teacher_id, sum(status in ({_OBSERVED})) as held, "
            f"max(case when status in ({_OBSERVED}) then date end) as last_held, "
            # The index of what teachers are grouped by (m050) holds every column read here:
            # scanned in teacher order, no record's row read (0.48 s -> 0.04 s CPU at 100,000).
            "min(case when status = 'draft' then date end) as planned from observations "
            "indexed by observations_teacher_overview where deleted = 0 and date between ? and ? group by teacher_id",
            [date_from, date_to],
        )
        return [(r["teacher_id"], r["held"], r["last_held"], r["planned"]) for r in rows]

    def live_among(self, obs_ids: list[str], date_from: str, date_to: str) -> set[str]:
        """Which of *obs_ids* are records (not deleted) dated *date_from* to *date_to*."""
        found: set[str] = set()
        for start in range(0, len(obs_ids), 500):
            batch = obs_ids[start : start + 500]
            rows = self._rows(
                f"select id from observations where id in ({', '.join('?' * len(batch))}) "
                "and deleted = 0 and date between ? and ?",
                [*batch, date_from, date_to],
            )
            found.update(r["id"] for r in rows)
        return found

    def lessons_between(self, date_from: str, date_to: str) -> list[LessonRow]:
        """Every record (not deleted) dated from *date_from* to *date_to*, oldest first."""
        rows = self._rows(
            "select id, date, status, teacher_id, coalesce(json_extract(teacher, '$.name'), '') as name, "
            "coalesce(subject, '') as subject from observations "
            "where deleted = 0 and date between ? and ? order by date, created_at",
            [date_from, date_to],
        )
        return [LessonRow(r["id"], r["date"], r["status"], r["teacher_id"], r["name"], r["subject"]) for r in rows]

    def observed_teacher_ids(self, date_from: str, date_to: str) -> set[str]:
        """Teachers with a lesson held (see OBSERVED_STATUSES) from *date_from* to *date_to*."""
        rows = self._rows(
            f"select distinct teacher_id from observations where deleted = 0 and status in ({_OBSERVED}) "
            "and date between ? and ?",
            [date_from, date_to],
        )
        return {r["teacher_id"] for r in rows}

    def begun_teacher_ids(self, teacher_ids: Collection[str], date_from: str, date_to: str) -> set[str]:
        """Which of *teacher_ids* have an observation from *date_from* to *date_to* begun but
        not held yet: a lesson under way, or a draft with scores already given. Such a
        teacher is being observed, not "not yet observed" (the walk saw a begun draft
        counted as both planned and not observed). Asked only for the few teachers not
        observed: one step of the teacher index each, not a read of every draft."""
        wanted = sorted({i for i in teacher_ids if i})
        if not wanted:
            return set()
        rows = self._rows(
            # A draft's scores are in its live score's row (m141) once a key gave one.
            f"select distinct teacher_id from observations o {LIVE_SCORES_JOIN} "
            f"where teacher_id in ({', '.join('?' * len(wanted))}) and deleted = 0 and date between ? and ? "
            f"and (o.status = 'observing' or (o.status = 'draft' and {live_score_value('scored')} > 0))",
            [*wanted, date_from, date_to],
        )
        return {r["teacher_id"] for r in rows}

    def open_followups_due_by(self, last_day: str) -> list[FollowUpRow]:
        """Open (or in progress) follow-up items due on or before *last_day*, earliest first."""
        rows = self._rows(
            "select f.observation_id, f.id, o.teacher_id, coalesce(json_extract(o.teacher, '$.name'), '') as name, "
            "f.action, f.due, f.status from followups f join observations o on o.id = f.observation_id "
            f"where o.deleted = 0 and f.status in {_OPEN_FOLLOWUPS} and f.due is not null and f.due != '' "
            "and f.due <= ? order by f.due, name collate nocase, f.position",
            [last_day],
        )
        return [
            FollowUpRow(r["observation_id"], r["id"], r["teacher_id"], r["name"], r["action"], r["due"], r["status"])
            for r in rows
        ]

    def open_followups_due_counts(self, today: str, last_day: str) -> tuple[int, int]:
        """How many of the items open_followups_due_by(*last_day*) lists are overdue (due
        before *today*) and how many due: counted in SQL (the home screen's panel shows
        only the numbers; a big school has tens of thousands of overdue items)."""
        rows = self._rows(
            # "Not among the deleted" (a small partial index, m117), not a join: looking up
            # each item's record for its "deleted" cost 0.35 s at 55,000 items.
            "select coalesce(sum(f.due < ?), 0) as overdue, coalesce(sum(f.due >= ?), 0) as due "
            f"from followups f where f.status in {_OPEN_FOLLOWUPS} and f.due is not null and f.due != '' "
            "and f.due <= ? and f.observation_id not in (select id from observations where deleted is not 0)",
            [today, today, last_day],
        )
        return int(rows[0]["overdue"]), int(rows[0]["due"])

    def live_ids_between(self, ids: Collection[str], date_from: str, date_to: str) -> set[str]:
        """Which of *ids* are records (not deleted) dated from *date_from* to *date_to*."""
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return set()
        rows = self._rows(
            f"select id from observations where id in ({', '.join('?' * len(wanted))}) "
            "and deleted = 0 and date between ? and ?",
            [*wanted, date_from, date_to],
        )
        return {r["id"] for r in rows}

    def conflict_rows(self) -> list[ConflictRow]:
        """Records changed on two laptops and waiting for a decision, with their teacher."""
        rows = self._rows(
            "select c.observation_id, c.heads, coalesce(json_extract(o.teacher, '$.name'), "
            "(select json_extract(r.payload, '$.teacher.name') from revisions r "
            "where r.observation_id = c.observation_id limit 1), '') as name "
            "from sync_conflicts c left join observations o on o.id = c.observation_id "
            "order by c.detected_at, c.observation_id"
        )
        return [ConflictRow(r["observation_id"], r["name"], len(json.loads(r["heads"]))) for r in rows]

    def attachment_hashes(self) -> set[str]:
        """The sha256 of every evidence file a record or a revision still names (the files
        in the data folder that no record names any more can go)."""
        rows = self._rows(
            "select json_extract(a.value, '$.sha256') as sha from observations o, json_each(o.attachments) a "
            "where o.attachments is not null union "
            "select json_extract(a.value, '$.sha256') from revisions r, json_each(r.payload, '$.attachments') a"
        )
        return {r["sha"] for r in rows if r["sha"]}

    def attachment_owners(self) -> dict[str, set[str]]:
        """sha256 -> the teachers whose records (or revisions) name that evidence file: the
        shared folder holds it sealed once under each one's data key. A record without a
        teacher counts as its own (as its revisions are sealed: observasi.sync.envelope)."""
        rows = self._rows(
            "select json_extract(a.value, '$.sha256') as sha, coalesce(nullif(o.teacher_id, ''), o.id) as owner "
            "from observations o, json_each(o.attachments) a where o.attachments is not null union "
            "select json_extract(a.value, '$.sha256'), "
            "coalesce(nullif(json_extract(r.payload, '$.teacher_id'), ''), r.observation_id) "
            "from revisions r, json_each(r.payload, '$.attachments') a"
        )
        owners: dict[str, set[str]] = {}
        for row in rows:
            if row["sha"] and row["owner"]:
                owners.setdefault(row["sha"], set()).add(row["owner"])
        return owners
