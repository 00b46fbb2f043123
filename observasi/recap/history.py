"""A teacher's history: every observation, the nilai over time, each section's trend, and
the follow-up plan of the last observation with its progress.

The follow-ups carry the supervision cycle forward: a new observation of the teacher
starts from the open items of the previous one (:func:`open_followups`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from observasi.core.numbers import number_text
from observasi.core.predikat import predikat_text
from observasi.core.record import FollowUp, FollowUpStatus, Rating, Status
from observasi.core.scoring import score
from observasi.errors import UserError
from observasi.i18n import t
from observasi.recap.levels import FormRef
from observasi.recap.school import OBSERVATION_COLUMNS
from observasi.store.models import Teacher
from observasi.store.record_rows import LIVE_SCORES_JOIN
from observasi.store.store import Store


@dataclass(frozen=True)
class SectionPoint:
    section_id: str
    title: str
    nilai: Decimal | None
    level_counts: dict[str, int]


@dataclass(frozen=True)
class HistoryEntry:
    id: str
    date: str
    period: str
    status: str
    form: FormRef
    observer_name: str
    subject: str
    class_name: str
    nilai: Decimal | None
    predikat: str | None
    provisional: bool
    level_counts: dict[str, int]  # level label -> count (what a verbal form yields)
    sections: list[SectionPoint]

    @property
    def final(self) -> bool:
        return self.status == Status.final

    @property
    def result_text(self) -> str:
        """The nilai, or for a verbal form how often each level was given."""
        if self.nilai is not None:
            return number_text(self.nilai)
        if self.form.numeric:
            return "-"
        return ", ".join(f"{label}: {n}" for label, n in self.level_counts.items())


@dataclass(frozen=True)
class SectionTrend:
    form: FormRef
    section_id: str
    title: str
    points: list[tuple[str, Decimal]]  # (date, section nilai) of final observations

    @property
    def change(self) -> Decimal | None:
        return self.points[-1][1] - self.points[0][1] if len(self.points) >= 2 else None


@dataclass
class TeacherHistory:
    teacher_id: str
    name: str
    teacher: Teacher | None
    entries: list[HistoryEntry]  # oldest first
    trends: list[SectionTrend]
    followups_of: HistoryEntry | None = None
    followups: list[FollowUp] = field(default_factory=list)

    @property
    def finals(self) -> list[HistoryEntry]:
        return [e for e in self.entries if e.final]


@dataclass(frozen=True)
class PreviousFollowUps:
    observation_id: str
    date: str
    items: list[FollowUp]  # not done yet: open, in progress or not done


def build_history(store: Store, teacher_id: str) -> TeacherHistory:
    rows = store.query(
        f"select {OBSERVATION_COLUMNS} from observations o {LIVE_SCORES_JOIN} where o.deleted = 0 and o.teacher_id = ? "
        "order by o.date, o.created_at",
        [teacher_id],
    )
    teacher = store.get_teacher(teacher_id)
    if not rows and teacher is None:
        raise UserError(t("recap.err.no_teacher", name=teacher_id))
    ratings: dict[str, dict[str, Rating]] = defaultdict(dict)
    for r in store.query(
        "select r.observation_id, r.indicator_id, r.level, r.na from ratings r "
        "join observations o on o.id = r.observation_id where o.deleted = 0 and o.teacher_id = ?",
        [teacher_id],
    ):
        ratings[r["observation_id"]][r["indicator_id"]] = Rating(
            indicator_id=r["indicator_id"], level=r["level"], na=bool(r["na"])
        )
    entries = [_entry(store, row, ratings[row["id"]]) for row in rows]
    history = TeacherHistory(
        teacher_id=teacher_id,
        name=teacher.name if teacher else (rows[-1]["teacher_name"] or ""),
        teacher=teacher,
        entries=entries,
        trends=_trends(entries),
    )
    # The follow-up plan is agreed in the reflection, so the last record that reached it.
    agreed = [e for e in entries if e.status in (Status.reflecting, Status.final)]
    if agreed:
        history.followups_of = agreed[-1]
        history.followups = store.get_observation(agreed[-1].id).followups
    return history


def _entry(store: Store, row: dict, ratings: dict[str, Rating]) -> HistoryEntry:
    inst = store.instrument(row["form_hash"])
    result = score(inst, ratings)
    labels = {level.key: level.label for level in inst.scale.levels}
    return HistoryEntry(
        id=row["id"],
        date=row["date"],
        period=row["period"] or "",
        status=row["status"],
        form=FormRef.of(row["form_hash"], inst),
        observer_name=row["observer_name"] or "",
        subject=row["subject"] or "",
        class_name=row["class_name"] or "",
        nilai=result.nilai,
        predikat=predikat_text(result.predikat),
        provisional=result.provisional,
        level_counts={labels.get(k, k): n for k, n in result.level_counts.items()},
        sections=[
            SectionPoint(s.section_id, s.title, s.nilai, {labels.get(k, k): n for k, n in s.level_counts.items()})
            for s in result.sections
        ],
    )


def _trends(entries: list[HistoryEntry]) -> list[SectionTrend]:
    """Per form and section, the section nilai of each final observation (sections are
    only comparable within one form)."""
    points: dict[tuple[str, str], list[tuple[str, Decimal]]] = defaultdict(list)
    meta: dict[tuple[str, str], tuple[FormRef, str]] = {}
    for entry in entries:
        if not entry.final:
            continue
        for section in entry.sections:
            if section.nilai is None:
                continue
            key = (entry.form.id, section.section_id)
            points[key].append((entry.date, section.nilai))
            meta[key] = (entry.form, section.title)
    return [SectionTrend(meta[key][0], key[1], meta[key][1], values) for key, values in points.items()]


def open_followups(store: Store, teacher_id: str, *, exclude_id: str | None = None) -> PreviousFollowUps | None:
    """The follow-up items not yet done of the teacher's latest final observation
    (other than *exclude_id*, the observation being started), or None."""
    rows = store.query(
        "select id, date from observations where deleted = 0 and status = 'final' and teacher_id = ? and id != ? "
        "order by date desc, created_at desc limit 1",
        [teacher_id, exclude_id or ""],
    )
    if not rows:
        return None
    items = [f for f in store.get_observation(rows[0]["id"]).followups if f.status != FollowUpStatus.done]
    return PreviousFollowUps(rows[0]["id"], rows[0]["date"], items)


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, maximum: float, width: int) -> str:
    """A horizontal bar of *width* cells filled to value/maximum, in eighths of a cell."""
    if maximum <= 0:
        return " " * width
    eighths = round(max(0.0, min(1.0, value / maximum)) * width * 8)
    full, rest = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[rest] if rest else "")
    return text.ljust(width)


def nilai_chart(entries: list[HistoryEntry], width: int = 40) -> list[str]:
    """The nilai of each scored observation as a labelled bar on a 0-100 scale:
    ``2026-02-05  ██████████████████████████████▍          76.25  Baik``.
    Observations not final yet are marked with their status."""
    lines = []
    for entry in entries:
        if entry.nilai is None:
            continue
        mark = "" if entry.final else f"  ({t(f'status.{entry.status}')})"
        lines.append(
            f"{entry.date}  {bar(float(entry.nilai), 100.0, width)}  {number_text(entry.nilai):>6}  {entry.predikat or '-'}{mark}"
        )
    return lines


def trend_text(trend: SectionTrend) -> str:
    """One section's trend as a person reads it: ``↑ Inti (supervisi-akademik): 77,78 → 83,33``
    (the numbers in the display language's style)."""
    values = " → ".join(number_text(value) for _, value in trend.points)
    return f"{trend_arrow(trend.change)} {trend.title} ({trend.form.id}): {values}"


def trend_arrow(change: Decimal | None) -> str:
    if change is None:
        return "·"
    return "↑" if change > 0 else ("↓" if change < 0 else "→")
