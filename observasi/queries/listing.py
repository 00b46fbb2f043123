"""`observasi list` as text: the observations in the list's order, padded into columns,
read a batch at a time so that 100,000 of them are never held (issue 18).

The widths come before the first line, and they are read from two indexes, not from a
first pass over the rows (which read the whole table twice: 1.5 GB at 100,000): the
longest text of each column is asked of SQL, and the three columns whose text the
program writes (status, nilai, predikat) are written once for each of their few
combinations. A line then costs one string format and one look-up. The indexes are
``observations_list`` and ``observations_list_cells`` (migration m110).
"""

from __future__ import annotations

from collections.abc import Iterator

from observasi.context import AppContext
from observasi.core.numbers import list_nilai_text
from observasi.core.predikat import predikat_text
from observasi.core.status import Status
from observasi.i18n import t
from observasi.store.record_rows import LIVE_SCORES_JOIN, live_score_value

# The columns written as stored (the record's id cut to 8, as everywhere a person reads it).
_STORED = (
    "substr(id, 1, 8)",
    "date",
    "json_extract(teacher, '$.name')",
    "subject",
    "class_name",
    "form_id",
)
_STORED_TEXT = tuple(f"coalesce({column}, '')" for column in _STORED)
# The columns the program words: status, nilai and predikat.
_WORDED = ("status", "nilai", "predikat")
# ... read with the live score of a record not final yet (observasi.store.record_rows).
_LIVE_WORDED = ("o.status", live_score_value("nilai"), live_score_value("predikat"))

# The list's condition, on the record ``o``: all of them, or those of one status.
_WHERE = {False: "o.deleted = 0", True: "o.deleted = 0 and o.status = ?"}


def _kind_cells(kind: tuple[str | None, str | None, str | None]) -> tuple[str, str, str]:
    """The status, nilai and predikat as the list writes them (≈ before a nilai that can
    still change; "-" for none)."""
    status, nilai, predikat = kind
    return (
        t(f"status.{status}"),
        list_nilai_text(nilai, status == Status.final) if nilai else "-",
        predikat_text(predikat) or "-",
    )


class _Tails(dict[tuple[str | None, str | None, str | None], str]):
    """The end of a line (status, nilai, predikat, padded) for each combination. One saved
    between reading the widths and reading its line (the app open beside the command) is
    written when met; only its padding can be short."""

    def __init__(self, widths: list[int]) -> None:
        super().__init__()
        self.widths = widths

    def add(self, kind: tuple[str | None, str | None, str | None], cells: tuple[str, str, str]) -> str:
        tail = self[kind] = "  ".join(c.ljust(w) for c, w in zip(cells, self.widths, strict=True))
        return tail

    def __missing__(self, kind: tuple[str | None, str | None, str | None]) -> str:
        return self.add(kind, _kind_cells(kind))


def list_text(context: AppContext, status: str | None = None, lines_per_chunk: int = 1000) -> Iterator[str] | None:
    """The list as chunks of text of at most *lines_per_chunk* lines (the heading first),
    each ready to print as one write; None when no observation matches."""
    store = context.store
    where = _WHERE[bool(status)]
    params = [status] if status else []
    longest = ", ".join(f"max(length({column}))" for column in _STORED)
    count, *stored_widths = next(
        store.query_batches(
            f"select count(*), {longest} from observations o indexed by observations_list where {where}", params
        )
    )[0]
    if not count:
        return None
    # With the scores of the records not final yet (their rows of live_scores, a handful):
    # their own columns are kept from their last whole write, a kind the list may not show.
    kinds = [
        row
        for batch in store.query_batches(
            f"select {', '.join(_WORDED)} from observations o indexed by observations_list_cells "
            f"where {where} group by nilai, predikat, status union "
            # From the handful of live rows (cross join: SQLite keeps that order), not a
            # look for one beside each of the 100,000 records.
            "select o.status, ls.nilai, ls.predikat from live_scores ls cross join observations o "
            f"on o.id = ls.observation_id and o.status != 'final' where {where}",
            params * 2,
        )
        for row in batch
    ]
    headings = t("cli.list.header").split("\t")
    widths = [max(len(h), w or 0) for h, w in zip(headings, stored_widths, strict=False)]
    worded = [_kind_cells(kind) for kind in kinds]
    widths += [max([len(h)] + [len(cells[i]) for cells in worded]) for i, h in enumerate(headings[len(_STORED) :])]
    tails = _Tails(widths[len(_STORED) :])
    for kind, cells in zip(kinds, worded, strict=True):
        tails.add(kind, cells)
    sql = (
        f"select {', '.join(_STORED_TEXT + _LIVE_WORDED)} "
        f"from observations o {LIVE_SCORES_JOIN} where {where} order by date desc, created_at desc"
    )
    return _chunks(
        "  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=False)).rstrip(),
        # %-Ns pads to N characters as str.ljust does (NULL is read as '').
        "  ".join(f"%-{w}s" for w in widths[: len(_STORED)]) + "  ",
        tails,
        store.query_batches(sql, params, batch=lines_per_chunk),
    )


def _chunks(
    header: str,
    head: str,
    tails: _Tails,
    batches: Iterator[list[tuple[str | None, ...]]],
) -> Iterator[str]:
    yield header
    n = len(_STORED)
    for rows in batches:
        yield "\n".join(
            [(head % row[:n] + tails[row[n:]]).rstrip() for row in rows]  # type: ignore[index]
        )


# `list --json`'s keys, in its order, and the column each is read from (NULL read as the
# list's summary row reads it: "" for a text, 0 for a count).
_JSON_COLUMNS = (
    ("id", "id"),
    ("teacher", "coalesce(json_extract(teacher, '$.name'), '')"),
    ("subject", "coalesce(subject, '')"),
    ("class", "coalesce(class_name, '')"),
    ("date", "date"),
    ("form", "form_id"),
    ("form_version", "form_version"),
    ("status", "status"),
    ("nilai", live_score_value("nilai")),
    ("predikat", live_score_value("predikat")),
    ("scored", f"coalesce({live_score_value('scored')}, 0)"),
    ("total", f"coalesce({live_score_value('total')}, 0)"),
    ("observer", "coalesce(json_extract(observer, '$.name'), '')"),
)


def list_items(context: AppContext, status: str | None = None) -> Iterator[dict[str, object]]:
    """`observasi list --json`: one flat dict per observation, in the list's order, read
    a batch at a time (not a summary object per row, then a dict made of it)."""
    where = _WHERE[bool(status)]
    columns = ", ".join(f'{column} as "{key}"' for key, column in _JSON_COLUMNS)
    return context.store.query_stream(
        f"select {columns} from observations o {LIVE_SCORES_JOIN} where {where} order by date desc, created_at desc",
        [status] if status else [],
    )
