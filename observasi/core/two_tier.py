"""Two-tier ratings (World Bank Teach): behaviours rated Low / Medium / High under an element
rated 1-5.

A behaviour is an item of the form with ``element = "<the element's id>"``, rated on a
verbal scale whose levels are listed from lowest to highest; it is recorded and printed but
counts in no sum. The element's score is the observer's, as Teach's manual asks: the
behaviours are the guidance for it (mostly Low -> 1, a mix of Low and Medium -> 2, mostly
Medium -> 3, a mix of Medium and High -> 4, mostly High -> 5). The program shows that
reading as a suggestion once every behaviour of the element is rated, and never scores the
element itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from observasi.core.instrument import Indicator, Instrument, Level
from observasi.core.record import Rating


def behaviours_of(inst: Instrument, element_id: str) -> list[Indicator]:
    """The behaviours rated under the element *element_id*, in the form's order."""
    return [ind for _, ind in inst.indicators() if ind.element == element_id]


def _position(inst: Instrument, ind: Indicator, rating: Rating | None) -> Decimal | None:
    """Where the behaviour's answer sits on its scale, 0 (lowest) to 1 (highest)."""
    if rating is None or rating.na or rating.level is None:
        return None
    levels = [level for level in inst.scale_for(ind.id).levels if not level.absent]
    keys = [level.key for level in levels]
    if rating.level not in keys or len(levels) < 2:
        return None
    return Decimal(keys.index(rating.level)) / (len(levels) - 1)


def element_suggestion(inst: Instrument, element_id: str, ratings: Mapping[str, Rating]) -> Level | None:
    """The element level the behaviours point to (None until every one is rated): the mean
    place of the behaviours' answers, carried onto the element's scale and rounded half up."""
    behaviours = behaviours_of(inst, element_id)
    places = [_position(inst, ind, ratings.get(ind.id)) for ind in behaviours]
    if not places or any(p is None for p in places):
        return None
    levels = sorted(
        (level for level in inst.scale_for(element_id).levels if level.value is not None and not level.absent),
        key=lambda level: level.value or 0,
    )
    if not levels:
        return None
    low, high = levels[0].value or 0, levels[-1].value or 0
    mean = sum((p for p in places if p is not None), Decimal(0)) / len(places)
    target = (Decimal(low) + mean * (high - low)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return min(levels, key=lambda level: (abs((level.value or 0) - target), level.value or 0))
