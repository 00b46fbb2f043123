"""Queries that must stay linear at 100,000 observations (issue 18) give the same answers
as the plain ones they replaced, through an index rather than a read of every record."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.record import new_id
from observasi.errors import UserError
from observasi.queries.people import OVERVIEW_SQL, teacher_overview
from observasi.settings import Settings
from observasi.store.models import Teacher
from observasi.store.store import Store

# The teachers screen's query before issue 18: a window over every final observation,
# which SQLite ran once per teacher (49.8 s at 100,000 observations). Kept as the reference.
# Its count is of lessons observed (reflecting or final), no longer of drafts too (round 9).
WINDOW_SQL = """
with ranked as (
  select teacher_id, date, nilai, predikat,
         row_number() over (partition by teacher_id order by date desc, created_at desc) as rn
  from observations where deleted = 0 and status = 'final'),
counts as (select teacher_id, count(*) as count from observations
           where deleted = 0 and status in ('reflecting', 'final') group by teacher_id)
select t.id, t.name, t.subject, coalesce(c.count, 0) as count,
       r.date as last_date, r.nilai as last_nilai, r.predikat as last_predikat
from teachers t
left join counts c on c.teacher_id = t.id
left join ranked r on r.teacher_id = t.id and r.rn = 1
where t.active = 1
order by t.name collate nocase
"""


def _fill(store: Store, teachers: int, observations: int, seed: int = 3) -> list[str]:
    """Rows straight into the tables: dates with ties, drafts, deleted records, teachers
    with nothing final and teachers with nothing at all."""
    rng = random.Random(seed)
    staff = [Teacher(id=new_id(), name=f"Guru {i:02d}", subject="IPA") for i in range(teachers)]
    store.save_teachers(staff)
    rows = []
    for i in range(observations):
        teacher = staff[rng.randrange(teachers - 2)]  # the last two are never observed
        day = f"2026-0{rng.randint(1, 3)}-1{rng.randint(0, 2)}"  # few dates: many ties
        status = "draft" if teacher is staff[0] else rng.choice(("final", "final", "draft", "reflecting"))
        rows.append(
            {
                "id": new_id(),
                "form_id": "f",
                "teacher_id": teacher.id,
                "teacher": json.dumps({"name": teacher.name}),
                "date": day,
                "status": status,
                "deleted": int(rng.random() < 0.1),
                # Unique, in a different order than the rows: a tie in date is settled by it.
                "created_at": f"{day}T{(i * 7919) % 86400 // 3600:02d}:{i * 7919 // 60 % 60:02d}:{i * 7919 % 60:02d}Z",
                "nilai": f"{rng.uniform(40, 100):.2f}",
                "predikat": rng.choice(("Baik", "Cukup", "Amat Baik")),
            }
        )
    with store.db.atomic():
        store.db["observations"].insert_all(rows, batch_size=1000)
    return [r["id"] for r in rows]


def _plan(store: Store, sql: str, params: list[str] | None = None) -> str:
    return " | ".join(row[3] for row in store.db.execute("explain query plan " + sql, params or []).fetchall())


def test_teacher_overview_matches_the_window_query_it_replaced(data_dir: Path) -> None:
    context = AppContext(Settings(data_dir=data_dir))
    _fill(context.store, teachers=12, observations=3000)
    expected = context.store.query(WINDOW_SQL)
    rows = teacher_overview(context)
    assert [(r.id, r.name, r.subject, r.count, r.last_date, r.last_nilai, r.last_predikat) for r in rows] == [
        tuple(row.values()) for row in expected
    ]
    # Drafts only: planned, never observed, so no count and no latest nilai.
    assert rows[0].count == 0 and rows[0].last_date is None
    assert sum(1 for r in rows if r.count == 0 and r.last_nilai is None) == 3
    context.store.close()


def test_teacher_overview_reads_an_index_not_the_records(store: Store) -> None:
    plan = _plan(store, OVERVIEW_SQL)
    assert "COVERING INDEX observations_teacher_overview" in plan, plan
    assert "SCAN observations " not in plan.replace("SCAN observations USING", "")


def test_ids_resolve_by_the_primary_key_for_a_whole_id_and_a_prefix(store: Store) -> None:
    ids = _fill(store, teachers=4, observations=200)
    live = store.db.execute("select id from observations where deleted = 0").fetchall()
    one = live[0][0]
    assert store.resolve_id(one) == one
    assert store.resolve_id(f"  {one.upper()} ") == one
    assert store.resolve_id(one[:12]) == one
    gone = next(i for i in ids if (i,) not in live)
    with pytest.raises(UserError):
        store.resolve_id(gone)  # a deleted record is not found
    twins = ["abcd" + "0" * 28, "abcd" + "1" * 28]
    with store.db.atomic():
        store.db["observations"].insert_all([{"id": i, "deleted": 0} for i in twins])
    with pytest.raises(UserError, match="abcd"):
        store.resolve_id("abcd")  # two records start so: ambiguous, named
    assert store.resolve_id("abcd1") == twins[1]
    for text in (one, "abcd"):
        plan = _plan(store, "select id from observations where id >= ? and id < ? and deleted = 0", [text, text + "~"])
        assert plan.startswith("SEARCH observations USING INDEX"), plan


def test_home_filters_read_their_values_from_indexes(data_dir: Path) -> None:
    from observasi.queries.observations import filter_choices

    context = AppContext(Settings(data_dir=data_dir))
    store = context.store
    _fill(store, teachers=5, observations=300)
    with store.db.atomic():
        store.db.execute("update observations set semester = '2026-1' where rowid % 2 = 0")
        store.db.execute("update observations set semester = '2025-2', form_id = 'lama' where rowid % 3 = 0")
        store.db.execute("update observations set form_id = 'terhapus', semester = '2019-1' where rowid = 1")
        store.db.execute("update observations set deleted = 1 where rowid = 1")
    choices = filter_choices(context)
    assert [value for _, value in choices.semesters] == ["2026-1", "2025-2"]  # not the deleted record's
    assert {"f", "lama"} <= {value for _, value in choices.forms} and "terhapus" not in {v for _, v in choices.forms}
    for sql in (
        "select distinct form_id from observations where deleted = 0",
        "select distinct semester from observations where deleted = 0 and semester != '' order by semester desc",
    ):
        assert "USING COVERING INDEX" in _plan(store, sql), sql
    store.close()


def test_the_lists_indexes_serve_the_list_and_leave_the_recaps_plans_alone(data_dir: Path) -> None:
    """`observasi list` reads its lines and its widths from two indexes (m110); a recap's
    "status = 'final'" still reads the records in the table's order, not the nilai's."""
    context = AppContext(Settings(data_dir=data_dir))
    _fill(context.store, teachers=12, observations=2000)
    store = context.store
    listing = _plan(
        store,
        "select substr(id, 1, 8), json_extract(teacher, '$.name'), status, nilai from observations "
        "where deleted = 0 order by date desc, created_at desc",
    )
    assert "observations_list" in listing and "TEMP B-TREE" not in listing, listing
    kinds = _plan(
        store,
        "select status, nilai, predikat from observations indexed by observations_list_cells "
        "where deleted = 0 group by nilai, predikat, status",
    )
    assert "COVERING INDEX observations_list_cells" in kinds and "TEMP B-TREE" not in kinds, kinds
    recap = _plan(
        store,
        "select teacher_id, count(*) from observations o where o.deleted = 0 and o.date >= ? and o.date <= ? "
        "and o.status = 'final' group by teacher_id",
        ["2000-01-01", "2099-12-31"],
    )
    assert "observations_list_cells" not in recap, recap


def test_the_home_offers_the_latest_unfinished_record_and_counts_the_rest(data_dir: Path) -> None:
    """The resume button names the record touched last and how many more wait, reading
    one record and a count (not every unfinished record: thousands at a big school)."""
    from observasi.queries.observations import to_resume, unfinished

    context = AppContext(Settings(data_dir=data_dir))
    store = context.store
    assert to_resume(context) == (None, 0)
    _fill(store, teachers=5, observations=300)
    with store.db.atomic():
        store.db.execute("update observations set status = 'observing' where rowid % 7 = 0")
        store.db.execute("update observations set updated_at = printf('2026-04-%02dT08:00:00Z', rowid % 28 + 1)")
    everything = unfinished(context)
    first, count = to_resume(context)
    assert len(everything) > 20 and {s.status for s in everything} == {"observing", "reflecting"}
    assert first == everything[0] and count == len(everything)
    store.close()
