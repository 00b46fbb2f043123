"""The recap of a large school stays quick: 10,000 final observations, 50,000 ratings."""

from __future__ import annotations

import json
import random
import time

from observasi.core.instrument import Instrument
from observasi.core.record import new_id
from observasi.core.scoring import band_for, nilai_of
from observasi.recap.period import Period
from observasi.recap.school import build_recap
from observasi.store.store import Store

N = 10_000


def _fill(store: Store, inst: Instrument) -> None:
    """Rows written straight into the real tables in one transaction (making 10,000
    records through the editing API would take minutes and test nothing more here)."""
    digest = store.remember_form(inst)
    rng = random.Random(7)
    indicators = [ind.id for _, ind in inst.indicators()]
    observations, ratings, followups = [], [], []
    for i in range(N):
        obs_id = new_id()
        levels = [rng.randint(1, 4) for _ in indicators]
        nilai = nilai_of(sum(levels), 4 * len(levels))
        day = f"2026-{7 + i % 6:02d}-{1 + i % 28:02d}"
        observations.append(
            {
                "id": obs_id,
                "form_id": inst.id,
                "form_version": inst.version,
                "form_hash": digest,
                "teacher_id": f"t{i % 400}",
                "teacher": json.dumps({"name": f"Guru {i % 400:03d}"}),
                "observer_id": f"o{i % 5}",
                "observer": json.dumps({"name": f"Observer {i % 5}"}),
                "co_observer": "",
                "date": day,
                "period": str(i % 8),
                "status": "final",
                "deleted": 0,
                "created_at": f"{day}T00:00:{i % 60:02d}Z",
                "nilai": f"{nilai:.2f}",
                "predikat": band_for(inst, nilai),
                "scored": len(levels),
                "total": len(levels),
            }
        )
        ratings += [
            {"observation_id": obs_id, "indicator_id": ind, "level": str(v), "na": 0}
            for ind, v in zip(indicators, levels, strict=False)
        ]
        followups.append(
            {"id": new_id(), "observation_id": obs_id, "position": 0, "action": "Asesmen formatif", "status": "open"}
        )
    with store.db.atomic():
        store.db["observations"].insert_all(observations, batch_size=1000)
        store.db["ratings"].insert_all(ratings, batch_size=2000)
        store.db["followups"].insert_all(followups, batch_size=1000)


def test_recap_of_ten_thousand_observations_is_quick(store: Store, mini_form: Instrument) -> None:
    _fill(store, mini_form)
    # CPU time, not wall time: a busy machine gives this process less of the CPU, but
    # the work it takes (and an accidental quadratic loop) stays the same.
    start = time.process_time()
    recap = build_recap(store, Period.of_semester("2026-1"))
    elapsed = time.process_time() - start
    print(f"recap of {N} observations: {elapsed:.2f} s of CPU")
    assert recap.final_count == N and len(recap.teachers) == 400
    assert sum(c.count for c in recap.predikat[0].counts) == N
    assert sum(r.rated for r in recap.indicators[0].rows) == N * 5
    assert len(recap.followups) == N
    assert elapsed < 3.0  # measured about 0.3 s on the 2-core build machine
