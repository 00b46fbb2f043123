"""The database schema, applied through sqlite-utils Migrations.

Append new migrations at the end; never edit one that has shipped. A database that
has a migration this program does not know was written by a newer version.

The migrations are listed here and handed to sqlite-utils only when one is pending:
whether one is pending is read with plain sqlite3 from sqlite-utils' own bookkeeping
table, so an up-to-date database opens without importing sqlite-utils (about 0.1 s of
the TUI's start-up).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "observasi"
# sqlite-utils' record of applied migrations (sqlite_utils.migrations.Migrations.migrations_table);
# a test checks the two agree.
MIGRATIONS_TABLE = "_sqlite_migrations"

Migration = Callable[["Database"], None]
_MIGRATIONS: list[Migration] = []


def migration(func: Migration) -> Migration:
    """Register *func* (named mNNN_<area>_<what>) as the next migration."""
    _MIGRATIONS.append(func)
    return func


def known_migrations() -> frozenset[str]:
    """Names of every migration this program has."""
    return frozenset(func.__name__ for func in _MIGRATIONS)


def applied_migrations(conn: sqlite3.Connection) -> set[str]:
    """Names of the migrations already applied to the database behind *conn*."""
    exists = conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [MIGRATIONS_TABLE])
    if exists.fetchone() is None:
        return set()
    rows = conn.execute(f"select name from {MIGRATIONS_TABLE} where migration_set = ?", [MIGRATION_SET])
    return {name for (name,) in rows}


def apply_migrations(db: Database) -> None:
    """Apply the pending migrations, in order, each in its own transaction."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for func in _MIGRATIONS:
        migrations()(func)
    pending = known_migrations() - applied_migrations(db.conn)
    migrations.apply(db)
    if pending and UNCHANGED_TABLE in db.table_names():
        watch_writes(db)  # a table a later migration made is watched too


@migration
def m001_initial(db: Database) -> None:
    db.table("school").create(
        {
            "id": int,
            "name": str,
            "npsn": str,
            "address": str,
            "city": str,
            "principal_name": str,
            "principal_id_label": str,
            "principal_id_number": str,
            "logo_path": str,
        },
        pk="id",
    )
    db.table("observers").create(
        {"id": str, "name": str, "id_label": str, "id_number": str, "role": str, "created_at": str},
        pk="id",
    )
    db.table("teachers").create(
        {
            "id": str,
            "name": str,
            "nip": str,
            "nuptk": str,
            "gender": str,
            "ptk_type": str,
            "subject": str,
            "rank": str,
            "active": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        defaults={"active": 1},
    )
    db.table("teachers").create_index(["nip"])
    db.table("teachers").create_index(["nuptk"])
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("forms").create(
        {"hash": str, "form_id": str, "version": str, "title": str, "body": str, "first_seen": str},
        pk="hash",
    )
    db.table("observations").create(
        {
            "id": str,
            "form_id": str,
            "form_version": str,
            "form_hash": str,
            "teacher_id": str,
            "teacher": str,
            "observer_id": str,
            "observer": str,
            "co_observer": str,
            "subject": str,
            "class_name": str,
            "topic": str,
            "date": str,
            "period": str,
            "semester": str,
            "students_present": int,
            "students_absent": int,
            "focus": str,
            "pre_notes": str,
            "status": str,
            "started_at": str,
            "paused_at": str,
            "paused_seconds": int,
            "ended_at": str,
            "stage_marks": str,
            "tallies": str,
            "snapshots": str,
            "reflection": str,
            "strengths": str,
            "improvements": str,
            "acknowledgement": str,
            "amendments": str,
            "created_at": str,
            "updated_at": str,
            "finalized_at": str,
            "deleted": int,
            "nilai": str,
            "predikat": str,
            "scored": int,
            "total": int,
        },
        pk="id",
        defaults={"deleted": 0, "paused_seconds": 0},
    )
    for columns in (["teacher_id"], ["status"], ["date"], ["semester"], ["form_id"]):
        db.table("observations").create_index(columns)
    db.table("ratings").create(
        {
            "observation_id": str,
            "indicator_id": str,
            "level": str,
            "na": int,
            "note": str,
            "recommendation": str,
            "updated_at": str,
        },
        pk=("observation_id", "indicator_id"),
    )
    db.table("evidence").create(
        {
            "id": str,
            "observation_id": str,
            "seq": int,
            "at": str,
            "minute": int,
            "stage": str,
            "text": str,
            "indicator_id": str,
        },
        pk="id",
    )
    db.table("evidence").create_index(["observation_id", "seq"])
    db.table("followups").create(
        {
            "id": str,
            "observation_id": str,
            "position": int,
            "action": str,
            "measure": str,
            "support": str,
            "due": str,
            "status": str,
        },
        pk="id",
    )
    db.table("followups").create_index(["observation_id", "position"])
    # One row per saved revision of an observation: the unit the sync folder carries.
    db.table("revisions").create(
        {
            "id": str,
            "observation_id": str,
            "parents": str,
            "device_id": str,
            "author": str,
            "created_at": str,
            "deleted": int,
            "payload": str,
            "hash": str,
            "signature": str,
            "origin": str,
            "published_at": str,
        },
        pk="id",
    )
    db.table("revisions").create_index(["observation_id"])


# New migrations go BELOW this line, each a new function named mNNN_<area>_<what>.


@migration
def m005_sync_state(db: Database) -> None:
    """The shared-folder exchange's memory (observasi.sync.state)."""
    # Files already read (name, size, mtime): a rescan with nothing new opens no file.
    db.table("sync_files").create(
        {"path": str, "size": int, "mtime_ns": int, "kind": str, "key": str, "sha256": str},
        pk="path",
    )
    # Files reported at the last sync (retried at every sync).
    db.table("sync_problems").create({"path": str, "reason": str, "first_seen": str, "last_seen": str}, pk="path")
    # Each device's public key, pinned the first time it is seen.
    db.table("sync_devices").create({"device_id": str, "public_key": str, "first_seen": str}, pk="device_id")
    # Observations with two or more heads of different content, waiting for the user.
    db.table("sync_conflicts").create({"observation_id": str, "heads": str, "detected_at": str}, pk="observation_id")
    # Observations whose head could not be applied yet (a form not yet in the folder).
    db.table("sync_unapplied").create({"observation_id": str, "reason": str}, pk="observation_id")
    db.table("sync_log").create(
        {
            "id": int,
            "at": str,
            "folder": str,
            "sent": int,
            "received": int,
            "conflicts": int,
            "problems": int,
            "seconds": float,
        },
        pk="id",
    )


@migration
def m006_records_version(db: Database) -> None:
    """A counter each write of a record increases: the live-record service holding a
    record sees that a sync (or another window) changed it underneath."""
    db.table("observations").add_column("version", int, not_null_default=0)


@migration
def m040_year_followup_done(db: Database) -> None:
    """When a follow-up item was done, and what was seen (observasi.year)."""
    db.table("followups").add_column("done_on", str)
    db.table("followups").add_column("done_note", str)


@migration
def m030_forms2_identity(db: Database) -> None:
    """Answers to the identity fields a form declares (schema v2), as JSON text."""
    db.table("observations").add_column("identity", str)


@migration
def m031_forms2_school_kop(db: Database) -> None:
    """The school's kop lines, phone and e-mail, printed in the letterhead."""
    for column in ("kop_lines", "phone", "email"):
        db.table("school").add_column(column, str, not_null_default="")


@migration
def m041_year_programmes(db: Database) -> None:
    """The supervision programme of a semester, as one JSON document (observasi.year)."""
    db.table("programmes").create(
        {"id": str, "semester": str, "payload": str, "updated_at": str, "version": int},
        pk="id",
    )
    db.table("programmes").create_index(["semester"])


@migration
def m010_sync_revised_version(db: Database) -> None:
    """The record's version when its content last became a revision (or arrived as one):
    what changed since is decided by the record's history, never by comparing clocks
    (a laptop whose clock runs a day ahead delayed everyone's later edits). -1: not known,
    so the first sync compares the content with the history once."""
    db.table("observations").add_column("revised_version", int, not_null_default=-1)


@migration
def m020_privacy_data_keys(db: Database) -> None:
    """Each teacher's data keys (the shared folder holds their records sealed under them),
    and what was forgotten school-wide (observasi.store.data_keys)."""
    db.table("data_keys").create(
        {"dkid": str, "teacher_id": str, "key": bytes, "kid": str, "created_at": str}, pk="dkid"
    )
    db.table("data_keys").create_index(["teacher_id"])
    db.table("forgotten_data_keys").create({"dkid": str}, pk="dkid")
    db.table("forgotten_teachers").create({"teacher_id": str, "at": str}, pk="teacher_id")


@migration
def m021_privacy_forgotten_key_owner(db: Database) -> None:
    """Whose data key a forgotten one was: the forget record a sync publishes names them."""
    db.table("forgotten_data_keys").add_column("teacher_id", str)


@migration
def m042_year_attachments(db: Database) -> None:
    """Evidence files of a record (name, size, sha256; the bytes live in the data folder)."""
    db.table("observations").add_column("attachments", str)


@migration
def m050_scale_overview_index(db: Database) -> None:
    """The columns the teachers screen groups by teacher (count, latest final and its nilai),
    so its one grouped query reads this index instead of every record's row."""
    db.table("observations").create_index(
        ["teacher_id", "deleted", "status", "date", "created_at", "nilai", "predikat"],
        index_name="observations_teacher_overview",
    )


@migration
def m051_scale_rating_levels_index(db: Database) -> None:
    """Each record's levels in an index, so the recap counts levels per indicator from the
    index alone instead of looking up every rating's row (1.9 million at 100,000 records)."""
    db.table("ratings").create_index(["observation_id", "indicator_id", "level", "na"], index_name="ratings_levels")


@migration
def m052_scale_filter_indexes(db: Database) -> None:
    """The home screen's form and semester filters list the values in use among the records
    that are not deleted: from these indexes alone, not a look-up of every record's row. (The
    value first: with "deleted" first the planner took them for any "deleted = 0" query.)"""
    db.table("observations").create_index(["form_id", "deleted"], index_name="observations_live_forms")
    db.table("observations").create_index(["semester", "deleted"], index_name="observations_live_semesters")


@migration
def m094_privacy3_laptop_names(db: Database) -> None:
    """The name each of the school's laptops chose (read from its sealed ``name-`` file in the
    shared folder): what every screen that names a laptop shows."""
    db.table("laptop_names").create({"device_id": str, "name": str, "seq": int}, pk="device_id")


@migration
def m100_year3_programme_versions(db: Database) -> None:
    """Every version of a programme this laptop made or read (its parents: the versions it
    was made from), whether it is in the shared place, and the laptop it came from -- so
    two laptops' changes since a common version are merged, not one dropped. The programme
    row gains the version of another laptop that clashes with it, until a person decides.
    The programmes held now are the first versions, as if shared (they may well be)."""
    import json

    from observasi.core.programme import Programme, programme_hash

    db.table("programme_versions").create(
        {"digest": str, "programme_id": str, "payload": str, "parents": str, "shared": int, "device_id": str},
        pk="digest",
    )
    db.table("programme_versions").create_index(["programme_id"])
    db.table("programmes").add_column("clash_with", str)
    for row in db.query("select payload from programmes"):
        programme = Programme.model_validate(json.loads(row["payload"]))
        db.table("programme_versions").insert(
            {
                "digest": programme_hash(programme),
                "programme_id": programme.id,
                "payload": row["payload"],
                "parents": "[]",
                "shared": 1,
                "device_id": "",
            },
            ignore=True,
        )


@migration
def m110_p_list_list_indexes(db: Database) -> None:
    """`observasi list` reads its lines from an index alone, in its order: at 100,000
    observations the table is 1.5 GB of payload and the list's columns are a few MB, and
    its column widths (read first, so 100,000 lines are never held) came from a second
    scan of that table. The first index holds the list's columns in the list's order (the
    date first: with "deleted" first the planner took it for any "deleted = 0" query); the
    second the status, nilai and predikat, whose few combinations size three columns (the
    nilai first: with the status first the planner took it for the recap's "status =
    'final'", and read the records in nilai order rather than the table's, 10% slower)."""
    db.execute(
        "create index if not exists observations_list on observations (date, created_at, deleted, id, "
        "json_extract(teacher, '$.name'), subject, class_name, form_id, status, nilai, predikat)"
    )
    db.execute("create index if not exists observations_list_cells on observations (nilai, predikat, status, deleted)")


@migration
def m117_p_tui_attention_indexes(db: Database) -> None:
    """The home screen's attention panel counts at every start: the open follow-ups due by a
    day, and the teachers with a lesson held in the semester. From these indexes alone, not
    a look-up of every record's row (at 100,000 records: 55,000 follow-ups due, 10,000
    lessons in a semester). The value compared first, never "deleted" (see m052)."""
    db.table("followups").create_index(["status", "due", "observation_id"], index_name="followups_open_due")
    db.table("observations").create_index(
        ["status", "date", "deleted", "teacher_id"], index_name="observations_held_teachers"
    )
    # The few deleted records, so "not deleted" is answered without reading each record's row.
    db.execute("create index observations_deleted_ids on observations(id) where deleted is not 0")


@migration
def m112_p_recap_final_forms_index(db: Database) -> None:
    """The final records of a period with what the recap groups them by (form, teacher,
    lesson, observer), in an index: the recap counts ratings and follow-ups and finds the
    lessons two observers scored by reading it, not every record's row (220 MB of rows at
    100,000 records, read again for each figure)."""
    db.table("observations").create_index(
        ["status", "deleted", "date", "form_hash", "id", "teacher_id", "period", "observer_id"],
        index_name="observations_final_forms",
        if_not_exists=True,
    )


@migration
def m113_p_recap_followup_status_index(db: Database) -> None:
    """Each record's follow-up statuses in an index: the recap counts them per status
    without reading every follow-up's row."""
    db.table("followups").create_index(["observation_id", "status"], index_name="followups_status", if_not_exists=True)


@migration
def m118_p_tui_unsent_revisions_index(db: Database) -> None:
    """The header's sync line counts this laptop's revisions not sent yet, at every start and
    every few seconds: from a small index of those alone, not a scan of every revision (0.6 s
    at 100,000, holding the database while the user scores)."""
    db.execute("create index revisions_unsent on revisions(origin) where published_at is null")


@migration
def m121_lead_unrevised_records_index(db: Database) -> None:
    """The header's "menunggu dikirim" counts the records edited since their last revision
    too (a sync makes each a revision, then sends it): from this small index of those
    alone, never a scan of the records' rows."""
    db.execute(
        "create index if not exists observations_unrevised on observations(id) "
        "where version != revised_version and revised_version != -1"
    )


# The ratings the recap counts, kept counted per day by triggers (m122). What a rating
# counts as: its level, or "__na__" when marked N/A; a rating with neither counts nowhere.
_TALLY_KEY = "case when {r}.na then '__na__' else {r}.level end"
# A record whose ratings the recap counts: final and not deleted, on a day, of a form.
_TALLY_COUNTED = "({o}.status = 'final' and {o}.deleted = 0 and {o}.date is not null and {o}.form_hash is not null)"
# The triggers count unless a batch of whole records, counting itself, paused them (m133).
_TALLY_ON = "coalesce((select paused from rating_tally_pause), 0) = 0"


def _tally_add(o: str, r: str, source: str) -> str:
    """Count one per rating *r* that *source* picks, on record *o*'s day and form."""
    key = _TALLY_KEY.format(r=r)
    return (
        f"insert into rating_tally (date, form_hash, indicator_id, key, n) select {o}.date, {o}.form_hash, "
        f"{r}.indicator_id, {key}, 1 {source} and {_TALLY_COUNTED.format(o=o)} "
        f"and {r}.indicator_id is not null and {key} is not null "
        "on conflict do update set n = n + excluded.n;"
    )


def _tally_remove(o: str, r: str, source: str) -> str:
    """Uncount one per rating *r* that *source* picks, on record *o*'s day and form. A
    record holds one rating per indicator, so each tally row loses at most one."""
    key = _TALLY_KEY.format(r=r)
    return (
        "update rating_tally set n = n - 1 where (date, form_hash, indicator_id, key) in ("
        f"select {o}.date, {o}.form_hash, {r}.indicator_id, {key} {source} and {_TALLY_COUNTED.format(o=o)} "
        f"and {r}.indicator_id is not null and {key} is not null);"
    )


def rating_tally_triggers() -> list[str]:
    """The triggers that keep ``rating_tally`` equal to the ratings of final, not deleted
    records counted per day, form, indicator and level, whichever path writes: a rating
    scored, changed or removed, a record finalised, revised, deleted, forgotten, moved to
    another day or form, replaced whole by a sync. Each adds or removes exactly the part of
    the count the changed row makes, so the tally never depends on the order of writes.
    A rating's own trigger reads its record's row (new.* and old.* directly: about 10 us a
    rating written, most of it the tally's upsert)."""
    new_record, old_record = (
        "from observations o where o.id = new.observation_id",
        "from observations o where o.id = old.observation_id",
    )
    key_old, key_new = _TALLY_KEY.format(r="old"), _TALLY_KEY.format(r="new")
    rating_moved = (
        f"old.observation_id is not new.observation_id or old.indicator_id is not new.indicator_id "
        f"or ({key_old}) is not ({key_new})"
    )
    counted_old, counted_new = _TALLY_COUNTED.format(o="old"), _TALLY_COUNTED.format(o="new")
    record_moved = (
        f"not ({counted_old} and {counted_new} and old.id = new.id and old.date = new.date "
        f"and old.form_hash = new.form_hash) and ({counted_old} or {counted_new})"
    )
    old_ratings, new_ratings = (
        "from ratings r where r.observation_id = old.id",
        "from ratings r where r.observation_id = new.id",
    )
    # Not while a batch of whole records is written: it counts its records itself, once
    # (Store.write_whole_records), instead of once per rating here.
    on = _TALLY_ON
    return [
        f"create trigger rating_tally_rating_insert after insert on ratings when {on} begin "
        f"{_tally_add('o', 'new', new_record)} end",
        f"create trigger rating_tally_rating_delete after delete on ratings when {on} begin "
        f"{_tally_remove('o', 'old', old_record)} end",
        "create trigger rating_tally_rating_update after update of observation_id, indicator_id, level, na "
        f"on ratings when {on} and ({rating_moved}) begin {_tally_remove('o', 'old', old_record)} "
        f"{_tally_add('o', 'new', new_record)} end",
        "create trigger rating_tally_record_insert after insert on observations "
        f"when {on} and {counted_new} begin {_tally_add('new', 'r', new_ratings)} end",
        "create trigger rating_tally_record_delete after delete on observations "
        f"when {on} and {counted_old} begin {_tally_remove('old', 'r', old_ratings)} end",
        "create trigger rating_tally_record_update after update of id, status, deleted, date, form_hash "
        f"on observations when {on} and ({record_moved}) begin "
        f"{_tally_remove('old', 'r', old_ratings)} {_tally_add('new', 'r', new_ratings)} end",
    ]


def _tally_counts(rows: str = "ratings r join observations o on o.id = r.observation_id") -> str:
    """The ratings of the counted records among *rows* (``o`` the records, ``r`` their
    ratings), grouped as the tally is (columns date, form_hash, indicator_id, key, n)."""
    key = _TALLY_KEY.format(r="r")
    return (
        f"select o.date as date, o.form_hash as form_hash, r.indicator_id as indicator_id, {key} as key, "
        f"count(*) as n from {rows} "
        f"where {_TALLY_COUNTED.format(o='o')} and r.indicator_id is not null and {key} is not null "
        "group by 1, 2, 3, 4"
    )


# A batch's records by primary key, then their ratings (cross join: in this order). Asked
# as ``o.id in (...)``, SQLite walked every final record for each batch (an index on
# status and date covers the condition): 400 batches x 20,000 records at 100,000.
_BATCH_ROWS = (
    "json_each(?) j cross join observations o on o.id = j.value cross join ratings r on r.observation_id = o.id"
)


def tally_records_sql(add: bool) -> str:
    """Count (*add*) or uncount the ratings of the records whose ids the one parameter
    lists (a JSON array of distinct ids), grouped: what the triggers do a rating at a time,
    for a batch. The same count fills the tally on upgrade (m122: every record)."""
    counted = _tally_counts(_BATCH_ROWS)
    if add:
        return (
            f"insert into rating_tally (date, form_hash, indicator_id, key, n) select * from ({counted}) where true "
            "on conflict do update set n = n + excluded.n"
        )
    return (
        f"update rating_tally set n = rating_tally.n - d.n from ({counted}) d where rating_tally.date = d.date "
        "and rating_tally.form_hash = d.form_hash and rating_tally.indicator_id = d.indicator_id "
        "and rating_tally.key = d.key"
    )


@migration
def m122_q_recap_rating_tally(db: Database) -> None:
    """The ratings of final records counted per day, form, indicator and level, kept by
    triggers (so no writer can forget it): the recap of all years sums a few thousand
    rows a day at a time instead of grouping 1.5 million ratings at 100,000 records (2.6 s
    CPU). Per day, so any period (a range of days) is counted exactly. Rows left at 0 when
    ratings go are kept (a recap sums only what is above 0). Filled from the rows held."""
    db.execute(
        "create table rating_tally (date text not null, form_hash text not null, indicator_id text not null, "
        "key text not null, n integer not null, primary key (date, form_hash, indicator_id, key)) without rowid"
    )
    _make_tally_pause(db)
    for sql in rating_tally_triggers():
        db.execute(sql)
    db.execute(f"insert into rating_tally (date, form_hash, indicator_id, key, n) {_tally_counts()}")


@migration
def m128_q_rescan_folder_prints(db: Database) -> None:
    """Each device folder's listing (names, sizes, times) as a digest, from the last sync
    that read every file of it without a problem, with how many files of ours it held: a
    rescan that lists the same folder again skips comparing each of its files with the
    ones already read (observasi.sync.listing)."""
    db.table("sync_folder_prints").create({"folder": str, "print": str, "entries": int}, pk="folder")


@migration
def m129_q_rescan_capture_indexes(db: Database) -> None:
    """What a sync reads before it knows whether anything changed, from small indexes: each
    record's version and time (the records edited since their last revision), each record's
    newest revision time (one step of an index, not a read of every revision's row with its
    payload), and this laptop's own revisions (none of the ones read from others). A no-op
    rescan at 100,000 revisions read every revision's row twice without them."""
    db.execute(
        "create index if not exists observations_revised on observations(id, version, revised_version, updated_at)"
    )
    db.execute("create index if not exists revisions_observation_time on revisions(observation_id, created_at)")
    db.execute("drop index if exists idx_revisions_observation_id")  # the index above serves its lookups
    db.execute(
        "create index if not exists revisions_local on revisions(device_id, created_at, id, published_at) "
        "where origin = 'local'"
    )
    # A count every write to a teacher's row moves: whether the roster changed here since
    # the last exchange of the school's files, without reading 20,000 teachers' rows.
    db.execute("create table if not exists sync_marks (name text primary key, n integer not null)")
    db.execute("insert or ignore into sync_marks (name, n) values ('teachers', 0)")
    for event in ("insert", "update", "delete"):
        db.execute(
            f"create trigger if not exists sync_marks_teachers_{event} after {event} on teachers "
            "begin update sync_marks set n = n + 1 where name = 'teachers'; end"
        )


@migration
def m123_q_recap_drop_rating_levels_index(db: Database) -> None:
    """The recap no longer counts levels over every rating (it sums rating_tally, m122), so
    the index m051 made for that goes: every rating written kept it up to date (about a
    sixth of a record's write with the tally's triggers, 1.5 million entries at 100,000
    records). A teacher's history and the co-observed pairs read ratings by record, by the
    primary key."""
    db.execute("drop index if exists ratings_levels")


def _make_tally_pause(db: Database) -> None:
    db.execute("create table if not exists rating_tally_pause (paused integer not null)")
    db.execute("insert into rating_tally_pause (paused) select 0 where not exists (select 1 from rating_tally_pause)")


@migration
def m133_lead_rating_tally_batches(db: Database) -> None:
    """The tally's triggers step aside while a batch of whole records is written (a sync's
    import, 100 records at a time): the batch uncounts its records before and counts them
    after in two grouped statements, in the same transaction. A rating at a time, the
    triggers were a third of a first import's CPU at 100,000 records."""
    _make_tally_pause(db)
    for name in (
        "rating_insert",
        "rating_delete",
        "rating_update",
        "record_insert",
        "record_delete",
        "record_update",
    ):
        db.execute(f"drop trigger if exists rating_tally_{name}")
    for sql in rating_tally_triggers():
        db.execute(sql)


@migration
def m136_r_rescan_received_forms_index(db: Database) -> None:
    """The forms read from colleagues' folders (``kind = 'form'``, a handful) by an index of
    their own: every sync asks for them, and the question read every file the laptop ever
    read (a rescan at 100,000 files scanned 100,000 rows for none)."""
    db.execute("create index if not exists sync_files_forms on sync_files(sha256) where kind = 'form'")


@migration
def m141_r8_keys_live_scores(db: Database) -> None:
    """The score of a record not final yet, in a row of its own: a key on the live screen
    rewrote the record's nilai and predikat, and with them its entries in the three
    indexes that hold them (the list's, its cells', the teachers screen's): three of the
    seven pages each keystroke's commit wrote to the WAL, the slow fsyncs of its p99 at
    100,000 records (issue 18). A record with a row here is scored by it (its columns in
    ``observations`` are those of its last whole write); a final record never has one
    (observasi.store.record_rows.live_score). Nothing to fill: every record's columns are
    right as they stand."""
    db.execute(
        "create table if not exists live_scores (observation_id text primary key, nilai text, predikat text, "
        "scored integer, total integer) without rowid"
    )


# Whether a record was edited since its content last became a revision (m121's condition),
# kept in a flag the partial index observations_unrevised holds (m142).
_UNREVISED = "(new.version != new.revised_version and new.revised_version != -1)"


@migration
def m142_r8_keys_unrevised_flag(db: Database) -> None:
    """The records edited since their last revision (the header's "menunggu dikirim"), marked
    by a flag that triggers set and clear as the record's version and revised version move,
    and indexed by it. m121 indexed them by that condition itself: each key moved the record's
    version, so each key took its entry out of the index and put it back, one more page in
    every keystroke's commit (issue 18). The flag changes only when the answer does: on the
    first key after a revision, and when the next revision is made."""
    db.execute("alter table observations add column unrevised integer not null default 0")
    db.execute(
        "update observations set unrevised = 1 where id in (select id from observations indexed by "
        "observations_unrevised where version != revised_version and revised_version != -1)"
    )
    db.execute("drop index if exists observations_unrevised")
    db.execute("create index observations_unrevised on observations(id) where unrevised = 1")
    for event, columns in (("insert", ""), ("update", " of version, revised_version")):
        db.execute(
            f"create trigger observations_unrevised_{event} after {event}{columns} on observations "
            f"when {_UNREVISED} is not (new.unrevised = 1) begin "
            f"update observations set unrevised = {_UNREVISED} where id = new.id; end"
        )


# -- what a sync compares with the last one (observasi.sync.unchanged) ----------------------

UNCHANGED_TABLE = "sync_unchanged"
# Not watched: written by a sync itself after its work (the log), or derived from watched
# tables and never read by the exchange (the ratings' tally, m122/m133: its triggers rewrite
# a row per rating a first import writes, 5% of that import's CPU when watched too).
NOT_WATCHED = frozenset({UNCHANGED_TABLE, "sync_log", "rating_tally", "rating_tally_pause"})


def watch_writes(db: Database) -> None:
    """A trigger on every table (each new one too: run after every migration applied) that
    marks ``sync_unchanged`` dirty at the first row written, by any program: the "nothing
    committed since the last complete sync" the sync's gate needs, durable across programs
    and restarts (``PRAGMA data_version`` is per connection, ``total_changes`` per process).
    Once dirty the update finds no row: a bulk import pays a lookup per row, not a write."""
    rows = db.execute("select type, name, sql from sqlite_master where type in ('table', 'trigger')").fetchall()
    triggers = {name for kind, name, _ in rows if kind == "trigger"}
    virtual = [name for kind, name, sql in rows if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")]
    for kind, table, _ in rows:
        if kind != "table" or table in NOT_WATCHED or table.startswith("sqlite_") or table in virtual:
            continue
        if any(table.startswith(f"{name}_") for name in virtual):
            continue  # a virtual table's own storage: written by it, never by a statement
        for event in ("insert", "update", "delete"):
            trigger = f"{UNCHANGED_TABLE}_{table}_{event}"
            if trigger not in triggers:
                db.execute(
                    f'create trigger "{trigger}" after {event} on "{table}" '
                    f"begin update {UNCHANGED_TABLE} set dirty = 1 where dirty = 0; end"
                )


@migration
def m150_r9_gate_sync_unchanged(db: Database) -> None:
    """One row: whether anything was written since the last complete, problem-free sync
    (``dirty``, set by :func:`watch_writes`' triggers) and the digest of what that sync
    read (``state``): a sync finding both as they were skips its exchange
    (observasi.sync.unchanged). Dirty to begin with: the first sync is a whole one."""
    db.execute(
        f"create table if not exists {UNCHANGED_TABLE} "
        "(id integer primary key check (id = 1), dirty integer not null, state text)"
    )
    db.execute(f"insert or ignore into {UNCHANGED_TABLE} (id, dirty, state) values (1, 1, null)")
    watch_writes(db)


@migration
def m158_ux9_trust_note_drafts(db: Database) -> None:
    """What is typed in an indicator's note dialog, kept as it is typed until the note is
    saved or the dialog cancelled: everything else typed in a lesson is in the database
    at once, and a note open when the battery died was lost. One per record (one dialog is
    open at a time). A record deleted or forgotten takes its draft with it (the triggers),
    whichever way it went: on this laptop, or by a colleague's tombstone or forget."""
    db.execute(
        "create table if not exists note_drafts (observation_id text primary key, indicator_id text not null, "
        "note text not null, recommendation text, typed_at text not null) without rowid"
    )
    db.execute(
        "create trigger if not exists note_drafts_deleted after update of deleted on observations "
        "when new.deleted = 1 begin delete from note_drafts where observation_id = new.id; end"
    )
    db.execute(
        "create trigger if not exists note_drafts_erased after delete on observations "
        "begin delete from note_drafts where observation_id = old.id; end"
    )


@migration
def m160_fix10_lesson_line_drafts(db: Database) -> None:
    """The live screen's evidence line is kept as it is typed too, beside the note dialog's
    draft (a half-typed line was lost when the app was killed, fix10-lesson): one draft per
    record *and place* ('note': an indicator's note dialog; 'line': the evidence line),
    since a line can hold text while a note dialog is open. The table is made anew with
    that key; the triggers of m158 are dropped first (a rename checks every trigger that
    names the table) and made again on it."""
    db.execute("drop trigger if exists note_drafts_deleted")
    db.execute("drop trigger if exists note_drafts_erased")
    db.execute("alter table note_drafts rename to note_drafts_m158")
    db.execute(
        "create table note_drafts (observation_id text not null, place text not null, indicator_id text not null, "
        "note text not null, recommendation text, typed_at text not null, primary key (observation_id, place)) "
        "without rowid"
    )
    db.execute(
        "insert into note_drafts (observation_id, place, indicator_id, note, recommendation, typed_at) "
        "select observation_id, 'note', indicator_id, note, recommendation, typed_at from note_drafts_m158"
    )
    db.execute("drop table note_drafts_m158")
    db.execute(
        "create trigger note_drafts_deleted after update of deleted on observations "
        "when new.deleted = 1 begin delete from note_drafts where observation_id = new.id; end"
    )
    db.execute(
        "create trigger note_drafts_erased after delete on observations "
        "begin delete from note_drafts where observation_id = old.id; end"
    )
