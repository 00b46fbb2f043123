"""The order of a form's levels, lowest first: the positions agreement and averages use.

A numeric scale is ordered by value; a verbal scale (PMM: Belum dilakukan / Dilakukan tapi
belum efektif / Dilakukan dan efektif) by its order in the form file, which runs from the
lowest level up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from observasi.core.instrument import Instrument, Level, Scale

HUNDREDTH = Decimal("0.01")


def ordered_levels(inst: Instrument) -> list[Level]:
    return scale_levels(inst.scale)


def scale_levels(scale: Scale) -> list[Level]:
    """A scale's levels, lowest first (a form's item may have its own scale: schema v2)."""
    levels = list(scale.levels)
    if scale.numeric:
        return sorted(levels, key=lambda level: level.value or 0)
    return levels


def positions(inst: Instrument) -> dict[str, int]:
    """Level key -> position from 0 (lowest)."""
    return {level.key: i for i, level in enumerate(ordered_levels(inst))}


def round2(value: Decimal | float) -> Decimal:
    return Decimal(value).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def mean(values: list[Decimal]) -> Decimal | None:
    return round2(sum(values, Decimal(0)) / len(values)) if values else None


@dataclass(frozen=True)
class FormRef:
    """A form as a recap names it: id and version always travel with the figures."""

    hash: str
    id: str
    version: str
    title: str
    numeric: bool

    @classmethod
    def of(cls, digest: str, inst: Instrument) -> FormRef:
        return cls(digest, inst.id, inst.version, inst.title, inst.scale.numeric)

    @property
    def label(self) -> str:
        return f"{self.title} ({self.id} {self.version})"
