"""What the final observations of a period counted besides scores: tallies (total and mean
per observation) and snapshots (share of snapshots per answer; mean of a count), per form."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from observasi.core.record import SnapshotEntry
from observasi.core.snapshots import snapshot_summary, tally_counts
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.core.instrument import Instrument
    from observasi.store.store import Store


def _one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CountRow:
    form: str  # id and version
    what: str  # "Hitungan", or the snapshot prompt's label
    item: str  # the tally's label, or the answer
    observations: int
    value: str


def count_rows(store: Store, rows: Iterable[dict]) -> list[CountRow]:
    """One row per form and tally or snapshot answer, over the final observations' *rows*
    (form_hash, tallies, snapshots)."""
    by_form: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_form[row["form_hash"]].append(row)
    out: list[CountRow] = []
    for digest, records in sorted(by_form.items()):
        inst: Instrument = store.instrument(digest)
        if not inst.tallies and inst.snapshot is None:
            continue
        form = f"{inst.id} {inst.version}"
        totals: dict[str, tuple[str, int]] = {}
        snapshots: list[SnapshotEntry] = []
        for record in records:
            tallies = json.loads(record["tallies"]) if record["tallies"] else {}
            for count in tally_counts(inst, tallies):
                label, total = totals.get(count.name, (count.label, 0))
                totals[count.name] = (label, total + count.count)
            raw = json.loads(record["snapshots"]) if record["snapshots"] else []
            snapshots.extend(SnapshotEntry.model_validate(s) for s in raw)
        n = len(records)
        for label, total in totals.values():
            mean = _one_decimal(Decimal(total) / n)
            value = t("forms2.recap.tally_value", total=total, mean=mean)
            out.append(CountRow(form, t("forms2.recap.tally"), label, n, value))
        for summary in snapshot_summary(inst, snapshots):
            if summary.kind == "choice":
                for share in summary.shares:
                    value = t("forms2.recap.share", percent=share.percent, count=share.count, n=summary.answered)
                    out.append(CountRow(form, summary.label, share.answer, n, value))
            else:
                shown = "-" if summary.mean is None else str(summary.mean)
                out.append(CountRow(form, summary.label, t("forms2.recap.mean"), n, shown))
    return out
