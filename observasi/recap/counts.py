"""What the final observations of a period counted besides scores: tallies (total and mean
per observation) and snapshots (share of snapshots per answer; mean of a count), per form."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

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


def count_rows(store: Store, where: str, params: Sequence[object]) -> list[CountRow]:
    """One row per form and tally or snapshot answer, over the final observations that
    *where* (on ``observations o``) picks: counted in grouped SQL (json_each), so a recap
    of all years holds a few numbers per form, not every record's counts."""
    # The records of each form that hold tallies or snapshots (each tally's mean is over them).
    held = {
        r["form_hash"]: r["n"]
        for r in store.query(
            f"select o.form_hash, count(*) as n from observations o where {where} "
            "and (o.tallies is not null or o.snapshots is not null) group by 1",
            params,
        )
    }
    tallies: dict[str, dict[str, int]] = defaultdict(dict)
    for r in store.query(
        "select o.form_hash, t.key, sum(t.value) as total from observations o, json_each(nullif(o.tallies, '')) t "
        f"where {where} group by 1, 2 order by min(o.rowid), 2",
        params,
    ):
        tallies[r["form_hash"]][r["key"]] = r["total"]
    # Each snapshot's answers counted per prompt; a snapshot with no answer is a row of nulls
    # (it still makes the form's summary, every share 0).
    answers: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in store.query(
        "select o.form_hash, v.key as prompt, v.value as answer, count(*) as n from observations o, "
        "json_each(nullif(o.snapshots, '')) s left join json_each(s.value, '$.values') v "
        f"where {where} group by 1, 2, 3 order by min(o.rowid), 2, 3",
        params,
    ):
        prompts = answers[r["form_hash"]]  # a form with snapshots has a summary, even of no answer
        answer = "" if r["answer"] is None else str(r["answer"]).strip()
        if r["prompt"] is not None and answer:
            prompts[r["prompt"]][answer] += r["n"]
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
