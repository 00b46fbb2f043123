"""README's scale table is the one bench/run.py wrote into bench/results.json (issue 18)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def test_readme_scale_table_is_the_one_bench_wrote() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
        assert spec is not None and spec.loader is not None
        run = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = run  # its dataclasses look their module up
        spec.loader.exec_module(run)
    finally:
        sys.path.remove(str(BENCH))
        sys.modules.pop("bench_run", None)
    saved = json.loads((BENCH / "results.json").read_text(encoding="utf-8"))
    assert saved["scale"]["table"] == run.scale_table(saved["scale"]["paths"], saved["scale"]["sizes"])
    assert run.readme_scale_block(saved) in (ROOT / "README.md").read_text(encoding="utf-8")
