"""Data sets of 100,000 observations and more, in under two minutes.

Generating each record through the demo generator costs about 3 ms of CPU, so 100,000 of
them would take five minutes. Instead the 10,000-observation set (bench/dataset.py) is
generated once and copied in SQL: each copy gets new observation, rating-row, evidence,
follow-up and revision ids, and each copied revision's payload names its new record and
carries the revision hash of that payload, so the copies are records like any other. Each
copy is of a school of its own: its 40 teachers are copies with new ids and names (a
pengawas's 400 teachers at 100,000), so no two copies look like one lesson observed twice.
Dates and scores are those of the records copied: the distribution does not change.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from dataset import dataset_dir, make_dataset

from observasi.core.canonical import revision_hash

BASE = 10_000


def _rehash(payload: str, deleted: int) -> str:
    return revision_hash(json.loads(payload), bool(deleted))


# A copied revision names its new record and its new teacher (id and name).
_PAYLOAD = (
    "replace(replace(replace(v.payload, m.old, m.new), tm.old, tm.new), "
    "json_quote(json_extract(o.teacher, '$.name')), json_quote(t.name))"
)


def _copied(column: str) -> str:
    """A copied observation's *column*: its teacher's id and name are the copy's teacher's."""
    if column == "teacher_id":
        return "tm.new"
    if column == "teacher":
        return (
            "json_set(o.teacher, '$.name', json_extract(o.teacher, '$.name') || "
            "(select substr(t.name, length(json_extract(o.teacher, '$.name')) + 1) "
            "from teachers t where t.id = tm.new))"
        )
    return "o." + column


def make_scaled_dataset(observations: int, *, quiet: bool = False) -> Path:
    """A data directory of *observations* records (a multiple of 10,000 above it)."""
    if observations <= BASE:
        return make_dataset(observations, quiet=quiet)
    if observations % BASE:
        raise ValueError(f"{observations} is not a multiple of {BASE}")
    target = dataset_dir(observations)
    marker = target / "complete"
    if marker.exists():
        return target
    source = make_dataset(BASE, quiet=quiet)
    started = time.perf_counter()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(source / "observasi.db", target / "observasi.db")
    for extra in source.iterdir():  # keys, settings: whatever the generator left beside the database
        if extra.name not in ("observasi.db", "complete") and not extra.name.startswith("observasi.db-"):
            (shutil.copytree if extra.is_dir() else shutil.copy2)(extra, target / extra.name)
    conn = sqlite3.connect(target / "observasi.db")
    conn.create_function("rehash", 2, _rehash, deterministic=True)
    conn.execute("pragma synchronous=off")
    conn.execute("pragma journal_mode=off")
    obs_cols = [r[1] for r in conn.execute("pragma table_info(observations)") if r[1] != "id"]
    copies = observations // BASE - 1
    new_id = "lower(hex(randomblob(16)))"
    with conn:
        conn.execute("create temp table originals as select id from observations")
        for copy in range(copies):
            conn.execute("drop table if exists temp.idmap")
            conn.execute(f"create temp table idmap as select id as old, {new_id} as new from originals")
            conn.execute("create index temp.idmap_old on idmap(old)")
            conn.execute("drop table if exists temp.teachermap")
            conn.execute(
                f"create temp table teachermap as select id as old, {new_id} as new from teachers where id in "
                "(select distinct teacher_id from originals join observations using (id))"
            )
            teacher_cols = [r[1] for r in conn.execute("pragma table_info(teachers)") if r[1] not in ("id", "name")]
            conn.execute(
                f"insert into teachers (id, name, {', '.join(teacher_cols)}) select m.new, t.name || ' ({copy + 2})', "
                f"{', '.join('t.' + c for c in teacher_cols)} from teachers t join teachermap m on m.old = t.id"
            )
            cols = ", ".join(obs_cols)
            conn.execute(
                f"insert into observations (id, {cols}) "
                f"select m.new, {', '.join(_copied(c) for c in obs_cols)} from observations o "
                "join idmap m on m.old = o.id join teachermap tm on tm.old = o.teacher_id"
            )
            conn.execute(
                "insert into ratings select m.new, r.indicator_id, r.level, r.na, r.note, r.recommendation, r.updated_at "
                "from ratings r join idmap m on m.old = r.observation_id"
            )
            for table in ("evidence", "followups"):
                cols = [r[1] for r in conn.execute(f"pragma table_info({table})")]
                picked = ", ".join(
                    new_id if c == "id" else "m.new" if c == "observation_id" else f"t.{c}" for c in cols
                )
                conn.execute(
                    f"insert into {table} ({', '.join(cols)}) select {picked} "
                    f"from {table} t join idmap m on m.old = t.observation_id"
                )
            rev_cols = [r[1] for r in conn.execute("pragma table_info(revisions)")]
            picked_rev = []
            for c in rev_cols:
                if c == "id":
                    picked_rev.append(new_id)
                elif c == "observation_id":
                    picked_rev.append("m.new")
                elif c == "payload":
                    picked_rev.append(f"{_PAYLOAD}")
                elif c == "hash":
                    picked_rev.append(f"rehash({_PAYLOAD}, v.deleted)")
                else:
                    picked_rev.append(f"v.{c}")
            conn.execute(
                f"insert into revisions ({', '.join(rev_cols)}) select {', '.join(picked_rev)} "
                "from revisions v join idmap m on m.old = v.observation_id "
                "join observations o on o.id = v.observation_id join teachermap tm on tm.old = o.teacher_id "
                "join teachers t on t.id = tm.new"
            )
            if not quiet:
                print(f"  copy {copy + 1}/{copies} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    conn.execute("pragma journal_mode=wal")
    conn.close()
    marker.write_text(str(observations))
    return target


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(make_scaled_dataset(count))
