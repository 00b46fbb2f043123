"""The recap tallies the period's rows as it reads them (issue 18: 435 MB for all years at
100,000 observations) and gives what the list-based recap gave."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from decimal import Decimal

from observasi.core.instrument import Instrument
from observasi.core.record import new_id
from observasi.recap.agreement import lesson_pairs
from observasi.recap.levels import mean
from observasi.recap.period import Period
from observasi.recap.school import _co_observed_rows, build_recap, observation_rows
from observasi.store.store import Store

ALL_YEARS = Period.between("2020-01-01", "2029-12-31")


def _fill(store: Store, inst: Instrument, n: int = 2000) -> None:
    digest = store.remember_form(inst)
    rng = random.Random(11)
    rows, followups = [], []
    for i in range(n):
        day = f"202{rng.randint(4, 6)}-0{rng.randint(1, 3)}-0{rng.randint(1, 3)}"  # lessons seen twice
        observer = rng.choice(("o1", "o2", "o3", None))
        nilai = rng.choice((None, "") + tuple(f"{v}.{c:02d}" for v in (55, 71, 80, 93) for c in (0, 33, 67)))
        rows.append(
            {
                "id": new_id(),
                "form_id": inst.id,
                "form_version": inst.version,
                "form_hash": digest,
                "teacher_id": f"t{i % 9}",
                "teacher": json.dumps({"name": f"Guru {i % 9}"}),
                "observer_id": observer,
                "observer": json.dumps({"name": f"Observer {observer}"}),
                "co_observer": rng.choice(("", " Rina ", None)),
                "date": day,
                "period": rng.choice(("1-2", "", None)),
                "status": rng.choice(("final", "final", "final", "draft", "reflecting")),
                "deleted": int(rng.random() < 0.05),
                "created_at": f"{day}T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z",
                "nilai": nilai,
                "predikat": None if not nilai else "Baik",
            }
        )
        followups.append(
            {
                "id": new_id(),
                "observation_id": rows[-1]["id"],
                "position": 0,
                "action": "a",
                "status": rng.choice(("", None, "done")),
            }
        )
    with store.db.atomic():
        store.db["observations"].insert_all(rows, batch_size=1000)
        store.db["followups"].insert_all(followups, batch_size=1000)


def test_teacher_rows_are_the_list_based_figures(store: Store, mini_form: Instrument) -> None:
    _fill(store, mini_form)
    recap = build_recap(store, ALL_YEARS)
    final = [r for r in observation_rows(store, ALL_YEARS) if r["status"] == "final"]
    by_teacher: dict[str, list[dict]] = defaultdict(list)
    for row in final:
        by_teacher[row["teacher_id"]].append(row)
    expected = {
        tid: (
            len(rs),
            rs[-1]["date"],
            mean([Decimal(r["nilai"]) for r in rs if r["nilai"] not in (None, "")]),
            rs[-1]["predikat"],
        )
        for tid, rs in by_teacher.items()
    }
    assert {r.teacher_id: (r.count, r.latest_date, r.average_nilai, r.predikat) for r in recap.teachers} == expected
    assert recap.final_count == len(final)
    assert recap.followup_counts == {
        "open": sum(1 for f in recap.followups if f.status == "open"),
        "in_progress": 0,
        "done": sum(1 for f in recap.followups if f.status == "done"),
        "not_done": 0,
    }
    assert sum(recap.followup_counts.values()) == len(final)


def test_agreement_reads_only_the_lessons_two_observers_scored(store: Store, mini_form: Instrument) -> None:
    _fill(store, mini_form)
    every = list(observation_rows(store, ALL_YEARS))
    subset = _co_observed_rows(store, ALL_YEARS)

    def ids(pairs: list[tuple[dict, dict]]) -> list[tuple[str, str]]:
        return [(a["id"], b["id"]) for a, b in pairs]

    assert ids(lesson_pairs(subset)) == ids(lesson_pairs(every))
    assert 0 < len(subset) < len(every) / 2
