"""What the final observations of a period counted besides scores: tallies (total and mean
per observation) and snapshots (share of snapshots per answer; mean of a count), per form."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from observasi.core.snapshots import answers_summary, tally_counts
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


def count_rows(store: Store, groups: Iterable[Mapping[str, Any]]) -> list[CountRow]:
    """One row per form and tally or snapshot answer, over final observations grouped by
    their tallies and snapshots as stored (``form_hash``, ``tallies``, ``snapshots``, ``n``:
    how many records hold them; at 100,000 records a few thousand different texts): each
    text is parsed once and counted as often as it is held. *groups* come in the order the
    records were met (by day, form, id), so names and answers the form does not list keep
    the order they were first given (see observasi.recap.school)."""
    held: Counter[str] = Counter()  # records of each form with tallies or snapshots
    tallies: dict[str, dict[str, int]] = defaultdict(dict)  # names in the order first met
    answers: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    loads = json.loads
    for row in groups:
        digest, n = row["form_hash"], row["n"]
        held[digest] += n
        if row["tallies"]:
            sums = tallies[digest]
            for name, count in loads(row["tallies"]).items():
                sums[name] = sums.get(name, 0) + count * n
        entries = loads(row["snapshots"]) if row["snapshots"] else []
        if entries:
            prompts = answers[digest]  # a form with snapshots has a summary, even of no answer
            for entry in entries:
                for prompt_id, given in entry.get("values", {}).items():
                    answer = given.strip() if isinstance(given, str) else ""
                    if answer:
                        prompts[prompt_id][answer] += n
    out: list[CountRow] = []
    for digest, n in sorted(held.items()):
        inst: Instrument = store.instrument(digest)
        if not inst.tallies and inst.snapshot is None:
            continue
        form = f"{inst.id} {inst.version}"
        counted = tallies.get(digest, {})
        for count in tally_counts(inst, counted):
            mean = _one_decimal(Decimal(count.count) / n)
            value = t("forms2.recap.tally_value", total=count.count, mean=mean)
            out.append(CountRow(form, t("forms2.recap.tally"), count.label, n, value))
        if digest not in answers:
            continue
        for summary in answers_summary(inst, answers[digest]):
            if summary.kind == "choice":
                for share in summary.shares:
                    value = t("forms2.recap.share", percent=share.percent, count=share.count, n=summary.answered)
                    out.append(CountRow(form, summary.label, share.answer, n, value))
            else:
                shown = "-" if summary.mean is None else str(summary.mean)
                out.append(CountRow(form, summary.label, t("forms2.recap.mean"), n, shown))
    return out
