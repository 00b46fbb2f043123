"""The district's figures as last counted, kept in the district data folder, so its screen
shows them at once instead of counting 200 schools first (issue 19: the screen opens in
under a second).

What is kept per semester and language: each school's line, what the screen shows across
schools, when they were counted, and each school's stored state then (its database files'
size, time and inode: a school's copy changes only through a read). Figures are *stale*
when a school's state or the list of schools differs from then; the screen says so and
counts again. They are written whenever they are counted (the screen, ``district recap``,
``district sync``), so a read that changed a school leaves fresh figures behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from observasi import files, paths
from observasi.context import AppContext
from observasi.district.reader import last_reads
from observasi.district.recap import DistrictRecap, build_district_recap, file_state
from observasi.district.schools import schools
from observasi.i18n import get_language
from observasi.recap.period import Period
from observasi.recap.school import SchoolLine

FORMAT = 1
WEAKEST_KEPT = 5  # weakest indicators kept per form: what the screen shows
_KEPT_AT_MOST = 12  # semesters x languages kept in the file


@dataclass(frozen=True)
class Agreement:
    form: str  # the form's label
    lessons: int
    exact_pct: float | None
    kappa: float | None


@dataclass(frozen=True)
class Weakest:
    indicator_id: str
    percent: Decimal | None
    text: str


@dataclass(frozen=True)
class Across:
    """The figures across schools the screen shows."""

    final_count: int
    predikat: list[tuple[str, list[tuple[str, int]]]]  # form label, (band, count) best first
    weakest: list[tuple[str, list[Weakest]]]  # form label, weakest indicators first
    followups: dict[str, int]
    agreement: list[Agreement]


@dataclass(frozen=True)
class Figures:
    counted_at: str  # UTC, ISO
    lines: list[SchoolLine]  # in the order of the schools
    across: Across
    stale: bool = False  # a school (or the list of schools) changed since they were counted


def figures_path(data_dir: Path) -> Path:
    return paths.district_figures(data_dir)


def _key(period: Period, language: str | None = None) -> str:
    return f"{period.start.isoformat()}..{period.end.isoformat()}|{language or get_language()}"


def _states(context: AppContext) -> dict[str, Any]:
    """Each school's place and stored state, by slug (JSON-shaped, to compare with the file)."""
    data_dir = context.settings.data_dir
    return {
        s.slug: [s.name, s.place, [list(x) if isinstance(x, tuple) else x for x in file_state(_dir(data_dir, s.slug))]]
        for s in schools(context)
    }


def _dir(data_dir: Path, slug: str) -> Path:
    return paths.district_school_dir(data_dir, slug)


def across_of(recap: DistrictRecap) -> Across:
    across = recap.across
    return Across(
        final_count=across.final_count,
        predikat=[(d.form.label, [(c.label, c.count) for c in d.counts]) for d in across.predikat],
        weakest=[
            (g.form.label, [Weakest(r.indicator_id, r.percent, r.text) for r in g.rows[:WEAKEST_KEPT]])
            for g in across.indicators
        ],
        followups=dict(across.followup_counts),
        agreement=[
            Agreement(r.form.label, len(r.lessons), r.tally.exact_pct, r.kappa_linear) for r in across.agreement
        ],
    )


def count(context: AppContext, period: Period, *, name: str = "") -> tuple[DistrictRecap, Figures]:
    """Count the district recap and keep its figures (the states are taken first: a read
    meanwhile makes them stale, never wrongly fresh)."""
    states = _states(context)
    recap = build_district_recap(context, period, name=name)
    found = Figures(recap.across.generated_at, recap.lines, across_of(recap))
    _save(context, period, found, states)
    return recap, found


def _save(context: AppContext, period: Period, found: Figures, states: dict[str, Any]) -> None:
    path = figures_path(context.settings.data_dir)
    kept = _read(path)
    kept.pop(_key(period), None)
    kept[_key(period)] = {
        "counted_at": found.counted_at,
        "period": [period.start.isoformat(), period.end.isoformat(), period.semester, period.year],
        "states": states,
        "lines": [dataclasses.asdict(line) for line in found.lines],
        "across": _across_json(found.across),
    }
    while len(kept) > _KEPT_AT_MOST:
        del kept[next(iter(kept))]
    # Not kept when it cannot be written: the next open counts again (what is shown is right either way).
    with contextlib.suppress(OSError):
        files.write_bytes(path, json.dumps({"format": FORMAT, "figures": kept}, ensure_ascii=False).encode("utf-8"))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("figures"), dict):
        return {}
    return dict(data["figures"])


def load(context: AppContext, period: Period) -> Figures | None:
    """The figures last counted for *period* in this language, with whether they are stale;
    None when there are none (or the file is unreadable: they are counted again)."""
    item = _read(figures_path(context.settings.data_dir)).get(_key(period))
    if not isinstance(item, dict):
        return None
    try:
        lines = [SchoolLine(**line) for line in item["lines"]]
        across = _across_from(item["across"])
        counted_at = str(item["counted_at"])
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return None
    read_at = last_reads(context)  # when each school was read is said as it is now
    slugs = {s.place: s.slug for s in schools(context)}
    lines = [
        dataclasses.replace(line, last_read=read_at.get(slugs.get(line.place, ""), line.last_read)) for line in lines
    ]
    return Figures(counted_at, lines, across, stale=item.get("states") != _states(context))


def is_stale(context: AppContext, period: Period) -> bool:
    found = load(context, period)
    return found is None or found.stale


def refresh(context: AppContext, *, name: str = "") -> int:
    """Count again the kept figures (this language) that a read made stale; returns how many."""
    counted = 0
    for key, item in list(_read(figures_path(context.settings.data_dir)).items()):
        try:
            start, end, semester, year = item["period"]
            period = Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end), semester, year)
        except (KeyError, TypeError, ValueError):
            continue
        if key == _key(period) and is_stale(context, period):
            count(context, period, name=name)
            counted += 1
    return counted


def _across_json(across: Across) -> dict[str, Any]:
    return {
        "final_count": across.final_count,
        "predikat": across.predikat,
        "weakest": [
            [form, [[w.indicator_id, None if w.percent is None else str(w.percent), w.text] for w in rows]]
            for form, rows in across.weakest
        ],
        "followups": across.followups,
        "agreement": [dataclasses.asdict(a) for a in across.agreement],
    }


def _across_from(data: dict[str, Any]) -> Across:
    return Across(
        final_count=int(data["final_count"]),
        predikat=[(str(form), [(str(b), int(n)) for b, n in counts]) for form, counts in data["predikat"]],
        weakest=[
            (str(form), [Weakest(str(i), None if p is None else Decimal(p), str(text)) for i, p, text in rows])
            for form, rows in data["weakest"]
        ],
        followups={str(k): int(v) for k, v in data["followups"].items()},
        agreement=[Agreement(**a) for a in data["agreement"]],
    )
