"""Scores: skor perolehan, skor maksimal, nilai and predikat, per section and overall.

nilai = perolehan / maksimal x 100, rounded half up to two decimals, unless the form says
otherwise (schema v2: a mean on the scale, a total, a conversion; its precision; whether
the rounded or the exact result is banded; per-section results and bands; item weights;
paired Ada/Tidak answers; N/A kinds that are excluded or scored as a level). An indicator
marked N/A (of no declared kind) leaves both sums. While indicators are unscored the result is provisional
and computed over the scored ones, which is what the observer sees during the lesson.
A verbal form (PMM) has no number: it yields the count of each level per section.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from observasi.core.instrument import Band, Indicator, Instrument, Scale, Scoring, Section
from observasi.core.record import Rating

HUNDREDTH = Decimal("0.01")

Points = int | Decimal  # whole points stay int (every v1 form); item weights may give fractions


def nilai_of(obtained: int | Decimal, maximum: int | Decimal, decimals: int = 2) -> Decimal | None:
    if not maximum:
        return None
    return rounded(Decimal(obtained) * 100 / Decimal(maximum), decimals)


def rounded(value: Decimal, decimals: int) -> Decimal:
    """Half up to *decimals* places (the way a result is printed)."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def band_of(bands: list[Band], value: Decimal | None) -> str | None:
    """The predikat of *value*: the band with the greatest min not above it (bands are
    read by their lower bounds)."""
    if value is None:
        return None
    candidates = [band for band in bands if band.min <= value]
    return max(candidates, key=lambda band: band.min).label if candidates else None


def band_for(inst: Instrument, nilai: Decimal | None) -> str | None:
    """The predikat of the form's *nilai* (see :func:`band_of`)."""
    return band_of(inst.bands, nilai)


def _points(value: Decimal) -> Points:
    return int(value) if value == value.to_integral_value() else value.normalize()


@dataclass(frozen=True)
class SectionScore:
    section_id: str
    title: str
    total: int  # indicators in the section
    scored: int  # rated or N/A
    na: int
    obtained: Points
    maximum: Points
    nilai: Decimal | None  # the percentage (obtained / maximum x 100)
    level_counts: dict[str, int] = field(default_factory=dict)
    # The section's own result by its method (the percentage unless the form says
    # otherwise) and its predikat where the section has bands (schema v2).
    result: Decimal | None = None
    predikat: str | None = None
    method: str = "sum"
    decimals: int = 2

    @property
    def unscored(self) -> int:
        return self.total - self.scored

    @property
    def result_text(self) -> str:
        return "" if self.result is None else f"{self.result:.{self.decimals}f}"


@dataclass(frozen=True)
class ScoreResult:
    numeric: bool
    sections: list[SectionScore]
    total: int
    scored: int
    na: int
    obtained: Points
    maximum: Points
    nilai: Decimal | None  # the form's result by its method (a percentage unless it says otherwise)
    predikat: str | None
    unscored: list[str]
    level_counts: dict[str, int] = field(default_factory=dict)
    method: str = "sum"
    decimals: int = 2

    @property
    def provisional(self) -> bool:
        return bool(self.unscored)

    @property
    def nilai_text(self) -> str:
        return "" if self.nilai is None else f"{self.nilai:.{self.decimals}f}"


def chosen_sections(inst: Instrument, ratings: Mapping[str, Rating]) -> list[Section]:
    """The sections an observation covers: all of them, or -- on a form where the observer
    chooses (``choose_sections``) -- the ones with at least one rating (all while none has)."""
    if not inst.choose_sections:
        return list(inst.sections)
    touched = [s for s in inst.sections if any(ind.id in ratings for ind in s.indicators)]
    return touched or list(inst.sections)


@dataclass(frozen=True)
class ItemScore:
    """What one rated item adds: to the sums (or nothing, when excluded) and to the counts."""

    counted: bool  # in the sums (numeric scale, not excluded)
    obtained: Decimal
    maximum: Decimal
    weight: Decimal  # what the item weighs in a mean
    na: bool  # an N/A that leaves both sums (one scored as a level counts as that level)
    level: str | None  # the level counted (None for an excluded N/A)


def item_score(scale: Scale, ind: Indicator, rating: Rating) -> ItemScore | None:
    """The item's part of the sums, or None when the rating does not count as scored
    (N/A where the scale allows none, a level or N/A kind the scale does not know)."""
    weight = ind.weight
    if rating.na:
        if not scale.allow_na and not scale.na_kinds:
            return None
        kind = scale.na_kind(rating.level)
        if rating.level and kind is None:
            return None
        if kind is None or kind.effect == "exclude" or kind.level is None:
            return ItemScore(False, Decimal(0), Decimal(0), Decimal(0), True, None)
        level_key = kind.level
    elif rating.level is not None and scale.level(rating.level) is not None:
        level_key = rating.level
    else:
        return None
    level = scale.level(level_key)
    if level is None or not scale.numeric:
        return ItemScore(False, Decimal(0), Decimal(0), Decimal(0), False, level_key)
    top = Decimal(scale.max_value) * weight
    if level.absent:
        counts_max = scale.presence is None or scale.presence.max_counts == "all"
        return ItemScore(counts_max, Decimal(0), top if counts_max else Decimal(0), weight, False, level_key)
    return ItemScore(True, Decimal(counted_value(scale, ind, level.value or 0)) * weight, top, weight, False, level_key)


def counted_value(scale: Scale, ind: Indicator, value: int) -> int:
    """The value an answer counts for: reversed on a reverse-keyed item (max + min - value)."""
    return scale.max_value + scale.min_value - value if ind.reverse else value


def score(inst: Instrument, ratings: Mapping[str, Rating]) -> ScoreResult:
    sections: list[SectionScore] = []
    unscored: list[str] = []
    overall_counts = {level.key: 0 for level in inst.scale.levels}
    numeric = False
    weights = Decimal(0)
    # An item's part depends only on its scale, weight and keying and on the answer: a
    # form's dozens of items share a few of those, so each is worked out once per record
    # (a sync scores every record it brings in, issue 18).
    parts: dict[tuple[int, Decimal, bool, bool, str | None], ItemScore | None] = {}

    for section in chosen_sections(inst, ratings):
        obtained = maximum = section_weights = Decimal(0)
        scored = na = 0
        counts = {level.key: 0 for level in inst.scale_of(section).levels}
        for ind in section.indicators:
            scale = inst.scale_of(section, ind)
            numeric = numeric or scale.numeric
            rating = ratings.get(ind.id)
            if rating is None:
                part = None
            else:
                key = (id(scale), ind.weight, ind.reverse, rating.na, rating.level)
                part = parts[key] if key in parts else parts.setdefault(key, item_score(scale, ind, rating))
            if part is None:
                unscored.append(ind.id)
                continue
            scored += 1
            na += part.na
            if part.level is not None and not (rating is not None and rating.na):
                counts[part.level] = counts.get(part.level, 0) + 1
                overall_counts[part.level] = overall_counts.get(part.level, 0) + 1
            if part.counted:
                obtained += part.obtained
                maximum += part.maximum
                section_weights += part.weight
        weights += section_weights
        section_numeric = inst.scale_of(section).numeric or bool(maximum)
        percent = nilai_of(obtained, maximum) if section_numeric else None
        rule = section_rule(inst, section)
        value = _result(inst, rule, obtained, maximum, section_weights) if section_numeric else None
        sections.append(
            SectionScore(
                section.id,
                section.title,
                len(section.indicators),
                scored,
                na,
                _points(obtained),
                _points(maximum),
                percent,
                counts,
                result=_shown(value, rule),
                predikat=band_of(section.bands, _banded(value, rule)) if section.bands and rule.predikat else None,
                method=rule.method,
                decimals=rule.decimals,
            )
        )
    obtained = sum((Decimal(s.obtained) for s in sections), Decimal(0))
    maximum = sum((Decimal(s.maximum) for s in sections), Decimal(0))
    rule = inst.scoring
    if not numeric:
        value = None
    elif rule.method == "section_conversion":
        value = _converted_nilai(inst, sections)
    else:
        value = _result(inst, rule, obtained, maximum, weights)
    return ScoreResult(
        numeric=numeric,
        sections=sections,
        total=sum(s.total for s in sections),
        scored=sum(s.scored for s in sections),
        na=sum(s.na for s in sections),
        obtained=_points(obtained),
        maximum=_points(maximum),
        nilai=_shown(value, rule),
        predikat=band_of(inst.bands, _banded(value, rule)) if rule.predikat else None,
        unscored=unscored,
        level_counts=overall_counts,
        method=rule.method,
        decimals=rule.decimals,
    )


# A section without its own scoring shows its percentage, to today's precision.
_SECTION_DEFAULT = Scoring(method="percentage")


def section_rule(inst: Instrument, section: Section) -> Scoring:
    """How a section's result is formed: its own scoring; else, on a form whose result is a
    mean on the scale or a total (Teach, Danielson), the same for the section (a domain's
    2.50 on 1-5 beside the form's); else its percentage, as schema 1 printed it."""
    if section.scoring is not None:
        return section.scoring
    if inst.scoring.method in ("mean", "total"):
        return Scoring(method=inst.scoring.method, decimals=inst.scoring.decimals)
    return _SECTION_DEFAULT


def _result(inst: Instrument, rule: Scoring, obtained: Decimal, maximum: Decimal, weights: Decimal) -> Decimal | None:
    """The exact (unrounded) result of *rule* over the sums."""
    if rule.method == "mean":
        return obtained / weights if weights else None
    if rule.method == "total":
        return obtained if maximum else None
    if not maximum:
        return None
    percent = obtained * 100 / maximum
    if rule.method == "conversion":
        return Decimal(convert_by(rule, percent))
    return percent


def _shown(value: Decimal | None, rule: Scoring) -> Decimal | None:
    return None if value is None else rounded(value, rule.decimals)


def _banded(value: Decimal | None, rule: Scoring) -> Decimal | None:
    """What is banded: the printed (rounded) result, or the exact one where the form says so."""
    if value is None or not rule.round_before_band:
        return value
    return rounded(value, rule.decimals)


def convert(inst: Instrument, percent: Decimal) -> int:
    """The converted value of a section percentage (PKG: 0-25 -> 1, >25-50 -> 2 ...)."""
    return convert_by(inst.scoring, percent)


def convert_by(rule: Scoring, percent: Decimal) -> int:
    """The value *rule*'s conversion table gives *percent*."""
    steps = sorted(rule.conversion, key=lambda c: c.above)
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
    return Decimal(converted) * 100 / (top * len(counted))
