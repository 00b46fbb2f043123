"""The feedback sheet and its signature, on the demo school.

Uses the sheet's own timing helpers (bench/sheet_timing.py): the sheet is drawn from
a gathered record and compared with the same sheet drawn the plainest way from its rows
(the floor), both in the same run; signing is timed on an already drawn sheet with the key loaded,
as the app signs right after drawing.
"""

from __future__ import annotations

from pathlib import Path

from dataset import ROOT

from observasi.context import AppContext
from observasi.core.forms import load_catalog
from observasi.core.record import Status
from observasi.demo import fill_demo
from observasi.settings import Settings

PASSPHRASE = "bench-passphrase"


def demo_context() -> AppContext:
    """The demo school in bench/data/demo, with this laptop's observer key; built once."""
    target = ROOT / "data" / "demo"
    marker = target / "complete"
    context = AppContext(Settings(data_dir=target))
    if not marker.exists():
        from observasi.signing import keys

        fill_demo(context.store, load_catalog())
        if not keys.has_key(context):
            keys.create_key(context, PASSPHRASE)
        marker.write_text("demo\n")
    return context


def signable_observation(context: AppContext) -> str:
    """A final observation made by this laptop's observer, with the most ratings."""
    store = context.store
    me = store.self_observer()
    assert me is not None
    candidates = [store.get_observation(s.id) for s in store.list_observations(status=Status.final.value)]
    mine = [o for o in candidates if o.observer_id == me.id]
    return max(mine, key=lambda o: (len(o.ratings), len(o.evidence))).id


def measure(repeats: int) -> dict[str, float]:
    from sheet_timing import time_sheet

    context = demo_context()
    timing = time_sheet(context, signable_observation(context), PASSPHRASE, repeat=repeats)
    context.store.close()
    assert timing.sign is not None
    return {"sheet_s": timing.sheet, "floor_s": timing.floor, "sign_s": timing.sign}


if __name__ == "__main__":
    print({k: round(v * 1000, 1) for k, v in measure(5).items()}, "ms")
    print(Path(ROOT / "data" / "demo"))
