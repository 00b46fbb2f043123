"""What every bundled v1 form and the demo records score today, as plain data.

``tests/fixtures/v1_pin.json`` was written by this module (``python -m tests.core.v1_pin``)
on the code before form schema v2; the test compares today's results to it, so a change of
scoring that moves one v1 record's nilai, predikat or section sums fails.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from observasi.context import AppContext
from observasi.core.forms import load_catalog
from observasi.core.instrument import Instrument
from observasi.core.record import Rating, content_hash
from observasi.core.scoring import ScoreResult, score
from observasi.demo import fill_demo
from observasi.settings import Settings

PIN = Path(__file__).parent.parent / "fixtures" / "v1_pin.json"


def result_data(result: ScoreResult) -> dict[str, Any]:
    return {
        "obtained": str(result.obtained),
        "maximum": str(result.maximum),
        "nilai": result.nilai_text,
        "predikat": result.predikat,
        "scored": result.scored,
        "na": result.na,
        "unscored": result.unscored,
        "level_counts": result.level_counts,
        "sections": [
            [
                s.section_id,
                str(s.obtained),
                str(s.maximum),
                "" if s.nilai is None else f"{s.nilai:.2f}",
                s.na,
                s.level_counts,
            ]
            for s in result.sections
        ],
    }


def random_ratings(inst: Instrument, seed: int) -> dict[str, Rating]:
    """Ratings drawn at random: every level, N/A, and some left unscored."""
    rng = random.Random(seed)
    out: dict[str, Rating] = {}
    for _, ind in inst.indicators():
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.2:
            out[ind.id] = Rating(indicator_id=ind.id, na=True)
        else:
            out[ind.id] = Rating(indicator_id=ind.id, level=rng.choice(inst.scale.levels).key)
    return out


def current() -> dict[str, Any]:
    catalog = load_catalog()
    forms = {f"{k.instrument.id}@{k.instrument.version}": k.hash for k in catalog.forms.values()}
    drawn = {
        f"{k.instrument.id}@{seed}": result_data(score(k.instrument, random_ratings(k.instrument, seed)))
        for k in catalog.forms.values()
        for seed in range(6)
    }
    records: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        context = AppContext(Settings(data_dir=Path(tmp) / "demo"))
        try:
            fill_demo(context.store, context.catalog)
            for item in context.store.list_observations(order="date_asc"):
                obs = context.store.get_observation(item.id)
                inst = context.store.instrument(obs.form_hash)
                records[obs.id] = {
                    "form": f"{obs.form_id}@{obs.form_version}",
                    "form_hash": obs.form_hash,
                    "record_hash": content_hash(obs),
                    "list": [item.nilai, item.predikat, item.scored, item.total],
                    **result_data(score(inst, obs.ratings)),
                }
        finally:
            context.store.close()
    return {"forms": forms, "drawn": drawn, "records": records}


if __name__ == "__main__":
    PIN.write_text(json.dumps(current(), indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.exit(0)
