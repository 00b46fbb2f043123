"""Co-observation agreement: two observers who scored the same lesson.

The same lesson means the same teacher, date and lesson period, two final records by
different observers on the same form. Per indicator we count exact agreement and
agreement within one level; over all indicators of a form, Cohen's weighted kappa on the
level positions (linear weights by default, quadratic also given) says how much of the
agreement is more than chance, which is what a school needs to calibrate its observers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from observasi.core.instrument import Instrument
from observasi.recap.levels import FormRef, ordered_levels, positions
from observasi.store.store import Store

Weights = Literal["none", "linear", "quadratic"]


def contingency(pairs: Iterable[tuple[int, int]], k: int) -> list[list[int]]:
    """The k x k table of (first observer's position, second observer's position)."""
    table = [[0] * k for _ in range(k)]
    for a, b in pairs:
        table[a][b] += 1
    return table


def weighted_kappa(table: Sequence[Sequence[int]], weights: Weights = "linear") -> float | None:
    """Cohen's kappa of a square agreement table, with agreement weights
    ``1 - |i-j|/(k-1)`` (linear), ``1 - ((i-j)/(k-1))**2`` (quadratic) or none.

    None when it is undefined: no ratings, or chance agreement already 1 (both observers
    used a single level throughout)."""
    k = len(table)
    n = sum(sum(row) for row in table)
    if n == 0 or k < 2:
        return None

    def weight(i: int, j: int) -> float:
        if weights == "none":
            return 1.0 if i == j else 0.0
        distance = abs(i - j) / (k - 1)
        return 1 - distance if weights == "linear" else 1 - distance**2

    rows = [sum(table[i]) / n for i in range(k)]
    cols = [sum(table[i][j] for i in range(k)) / n for j in range(k)]
    observed = sum(weight(i, j) * table[i][j] for i in range(k) for j in range(k)) / n
    expected = sum(weight(i, j) * rows[i] * cols[j] for i in range(k) for j in range(k))
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class LessonPair:
    teacher_name: str
    date: str
    period: str
    observer_a: str
    observer_b: str
    obs_a: str
    obs_b: str


@dataclass
class Tally:
    compared: int = 0
    exact: int = 0
    within_one: int = 0

    def add(self, a: int, b: int) -> None:
        self.compared += 1
        self.exact += a == b
        self.within_one += abs(a - b) <= 1

    @property
    def exact_pct(self) -> float | None:
        return 100 * self.exact / self.compared if self.compared else None

    @property
    def within_one_pct(self) -> float | None:
        return 100 * self.within_one / self.compared if self.compared else None


@dataclass
class IndicatorAgreement:
    indicator_id: str
    text: str
    tally: Tally = field(default_factory=Tally)


@dataclass
class ObserverPairAgreement:
    observer_a: str
    observer_b: str
    lessons: int = 0
    tally: Tally = field(default_factory=Tally)
    pairs: list[tuple[int, int]] = field(default_factory=list)

    def kappa(self, k: int, weights: Weights = "linear") -> float | None:
        return weighted_kappa(contingency(self.pairs, k), weights)


@dataclass
class AgreementReport:
    form: FormRef
    level_labels: list[str]
    lessons: list[LessonPair]
    indicators: list[IndicatorAgreement]
    observer_pairs: list[ObserverPairAgreement]
    table: list[list[int]]
    tally: Tally

    @property
    def kappa_linear(self) -> float | None:
        return weighted_kappa(self.table, "linear")

    @property
    def kappa_quadratic(self) -> float | None:
        return weighted_kappa(self.table, "quadratic")


def lesson_pairs(rows: Sequence[dict]) -> list[tuple[dict, dict]]:
    """Pairs of final records of one lesson (teacher, date, period, form) by two observers.

    *rows* are observation rows with id, teacher_id, date, period, form_hash, observer_id,
    observer_name and status."""
    lessons: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if row["status"] == "final":
            lessons[(row["teacher_id"], row["date"], row["period"] or "", row["form_hash"])].append(row)
    pairs = []
    for records in lessons.values():
        for a, b in combinations(sorted(records, key=lambda r: (r["observer_name"] or "", r["id"])), 2):
            if a["observer_id"] != b["observer_id"]:
                pairs.append((a, b))
    return pairs


def agreement_reports(store: Store, rows: Sequence[dict]) -> list[AgreementReport]:
    """One report per form on which the same lesson was observed twice."""
    pairs = lesson_pairs(rows)
    if not pairs:
        return []
    ids = sorted({r["id"] for pair in pairs for r in pair})
    ratings: dict[str, dict[str, str]] = defaultdict(dict)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for r in store.query(
            f"select observation_id, indicator_id, level from ratings "
            f"where observation_id in ({marks}) and na = 0 and level is not null",
            part,
        ):
            ratings[r["observation_id"]][r["indicator_id"]] = r["level"]
    by_form: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for a, b in pairs:
        by_form[a["form_hash"]].append((a, b))
    reports = [_report(store.instrument(digest), digest, form_pairs, ratings) for digest, form_pairs in by_form.items()]
    return sorted(reports, key=lambda r: (r.form.id, r.form.version))


def _report(
    inst: Instrument, digest: str, pairs: list[tuple[dict, dict]], ratings: dict[str, dict[str, str]]
) -> AgreementReport:
    place = positions(inst)
    k = len(place)
    indicators = {ind.id: IndicatorAgreement(ind.id, ind.text) for _, ind in inst.indicators()}
    observer_pairs: dict[tuple[str, str], ObserverPairAgreement] = {}
    everything: list[tuple[int, int]] = []
    total = Tally()
    lessons = []
    for a, b in pairs:
        lessons.append(
            LessonPair(
                a["teacher_name"] or "",
                a["date"],
                a["period"] or "",
                a["observer_name"] or "",
                b["observer_name"] or "",
                a["id"],
                b["id"],
            )
        )
        key = (a["observer_name"] or "", b["observer_name"] or "")
        pair = observer_pairs.setdefault(key, ObserverPairAgreement(*key))
        pair.lessons += 1
        for indicator_id, item in indicators.items():
            level_a, level_b = ratings[a["id"]].get(indicator_id), ratings[b["id"]].get(indicator_id)
            if level_a not in place or level_b not in place:
                continue  # N/A or unscored by either: nothing to compare
            pa, pb = place[level_a], place[level_b]
            item.tally.add(pa, pb)
            pair.tally.add(pa, pb)
            pair.pairs.append((pa, pb))
            total.add(pa, pb)
            everything.append((pa, pb))

    def weakest_first(item: IndicatorAgreement) -> float:
        exact = item.tally.exact_pct
        return 101.0 if exact is None else exact  # nothing compared: after everything else

    ranked = sorted(indicators.values(), key=weakest_first)
    return AgreementReport(
        form=FormRef.of(digest, inst),
        level_labels=[level.label for level in ordered_levels(inst)],
        lessons=lessons,
        indicators=ranked,
        observer_pairs=list(observer_pairs.values()),
        table=contingency(everything, k),
        tally=total,
    )
