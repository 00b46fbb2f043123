"""The pages a keystroke's commit writes to the WAL, counted, and which b-trees they are of.

A digit on the live screen is ``LiveRecord.apply(Rate(...))``: one transaction, committed
with synchronous=FULL. Each commit appends every page it changed to the WAL as one frame,
and the commit's fsync (and every checkpoint, which copies the WAL's pages into the
database and fsyncs it) grows with them: the keystroke's p99 at 100,000 records is such a
slow fsync (issue 18). This counts the frames each key appends (the WAL's growth, with
the automatic checkpoint off), and names the table or index of each frame's page (from
SQLite's dbstat). The keys are the ones bench/keystroke.py presses: every indicator of one
open record in turn, each to its next level, after a first round (uncounted).

    python bench/keystroke_pages.py DATA_DIR [KEYS]    # on a copy of DATA_DIR's database

The copy sits beside the data (bench/data); it is removed at the end.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

from dataset import make_dataset  # noqa: F401  (sets sys.path)
from keystroke import open_record

from observasi.core import changes as ch
from observasi.record.live import LiveRecord
from observasi.store.store import Store

WAL_HEADER, FRAME_HEADER = 32, 24


def wal_pages(wal: Path, page_size: int, start: int) -> list[int]:
    """The page numbers of the frames written to *wal* from byte *start* on."""
    frame = FRAME_HEADER + page_size
    data = wal.read_bytes()[max(start, WAL_HEADER) :]
    return [int.from_bytes(data[i : i + 4], "big") for i in range(0, len(data) - frame + 1, frame)]


def btree_names(db: Path, pages: set[int]) -> dict[int, str]:
    """The table or index each of *pages* belongs to (dbstat reads every page: slow at 1.5 GB,
    so only on the pages asked for, a name at a time over the b-trees the pages can be in)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names: dict[int, str] = {}
        for (name,) in conn.execute("select name from sqlite_master where rootpage > 0").fetchall():
            if len(names) == len(pages):
                break
            # The b-trees of observations and ratings first would be faster; any order is right.
            for (page,) in conn.execute("select pageno from dbstat where name = ?", [name]):
                if page in pages:
                    names[page] = name
        return names
    finally:
        conn.close()


def count(data_dir: Path, keys: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(dir=data_dir.parent, prefix="keystroke-pages-") as tmp:
        copy = Path(tmp)
        shutil.copy2(data_dir / "observasi.db", copy / "observasi.db")
        obs_id = open_record(copy)
        store = Store(copy)
        conn = store.conn
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("pragma wal_autocheckpoint = 0")  # the WAL only grows: its growth is the frames
        page_size = conn.execute("pragma page_size").fetchone()[0]
        wal = copy / "observasi.db-wal"
        live = LiveRecord(store, obs_id)
        inst = live.instrument
        indicators = [ind.id for _, ind in inst.indicators()]
        per_key: list[int] = []
        pages: Counter[int] = Counter()
        # One round over the indicators first, as bench/keystroke.py's scratch copy has had:
        # a rating scored the first time inserts its row (and a primary-key entry) once.
        for n in range(len(indicators) + keys):
            cycle, index = divmod(n, len(indicators))
            indicator = indicators[index]
            levels = list(inst.scale_for(indicator).digits().keys())
            before = wal.stat().st_size if wal.exists() else 0
            live.apply(ch.Rate(indicator, levels[cycle % len(levels)]))
            written = wal_pages(wal, page_size, before)
            if n >= len(indicators):
                per_key.append(len(written))
                pages.update(written)
        store.close()
        names = btree_names(copy / "observasi.db", set(pages))
        by_btree: Counter[str] = Counter()
        for page, n in pages.items():
            by_btree[names.get(page, "?")] += n
    return {
        "keys": keys,
        "wal_pages_per_key_mean": round(statistics.mean(per_key), 2),
        "wal_pages_per_key_max": max(per_key),
        "wal_pages_per_key_by_btree": {k: round(v / keys, 2) for k, v in by_btree.most_common()},
    }


if __name__ == "__main__":
    import json

    print(json.dumps(count(Path(sys.argv[1]).resolve(), int(sys.argv[2]) if len(sys.argv) > 2 else 60), indent=1))
