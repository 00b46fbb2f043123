"""Revision ids are time-ordered (UUIDv7 layout) in the old 32-hex form."""

from __future__ import annotations

import time
import uuid

from observasi.core.status import new_id, new_revision_id, revision_id_ms
from observasi.sync.naming import ID_RE


def test_revision_ids_sort_by_time_and_keep_the_old_form() -> None:
    before = time.time_ns() // 1_000_000
    ids = [new_revision_id() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(ID_RE.fullmatch(i) for i in ids)
    assert uuid.UUID(ids[0]).version == 7
    assert before <= revision_id_ms(ids[0]) <= revision_id_ms(ids[-1])
    # An id made before (random, version 4) is still a valid id, and carries no time.
    old = new_id()
    assert ID_RE.fullmatch(old) and revision_id_ms(old) is None
    assert revision_id_ms("form-" + "7" * 59) is None
