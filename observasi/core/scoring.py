"""Scores: skor perolehan, skor maksimal, nilai and predikat, per section and overall.

nilai = perolehan / maksimal x 100, rounded half up to two decimals. An indicator
marked N/A leaves both sums. While indicators are unscored the result is provisional
and computed over the scored ones, which is what the observer sees during the lesson.
A verbal form (PMM) has no number: it yields the count of each level per section.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from observasi.core.instrument import Instrument, Section
from observasi.core.record import Rating

HUNDREDTH = Decimal("0.01")


def nilai_of(obtained: int | Decimal, maximum: int | Decimal) -> Decimal | None:
    if not maximum:
        return None
    return (Decimal(obtained) * 100 / Decimal(maximum)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def band_for(inst: Instrument, nilai: Decimal | None) -> str | None:
    """The predikat of *nilai*: the band with the greatest min not above it."""
    if nilai is None:
        return None
    candidates = [band for band in inst.bands if band.min <= nilai]
    return max(candidates, key=lambda band: band.min).label if candidates else None


@dataclass(frozen=True)
class SectionScore:
    section_id: str
    title: str
    total: int  # indicators in the section
    scored: int  # rated or N/A
    na: int
    obtained: int
    maximum: int
    nilai: Decimal | None
    level_counts: dict[str, int] = field(default_factory=dict)

    @property
    def unscored(self) -> int:
        return self.total - self.scored


@dataclass(frozen=True)
class ScoreResult:
    numeric: bool
    sections: list[SectionScore]
    total: int
    scored: int
    na: int
    obtained: int
    maximum: int
    nilai: Decimal | None
    predikat: str | None
    unscored: list[str]
    level_counts: dict[str, int] = field(default_factory=dict)

    @property
    def provisional(self) -> bool:
        return bool(self.unscored)

    @property
    def nilai_text(self) -> str:
        return "" if self.nilai is None else f"{self.nilai:.2f}"


def chosen_sections(inst: Instrument, ratings: Mapping[str, Rating]) -> list[Section]:
    """The sections an observation covers: all of them, or -- on a form where the observer
    chooses (``choose_sections``) -- the ones with at least one rating (all while none has)."""
    if not inst.choose_sections:
        return list(inst.sections)
    touched = [s for s in inst.sections if any(ind.id in ratings for ind in s.indicators)]
    return touched or list(inst.sections)


def score(inst: Instrument, ratings: Mapping[str, Rating]) -> ScoreResult:
    scale = inst.scale
    values = {level.key: level.value for level in scale.levels}
    max_value = scale.max_value if scale.numeric else 0
    sections: list[SectionScore] = []
    unscored: list[str] = []
    overall_counts = {level.key: 0 for level in scale.levels}

    def counts_as_scored(rating: Rating | None) -> bool:
        # N/A only where the form allows it; a level key the scale does not know is unscored.
        if rating is None:
            return False
        return (rating.na and scale.allow_na) or (not rating.na and rating.level in values)

    for section in chosen_sections(inst, ratings):
        obtained = maximum = scored = na = 0
        counts = {level.key: 0 for level in scale.levels}
        for ind in section.indicators:
            rating = ratings.get(ind.id)
            if not counts_as_scored(rating):
                unscored.append(ind.id)
                continue
            assert rating is not None
            scored += 1
            if rating.na:
                na += 1
                continue
            assert rating.level is not None
            counts[rating.level] += 1
            overall_counts[rating.level] += 1
            if scale.numeric:
                obtained += values[rating.level] or 0
                maximum += max_value
        sections.append(
            SectionScore(
                section.id,
                section.title,
                len(section.indicators),
                scored,
                na,
                obtained,
                maximum,
                nilai_of(obtained, maximum) if scale.numeric else None,
                counts,
            )
        )
    obtained = sum(s.obtained for s in sections)
    maximum = sum(s.maximum for s in sections)
    if not scale.numeric:
        nilai = None
    elif inst.scoring.method == "section_conversion":
        nilai = _converted_nilai(inst, sections)
    else:
        nilai = nilai_of(obtained, maximum)
    return ScoreResult(
        numeric=scale.numeric,
        sections=sections,
        total=sum(s.total for s in sections),
        scored=sum(s.scored for s in sections),
        na=sum(s.na for s in sections),
        obtained=obtained,
        maximum=maximum,
        nilai=nilai,
        predikat=band_for(inst, nilai),
        unscored=unscored,
        level_counts=overall_counts,
    )


def convert(inst: Instrument, percent: Decimal) -> int:
    """The converted value of a section percentage (PKG: 0-25 -> 1, >25-50 -> 2 ...)."""
    steps = sorted(inst.scoring.conversion, key=lambda c: c.above)
    for i, step in enumerate(steps):
        low_ok = percent >= step.above if i == 0 else percent > step.above
        if low_ok and percent <= step.upto:
            return step.value
    return steps[0].value


def _converted_nilai(inst: Instrument, sections: list[SectionScore]) -> Decimal | None:
    counted = [s for s in sections if s.maximum]
    if not counted:
        return None
    top = max(step.value for step in inst.scoring.conversion)
    converted = sum(convert(inst, Decimal(s.obtained) * 100 / Decimal(s.maximum)) for s in counted)
    return nilai_of(converted, top * len(counted))
