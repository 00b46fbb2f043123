"""Every bundled v1 form and every demo record scores as it did before form schema v2."""

from __future__ import annotations

import json

from tests.core.v1_pin import PIN, current


def test_v1_forms_and_records_score_as_pinned() -> None:
    pinned = json.loads(PIN.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(current()))
    # The form hashes the records point to, and the records' own hashes, are unchanged.
    assert now["forms"] == pinned["forms"]
    assert now["drawn"] == pinned["drawn"]
    assert now["records"].keys() == pinned["records"].keys()
    for record_id, expected in pinned["records"].items():
        assert now["records"][record_id] == expected, record_id
