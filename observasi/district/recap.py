"""The district recap: each school's recap (the school recap itself, built on what the
district read of that school), and one recap across schools made by adding them up.

The figures across schools are a :class:`~observasi.recap.school.SchoolRecap` like a
school's (predikat per form, indicators weakest first, observers, follow-ups,
co-observation agreement) with one more table, the schools with their coverage: so the
CSV, XLSX and PDF exports are the school recap's own, not a copy of them.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from observasi import paths
from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.record import utc_now
from observasi.district.reader import last_reads, school_context
from observasi.district.schools import SchoolPlace, schools
from observasi.i18n import get_language
from observasi.recap.agreement import AgreementReport, IndicatorAgreement, Tally
from observasi.recap.levels import FormRef
from observasi.recap.period import Period
from observasi.recap.school import (
    IndicatorGroup,
    ObserverRow,
    PredikatCount,
    PredikatDistribution,
    RatingCounts,
    SchoolLine,
    SchoolRecap,
    district_figures,
    indicator_group,
)
from observasi.store.models import School

# Schools recapped at once: each is its own database's queries, which SQLite runs outside
# Python; more threads than cores only contend (200 schools on 2 loaded cores: 1 thread
# 1.4 s, 2 threads 1.06 s, 4 1.24 s, 8 1.58 s).
RECAPS_AT_ONCE = max(1, min(4, os.cpu_count() or 1))


# What was added up of each school: its figures, teachers observed, teachers known, forms,
# ratings counted.
_Figures: TypeAlias = tuple[SchoolRecap, int, int, dict[str, Instrument], RatingCounts]
# Each school's figures as last counted, by (folder, period, language), with the state of
# its database files then: a school that was not read again since is not counted again (the
# screen recaps again after every read, and on every change of semester). Its database
# changes only through a read, which changes the files' size or time; the state is taken
# before counting, so a read during the count is counted next time.
_KEPT: dict[tuple[str, str, str, str], tuple[tuple[object, ...], _Figures]] = {}
_KEPT_AT_MOST = 2000
_KEPT_LOCK = threading.Lock()


def file_state(folder: Path) -> tuple[object, ...]:
    state: list[object] = []
    database = paths.database(folder)
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            found = path.stat()
        except OSError:
            state.append(None)
            continue
        state.append((found.st_mtime_ns, found.st_size, found.st_ino))
    return tuple(state)


def _keep(key: tuple[str, str, str, str], state: tuple[object, ...], figures: _Figures) -> None:
    with _KEPT_LOCK:
        _KEPT.pop(key, None)
        _KEPT[key] = (state, figures)
        while len(_KEPT) > _KEPT_AT_MOST:
            del _KEPT[next(iter(_KEPT))]


@dataclass
class DistrictRecap:
    period: Period
    lines: list[SchoolLine]
    recaps: dict[str, SchoolRecap]  # by school slug: what was added up (observasi.recap.school.district_figures)
    across: SchoolRecap  # every school added up, with the schools table


def build_district_recap(
    context: AppContext, period: Period, *, name: str = "", now: str | None = None
) -> DistrictRecap:
    generated = now or utc_now()
    recaps: dict[str, SchoolRecap] = {}
    lines: list[SchoolLine] = []
    instruments: dict[str, Instrument] = {}
    read_at = last_reads(context)

    def one(school: SchoolPlace) -> _Figures:
        folder = paths.district_school_dir(context.settings.data_dir, school.slug)
        key = (str(folder), period.date_from, period.date_to, get_language())
        state = file_state(folder)
        kept = _KEPT.get(key)
        if kept is not None and kept[0] == state:
            recap, observed, known, used, ratings = kept[1]
            return dataclasses.replace(recap, generated_at=generated), observed, known, used, ratings
        own = school_context(context, school)
        try:
            store = own.store
            recap, observed, ratings = district_figures(store, period, now=generated)
            digests = ratings.keys() | {r.form.hash for r in recap.agreement}
            figures = recap, observed, store.teacher_count(), {d: store.instrument(d) for d in digests}, ratings
        finally:
            own.store.close()
        _keep(key, state, figures)
        return figures

    known_schools = schools(context)
    with ThreadPoolExecutor(max_workers=RECAPS_AT_ONCE) as pool:
        built = list(pool.map(one, known_schools))
    for school, (recap, observed, known, used, _) in zip(known_schools, built, strict=True):
        for digest, inst in used.items():
            instruments.setdefault(digest, inst)
        recaps[school.slug] = recap
        lines.append(_line(school, recap, observed, known, read_at.get(school.slug)))
    ratings = [figures[4] for figures in built]
    across = _across(period, generated, name, list(recaps.values()), ratings, instruments, lines)
    return DistrictRecap(period, lines, recaps, across)


def _line(school: SchoolPlace, recap: SchoolRecap, observed: int, known: int, last: str | None) -> SchoolLine:
    followups = recap.followup_counts
    tally = Tally()
    for report in recap.agreement:
        tally.compared += report.tally.compared
        tally.exact += report.tally.exact
        tally.within_one += report.tally.within_one
    return SchoolLine(
        name=school.name,
        place=school.place,
        last_read=last,
        teachers_known=known,
        teachers_observed=observed,
        final_count=recap.final_count,
        pending=sum(recap.pending.values()),
        predikat=_predikat_counts(recap),
        followups_done=followups.get("done", 0),
        followups_total=sum(followups.values()),
        agreement_exact_pct=tally.exact_pct,
    )


def _predikat_counts(recap: SchoolRecap) -> dict[str, int]:
    """Predikat counts of a school: by label, named with the form's id when the school
    used more than one form (two forms' "Baik" are not the same band)."""
    several = len(recap.predikat) > 1
    return {
        (f"{dist.form.id}: {item.label}" if several else item.label): item.count
        for dist in recap.predikat
        for item in dist.counts
        if item.count
    }


def _across(
    period: Period,
    generated: str,
    name: str,
    recaps: list[SchoolRecap],
    ratings: list[RatingCounts],
    instruments: dict[str, Instrument],
    lines: list[SchoolLine],
) -> SchoolRecap:
    pending: Counter[str] = Counter()
    for recap in recaps:
        pending.update(recap.pending)
    return SchoolRecap(
        period=period,
        school=School(name=name),
        generated_at=generated,
        final_count=sum(r.final_count for r in recaps),
        pending=dict(pending),
        teachers=[],  # per teacher: in each school's recap (a drill-down)
        predikat=_predikat(recaps),
        indicators=_indicators(ratings, instruments),
        observers=_observers(recaps),
        followup_counts=dict(sum((Counter(r.followup_counts) for r in recaps), Counter())),
        load_followups=lambda: [row for r in recaps for row in r.load_followups()],
        agreement=_agreement(recaps),
        schools=lines,
    )


def _predikat(recaps: list[SchoolRecap]) -> list[PredikatDistribution]:
    forms: dict[str, FormRef] = {}
    counts: dict[str, dict[str, int]] = defaultdict(dict)  # form hash -> label -> count, in band order
    for recap in recaps:
        for dist in recap.predikat:
            forms.setdefault(dist.form.hash, dist.form)
            for item in dist.counts:
                counts[dist.form.hash][item.label] = counts[dist.form.hash].get(item.label, 0) + item.count
    return sorted(
        (PredikatDistribution(forms[h], [PredikatCount(k, n) for k, n in c.items()]) for h, c in counts.items()),
        key=lambda d: (d.form.id, d.form.version),
    )


def _indicators(ratings: list[RatingCounts], instruments: dict[str, Instrument]) -> list[IndicatorGroup]:
    """Ratings counted per level in every school, added up, and ranked weakest first as a
    school's are (the same function ranks them)."""
    per_form: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for school in ratings:
        for digest, by_indicator in school.items():
            for indicator, counts in by_indicator.items():
                per_form[digest][indicator].update(counts)
    groups = [indicator_group(FormRef.of(h, instruments[h]), instruments[h], by) for h, by in per_form.items()]
    return sorted(groups, key=lambda g: (g.form.id, g.form.version))


def _observers(recaps: list[SchoolRecap]) -> list[ObserverRow]:
    observed: Counter[str] = Counter()
    co: Counter[str] = Counter()
    for recap in recaps:
        for row in recap.observers:
            observed[row.name] += row.observations
            co[row.name] += row.co_observations
    rows = [ObserverRow(n, observed[n], co[n]) for n in observed.keys() | co.keys()]
    return sorted(rows, key=lambda r: (-r.observations, r.name.casefold()))


def _agreement(recaps: list[SchoolRecap]) -> list[AgreementReport]:
    """Each form's agreement over the co-observed lessons of every school: tables and
    tallies added up, so kappa is computed on all the pairs together."""
    merged: dict[str, AgreementReport] = {}
    for recap in recaps:
        for report in recap.agreement:
            into = merged.get(report.form.hash)
            if into is None:
                merged[report.form.hash] = AgreementReport(
                    form=report.form,
                    level_labels=list(report.level_labels),
                    lessons=list(report.lessons),
                    indicators=[IndicatorAgreement(i.indicator_id, i.text, _copy(i.tally)) for i in report.indicators],
                    observer_pairs=list(report.observer_pairs),
                    table=[list(row) for row in report.table],
                    tally=_copy(report.tally),
                )
                continue
            into.lessons += report.lessons
            into.observer_pairs += report.observer_pairs
            into.table = [
                [a + b for a, b in zip(ra, rb, strict=True)] for ra, rb in zip(into.table, report.table, strict=True)
            ]
            _add(into.tally, report.tally)
            by_id = {i.indicator_id: i for i in into.indicators}
            for item in report.indicators:
                if item.indicator_id in by_id:
                    _add(by_id[item.indicator_id].tally, item.tally)
    for report in merged.values():
        report.indicators.sort(key=lambda i: 101.0 if i.tally.exact_pct is None else i.tally.exact_pct)
    return sorted(merged.values(), key=lambda r: (r.form.id, r.form.version))


def _copy(tally: Tally) -> Tally:
    return Tally(tally.compared, tally.exact, tally.within_one)


def _add(into: Tally, other: Tally) -> None:
    into.compared += other.compared
    into.exact += other.exact
    into.within_one += other.within_one
