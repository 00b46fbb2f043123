"""The school recap (rekap hasil supervisi) for a semester or a date range.

Only final observations count: a draft or an observation still under way has no settled
nilai. They are reported as counts so the principal sees what is still open.
Every figure comes from grouped SQL over the stored columns (status, form, predikat, nilai,
the observer's payload grouped as stored, ratings counted per level, tallies and snapshot
answers summed with json_each), never from going through the records in Python: a recap of
all years at 100,000 observations holds a few hundred groups, not rows. Only the few lessons
observed by two observers are read whole, and the follow-up rows when a table shows them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TypeAlias

from observasi.core.instrument import Instrument
from observasi.core.predikat import predikat_text
from observasi.core.record import Status, utc_now
from observasi.core.scoring import counted_value
from observasi.recap.agreement import AgreementReport, agreement_reports
from observasi.recap.counts import CountRow, count_rows
from observasi.recap.levels import FormRef, ordered_levels, round2, scale_levels
from observasi.recap.period import Period
from observasi.store.models import School
from observasi.store.record_rows import LIVE_SCORES_JOIN, SCORE_COLUMNS, live_score
from observasi.store.store import Store
from observasi.year.coverage import TeacherCoverage, teacher_coverage

OBSERVATION_COLUMNS = (
    "o.id, o.date, o.period, o.status, o.form_id, o.form_version, o.form_hash, o.teacher_id, "
    "json_extract(o.teacher, '$.name') as teacher_name, json_extract(o.teacher, '$.id_label') as teacher_id_label, "
    "json_extract(o.teacher, '$.id_number') as teacher_id_number, o.observer_id, "
    "json_extract(o.observer, '$.name') as observer_name, o.co_observer, o.subject, o.class_name, "
    f"{', '.join(map(live_score, SCORE_COLUMNS))}, o.created_at"
)  # from "observations o {LIVE_SCORES_JOIN}": a record not final yet has its score there


@dataclass(frozen=True)
class TeacherRow:
    teacher_id: str
    name: str
    id_label: str
    id_number: str
    subject: str
    count: int
    latest_date: str
    latest_nilai: Decimal | None
    average_nilai: Decimal | None
    predikat: str | None  # of the latest observation, on its form's bands
    form: FormRef  # of the latest observation


@dataclass(frozen=True)
class PredikatCount:
    label: str
    count: int


@dataclass(frozen=True)
class PredikatDistribution:
    form: FormRef
    counts: list[PredikatCount]  # the form's bands, best first


@dataclass(frozen=True)
class IndicatorRow:
    section: str
    indicator_id: str
    text: str
    rated: int
    na: int
    average: Decimal | None  # mean level value (numeric forms)
    percent: Decimal | None  # average as % of the top value; verbal: mean position as % of the top level
    level_counts: dict[str, int]  # level label -> count


@dataclass(frozen=True)
class IndicatorGroup:
    form: FormRef
    level_labels: list[str]  # lowest first
    rows: list[IndicatorRow]  # weakest first

    @property
    def level_totals(self) -> dict[str, int]:
        """For a verbal form: how often each level was given, over all indicators."""
        totals: Counter[str] = Counter()
        for row in self.rows:
            totals.update(row.level_counts)
        return {label: totals.get(label, 0) for label in self.level_labels}


@dataclass(frozen=True)
class ObserverRow:
    name: str
    observations: int
    co_observations: int


@dataclass(frozen=True)
class FollowUpRow:
    teacher_name: str
    date: str
    observation_id: str
    form: FormRef
    action: str
    measure: str
    due: str
    status: str


@dataclass(frozen=True)
class SchoolLine:
    """One school in a district's recap (see observasi.district.recap)."""

    name: str
    place: str
    last_read: str | None
    teachers_known: int  # teachers named by any record read from the school
    teachers_observed: int  # of those, observed in the period (see store.coverage.OBSERVED_STATUSES)
    final_count: int
    pending: int
    predikat: dict[str, int]  # label -> count, every form, bands with none left out
    followups_done: int
    followups_total: int
    agreement_exact_pct: float | None

    @property
    def coverage_pct(self) -> Decimal | None:
        return round2(Decimal(self.teachers_observed) * 100 / self.teachers_known) if self.teachers_known else None


@dataclass
class SchoolRecap:
    period: Period
    school: School | None
    generated_at: str
    final_count: int
    pending: dict[str, int]  # status -> count of records in the period that are not final
    teachers: list[TeacherRow]
    predikat: list[PredikatDistribution]
    indicators: list[IndicatorGroup]
    observers: list[ObserverRow]
    followup_counts: dict[str, int]  # status -> follow-ups of the period's final records
    load_followups: Callable[[], list[FollowUpRow]] = field(repr=False, compare=False)
    agreement: list[AgreementReport] = field(default_factory=list)
    counts: list[CountRow] = field(default_factory=list)  # tallies and snapshots (observasi.recap.counts)
    coverage: list[TeacherCoverage] = field(default_factory=list)  # every teacher: observed in the period?
    schools: list[SchoolLine] = field(default_factory=list)  # a district's recap: the schools it adds up

    @property
    def forms(self) -> list[FormRef]:
        seen: dict[str, FormRef] = {}
        for group in self.indicators:
            seen.setdefault(group.form.hash, group.form)
        for row in self.teachers:
            seen.setdefault(row.form.hash, row.form)
        return sorted(seen.values(), key=lambda f: (f.id, f.version))

    @cached_property
    def followups(self) -> list[FollowUpRow]:
        """Every follow-up of the period, read when a table first shows them."""
        return self.load_followups()


FOLLOWUP_STATUSES = ("open", "in_progress", "done", "not_done")


def _period_where(final_only: bool = False) -> str:
    where = "o.deleted = 0 and o.date >= ? and o.date <= ?"
    return where + " and o.status = 'final'" if final_only else where


def observation_rows(store: Store, period: Period, *, final_only: bool = False) -> Iterable[dict]:
    return store.query_stream(
        f"select {OBSERVATION_COLUMNS} from observations o {LIVE_SCORES_JOIN} where {_period_where(final_only)} "
        "order by o.date, o.created_at",
        [period.date_from, period.date_to],
    )


def _co_observed_rows(store: Store, period: Period) -> list[dict]:
    """The final rows of lessons two observers scored (what agreement needs), in the order
    of observation_rows. Observer ids compare as Python compares them: None is its own."""
    return store.query(
        f"select {OBSERVATION_COLUMNS} from observations o join ("
        "select teacher_id, date, coalesce(period, '') as lesson, form_hash from observations o "
        f"where {_period_where(final_only=True)} group by 1, 2, 3, 4 "
        "having count(distinct coalesce(observer_id, char(0))) > 1) l "
        "on o.teacher_id = l.teacher_id and o.date = l.date and coalesce(o.period, '') = l.lesson "
        f"and o.form_hash = l.form_hash {LIVE_SCORES_JOIN} where {_period_where(final_only=True)} "
        "order by o.date, o.created_at",
        [period.date_from, period.date_to] * 2,
    )


@dataclass
class _Grouped:
    """The period's records counted in grouped SQL: by status, form and predikat, observer;
    with the final records' tallies and snapshots as stored, when asked."""

    final_count: int = 0
    pending: Counter = field(default_factory=Counter)
    predikat: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    observed: Counter = field(default_factory=Counter)
    co_observed: Counter = field(default_factory=Counter)
    # (form, tallies, snapshots) -> [records, first met]: what counts.count_rows adds up
    held: dict[tuple[str, str | None, str | None], list] = field(default_factory=dict)

    def count_groups(self) -> list[dict]:
        """The final records' tallies and snapshots as stored, in the order first met."""
        ordered = sorted(self.held.items(), key=lambda item: item[1][1])
        return [{"form_hash": k[0], "tallies": k[1], "snapshots": k[2], "n": v[0]} for k, v in ordered]


def _grouped(store: Store, period: Period, *, with_counts: bool = False) -> _Grouped:
    """Counted per status, form, predikat and observer; the observer's name is read once
    per group (its payload grouped as stored), not from every record's payload. With
    *with_counts*, in the same pass over the records' rows (each read once, not once per
    figure: 0.3 s CPU at 100,000), by tallies and snapshots as stored too, with the first
    record (by day, form, id) that holds them."""
    extra = ", o.tallies, o.snapshots" if with_counts else ""
    first = (
        ", min(coalesce(o.date, '') || char(31) || coalesce(o.form_hash, '') || char(31) || o.id) as first"
        if with_counts
        else ""
    )
    groups = 5 + (2 if with_counts else 0)
    counted = _Grouped()
    for row in store.query(
        f"select status, form_hash, predikat, json_extract(observer, '$.name') as observer_name, co_observer, n"
        f"{extra.replace('o.', '')}"
        f"{', first' if with_counts else ''} from (select o.status, o.form_hash, o.predikat, o.observer, o.co_observer"
        f"{extra}, count(*) as n{first} from observations o where {_period_where()} "
        f"group by {', '.join(str(i) for i in range(1, groups + 1))})",
        [period.date_from, period.date_to],
    ):
        n = row["n"]
        if row["status"] != Status.final:
            counted.pending[row["status"]] += n
            continue
        counted.final_count += n
        counted.predikat[row["form_hash"]][row["predikat"]] += n
        counted.observed[row["observer_name"] or ""] += n
        if (row["co_observer"] or "").strip():
            counted.co_observed[row["co_observer"].strip()] += n
        if with_counts and (row["tallies"] is not None or row["snapshots"] is not None):
            key = (row["form_hash"], row["tallies"], row["snapshots"])
            held = counted.held.setdefault(key, [0, row["first"]])
            held[0] += n
            held[1] = min(held[1], row["first"])
    return counted


def _teachers(store: Store, period: Period) -> list[dict]:
    """Per teacher (by id; one without an id counted once): the final records' count and
    every nilai (joined, added up exactly as Decimals), and the latest one's row: the
    latest by date, then creation; of records alike in both, the first by form and id."""
    final = _period_where(final_only=True)
    return store.query(
        "select g.teacher_id, g.n, g.nilai_all, o.date, o.nilai, o.predikat, o.form_hash, o.subject, "
        "json_extract(o.teacher, '$.name') as teacher_name, json_extract(o.teacher, '$.id_label') as teacher_id_label, "
        "json_extract(o.teacher, '$.id_number') as teacher_id_number from ("
        "select o.teacher_id, count(*) as n, group_concat(o.nilai, char(30)) as nilai_all, max(o.date) as latest_date, "
        "max(o.date || char(31) || coalesce(o.created_at, '')) as latest "
        # From the index of what teachers are grouped by (m050): its 100,000 entries are
        # read in teacher order, not every record's row looked up (0.36 s -> 0.08 s CPU).
        f"from observations o indexed by observations_teacher_overview where {final} group by o.teacher_id"
        ") g join observations o on o.rowid = (select o.rowid from observations o where o.teacher_id is g.teacher_id "
        f"and {final} and o.date = g.latest_date and o.date || char(31) || coalesce(o.created_at, '') = g.latest "
        "order by o.form_hash, o.id limit 1)",
        [period.date_from, period.date_to] * 2,
    )


def _form_cache(store: Store) -> tuple[dict[str, FormRef], dict[str, Instrument], Callable[[str], FormRef]]:
    """Each form a recap meets, read once by its digest: (refs, instruments, the reader)."""
    forms: dict[str, FormRef] = {}
    instruments: dict[str, Instrument] = {}

    def form_of(digest: str) -> FormRef:
        if digest not in forms:
            instruments[digest] = store.instrument(digest)
            forms[digest] = FormRef.of(digest, instruments[digest])
        return forms[digest]

    return forms, instruments, form_of


def build_recap(store: Store, period: Period, *, now: str | None = None) -> SchoolRecap:
    grouped = _grouped(store, period, with_counts=True)
    forms, instruments, form_of = _form_cache(store)
    pending = grouped.pending
    return SchoolRecap(
        period=period,
        school=store.get_school(),
        generated_at=now or utc_now(),
        final_count=grouped.final_count,
        pending={s.value: pending.get(s.value, 0) for s in (Status.draft, Status.observing, Status.reflecting)},
        teachers=_teacher_rows(_teachers(store, period), form_of),
        predikat=_predikat(grouped.predikat, form_of, instruments),
        indicators=_indicators(store, period, form_of, instruments),
        observers=_observers(grouped.observed, grouped.co_observed),
        followup_counts=_followup_counts(store, period),
        load_followups=lambda: _followups(store, period, form_of),
        agreement=agreement_reports(store, _co_observed_rows(store, period)),
        counts=count_rows(store, grouped.count_groups()),
        coverage=teacher_coverage(store, period),
    )


def district_figures(store: Store, period: Period, *, now: str | None = None) -> tuple[SchoolRecap, int, RatingCounts]:
    """What a district adds up of one school, and how many teachers were observed in the
    period (a lesson held: reflecting or final), and its ratings counted: the school recap's figures counted in grouped
    SQL instead of going through every row (a district recaps hundreds of schools), without
    what only the school recap itself shows (per-teacher rows, indicators ranked, tallies and
    snapshots, coverage), which a drill-down builds whole. The district ranks the indicators
    of all its schools' ratings added up. The follow-up rows are read now, not when shown."""
    grouped = _grouped(store, period)
    # Teachers observed as the school's recap and home screen count them (a lesson held:
    # OBSERVED_STATUSES, reflecting or final), by id, one without an id counted once. It
    # counted finals only: a teacher in the reflection was observed at the school, not here.
    observed = len(store.observed_teacher_ids(period.date_from, period.date_to))
    forms, instruments, form_of = _form_cache(store)

    held = _followups(store, period, form_of)
    recap = SchoolRecap(
        period=period,
        school=store.get_school(),
        generated_at=now or utc_now(),
        final_count=grouped.final_count,
        pending={s.value: grouped.pending.get(s.value, 0) for s in (Status.draft, Status.observing, Status.reflecting)},
        teachers=[],
        predikat=_predikat(grouped.predikat, form_of, instruments),
        indicators=[],
        observers=_observers(grouped.observed, grouped.co_observed),
        followup_counts=_followup_counts(store, period),
        load_followups=lambda: held,
        agreement=agreement_reports(store, _co_observed_rows(store, period)),
    )
    return recap, observed, rating_counts(store, period)


def _nilai(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def _teacher_rows(teachers: Iterable[dict], form_of) -> list[TeacherRow]:
    result = []
    for row in teachers:
        values = [Decimal(text) for text in (row["nilai_all"] or "").split("\x1e") if text != ""]
        result.append(
            TeacherRow(
                teacher_id=row["teacher_id"],
                name=row["teacher_name"] or "",
                id_label=row["teacher_id_label"] or "",
                id_number=row["teacher_id_number"] or "",
                subject=row["subject"] or "",
                count=row["n"],
                latest_date=row["date"],
                latest_nilai=_nilai(row["nilai"]),
                # mean() of the values in date order: the same exact sum, so the same rounding
                average_nilai=round2(sum(values, Decimal(0)) / len(values)) if values else None,
                predikat=predikat_text(row["predikat"]),
                form=form_of(row["form_hash"]),
            )
        )
    return sorted(result, key=lambda r: r.name.casefold())


def _predikat(per_form: dict[str, Counter], form_of, instruments: dict[str, Instrument]) -> list[PredikatDistribution]:
    counts = {digest: counter for digest, counter in per_form.items() if form_of(digest).numeric}
    result = []
    for digest, counter in counts.items():
        bands = sorted(instruments[digest].bands, key=lambda b: b.min, reverse=True)
        items = [PredikatCount(predikat_text(band.label) or "", counter.get(band.label, 0)) for band in bands]
        if counter.get(None):  # every indicator N/A: no nilai, so no predikat
            items.append(PredikatCount("-", counter[None]))
        result.append(PredikatDistribution(form_of(digest), items))
    return sorted(result, key=lambda d: (d.form.id, d.form.version))


# Ratings counted per form hash, indicator and level key ("__na__": N/A).
RatingCounts: TypeAlias = dict[str, dict[str, Counter]]


def rating_counts(store: Store, period: Period) -> RatingCounts:
    """The ratings of the period's final records counted per form, indicator and level: the
    per-day counts the store keeps (``rating_tally``, m122) added up over the period's days,
    a few thousand rows where the ratings are millions."""
    counted = store.query(
        "select form_hash, indicator_id, key, sum(n) as n from rating_tally where date >= ? and date <= ? "
        "group by indicator_id, key, form_hash having sum(n) > 0",
        [period.date_from, period.date_to],
    )
    per_form: RatingCounts = defaultdict(lambda: defaultdict(Counter))
    for row in counted:
        per_form[row["form_hash"]][row["indicator_id"]][row["key"]] += row["n"]
    return per_form


def _indicators(store: Store, period: Period, form_of, instruments: dict[str, Instrument]) -> list[IndicatorGroup]:
    groups = []
    for digest, by_indicator in rating_counts(store, period).items():
        form = form_of(digest)
        groups.append(indicator_group(form, instruments[digest], by_indicator))
    return sorted(groups, key=lambda g: (g.form.id, g.form.version))


def indicator_group(form: FormRef, inst: Instrument, by_indicator: dict[str, Counter]) -> IndicatorGroup:
    """One form's indicators from their ratings counted per level key ("__na__": N/A),
    weakest first (a district adds up its schools' counts and ranks them here too)."""
    rows = []
    for section, ind in inst.indicators():
        counts = by_indicator.get(ind.id, Counter())
        rated = sum(n for key, n in counts.items() if key != "__na__")
        # Each item on its own scale (schema v2: per-section and per-item scales, a
        # behaviour's verbal scale under a numeric element), reverse-keyed values reversed.
        scale = inst.scale_of(section, ind)
        levels = scale_levels(scale)
        top = len(levels) - 1
        max_value = scale.max_value
        if scale.numeric:
            total = sum(counted_value(scale, ind, level.value or 0) * counts.get(level.key, 0) for level in levels)
            average = round2(Decimal(total) / rated) if rated else None
            percent = round2(Decimal(total) * 100 / (rated * max_value)) if rated and max_value else None
        else:
            average = None
            position_sum = sum(i * counts.get(level.key, 0) for i, level in enumerate(levels))
            percent = round2(Decimal(position_sum) * 100 / (rated * top)) if rated and top else None
        rows.append(
            IndicatorRow(
                section=section.title,
                indicator_id=ind.id,
                text=ind.text,
                rated=rated,
                na=counts.get("__na__", 0),
                average=average,
                percent=percent,
                level_counts={level.label: counts.get(level.key, 0) for level in levels},
            )
        )
    rows.sort(key=lambda r: (r.percent is None, r.percent if r.percent is not None else 0))
    return IndicatorGroup(form, [level.label for level in ordered_levels(inst)], rows)


def _observers(observed: Counter, co: Counter) -> list[ObserverRow]:
    names = sorted(observed.keys() | co.keys(), key=str.casefold)
    rows = [ObserverRow(name, observed.get(name, 0), co.get(name, 0)) for name in names]
    return sorted(rows, key=lambda r: (-r.observations, r.name.casefold()))


def _followup_counts(store: Store, period: Period) -> dict[str, int]:
    rows = store.query(
        "select coalesce(nullif(f.status, ''), 'open') as status, count(*) as n from followups f "
        f"join observations o on o.id = f.observation_id where {_period_where(final_only=True)} group by 1",
        [period.date_from, period.date_to],
    )
    counts = {r["status"]: r["n"] for r in rows}
    return {status: counts.get(status, 0) for status in FOLLOWUP_STATUSES}


def _followups(store: Store, period: Period, form_of) -> list[FollowUpRow]:
    rows = store.query(
        "select o.id as observation_id, o.date, o.form_hash, json_extract(o.teacher, '$.name') as teacher_name, "
        "f.action, f.measure, f.due, f.status from followups f join observations o on o.id = f.observation_id "
        "where o.deleted = 0 and o.status = 'final' and o.date >= ? and o.date <= ? "
        "order by teacher_name collate nocase, o.date, o.created_at, o.id, f.position",
        [period.date_from, period.date_to],
    )
    return [
        FollowUpRow(
            r["teacher_name"] or "",
            r["date"],
            r["observation_id"],
            form_of(r["form_hash"]),
            r["action"] or "",
            r["measure"] or "",
            r["due"] or "",
            r["status"] or "open",
        )
        for r in rows
    ]
