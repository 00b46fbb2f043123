"""The instrument (observation form) as data: pydantic models and their rules.

Everything that differs between real instruments -- scales, labels, predicate bands,
sections, indicators, rubric descriptors, reflection questions, tallies, snapshot
prompts, the id label -- is described here and filled from a TOML file; no instrument
fact lives in code.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from observasi.core.canonical import canonical_json

Ident = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Phase(StrEnum):
    planning = "planning"
    execution = "execution"
    reflection = "reflection"


class Stage(StrEnum):
    """The three stages of a lesson, in the order they happen."""

    pendahuluan = "pendahuluan"
    inti = "inti"
    penutup = "penutup"


STAGE_ORDER: tuple[Stage, ...] = (Stage.pendahuluan, Stage.inti, Stage.penutup)


class Competency(StrEnum):
    """The four teacher competencies of UU 14/2005 Pasal 10(1)."""

    pedagogik = "pedagogik"
    kepribadian = "kepribadian"
    sosial = "sosial"
    profesional = "profesional"


class ScaleKind(StrEnum):
    numeric = "numeric"  # levels carry a number (1-4, 0-4, 0-2 ...)
    yesno = "yesno"  # two levels, Ya = 1 / Tidak = 0
    verbal = "verbal"  # levels carry no number (PMM); results are counts per level


class _Model(BaseModel):
    # Schemas are built on first use, not at import: the home screen needs none of them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Level(_Model):
    key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,16}$")]
    label: Text
    value: int | None = None
    description: str = ""


class Scale(_Model):
    kind: ScaleKind
    levels: list[Level] = Field(min_length=2)
    allow_na: bool = True
    na_label: str = ""

    @property
    def numeric(self) -> bool:
        return self.kind is not ScaleKind.verbal

    @property
    def max_value(self) -> int:
        return max(level.value or 0 for level in self.levels)

    def level(self, key: str) -> Level | None:
        return next((level for level in self.levels if level.key == key), None)

    def digits(self) -> dict[str, str]:
        """The digit key that gives each level (level key -> digit), as the rubric shows it.

        Where every level carries its own single-digit value the key is the value, so the
        principal types the number printed on the paper form: 1-4, and 0 1 2 on PKG's 0-2
        scale (0 means 0), Ya 1 / Tidak 0. Levels without numbers (PMM's verbal levels)
        are keyed by position, 1 2 3. A tenth level has no digit (the arrows reach it)."""
        values = [level.value for level in self.levels]
        by_value = all(v is not None and 0 <= v <= 9 for v in values) and len(set(values)) == len(values)
        if by_value:
            return {level.key: str(level.value) for level in self.levels}
        return {level.key: str(n) for n, level in enumerate(self.levels[:9], start=1)}

    def level_for_digit(self, digit: str) -> Level | None:
        """The level a digit key gives (see :meth:`digits`)."""
        key = next((key for key, d in self.digits().items() if d == digit), None)
        return None if key is None else self.level(key)


class Band(_Model):
    """A predicate band: nilai from *min* to *max* inclusive gets *label*.

    Real bands are written with whole numbers (81-90, 91-100) while nilai has two
    decimals; a nilai between two bands (90.5) belongs to the lower band, i.e. to the
    band with the greatest *min* not above it.
    """

    min: Decimal = Field(ge=0, le=100)
    max: Decimal = Field(ge=0, le=100)
    label: Text


class Indicator(_Model):
    id: Ident
    text: Text
    competency: Competency | None = None
    rubric: dict[str, str] = Field(default_factory=dict)
    evidence_prompt: str = ""
    # PMM-style forms ask a recommendation per behaviour focus.
    recommendation_prompt: str = ""


class Section(_Model):
    id: Ident
    title: Text
    phase: Phase
    stage: Stage | None = None
    description: str = ""
    indicators: list[Indicator] = Field(min_length=1)


class ReflectionQuestion(_Model):
    id: Ident
    text: Text
    hint: str = ""


class Tally(_Model):
    name: Ident
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]$")]
    label: Text


class SnapshotPrompt(_Model):
    id: Ident
    label: Text
    kind: Literal["text", "count", "choice"] = "text"
    choices: list[str] = Field(default_factory=list)


class Snapshot(_Model):
    interval_minutes: int = Field(ge=1, le=60)
    prompts: list[SnapshotPrompt] = Field(min_length=1)


class Conversion(_Model):
    """A step of a section-percentage conversion (PKG: 0-25 -> 1, >25-50 -> 2 ...)."""

    above: Decimal = Field(ge=0, le=100)  # lower bound, exclusive except for the first step
    upto: Decimal = Field(ge=0, le=100)
    value: int = Field(ge=0)


class Scoring(_Model):
    """How the overall nilai is formed.

    ``sum``: nilai = sum of level values / sum of maxima x 100 (the common instrument).
    ``section_conversion``: each section's percentage is converted through *conversion*
    and nilai = sum of converted values / (sections x highest converted value) x 100
    (PKG).
    """

    method: Literal["sum", "section_conversion"] = "sum"
    conversion: list[Conversion] = Field(default_factory=list)


IdLabel = Literal["NIP", "NUPTK", "NBM", "NIK", "NIY"]


class Instrument(_Model):
    id: Ident
    version: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
    title: Text
    language: Literal["id", "en"]
    description: str = ""
    id_label: IdLabel = "NIP"
    # When > 0, one observation covers at most this many sections, chosen by scoring them
    # (PMM: the teacher picks one practice indicator); untouched sections are not part of
    # that observation, so they are neither unscored nor counted.
    choose_sections: int = Field(default=0, ge=0)
    scale: Scale
    bands: list[Band] = Field(default_factory=list)
    scoring: Scoring = Field(default_factory=Scoring)
    sections: list[Section] = Field(min_length=1)
    reflection: list[ReflectionQuestion] = Field(default_factory=list)
    tallies: list[Tally] = Field(default_factory=list)
    snapshot: Snapshot | None = None

    # -- derived views -------------------------------------------------------------

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def indicators(self) -> list[tuple[Section, Indicator]]:
        return [(section, ind) for section in self.sections for ind in section.indicators]

    def indicator(self, indicator_id: str) -> Indicator | None:
        for _, ind in self.indicators():
            if ind.id == indicator_id:
                return ind
        return None

    def section_of(self, indicator_id: str) -> Section | None:
        for section, ind in self.indicators():
            if ind.id == indicator_id:
                return section
        return None

    def content_hash(self) -> str:
        """sha256 of the canonical JSON of the validated form (layout and comments do not count)."""
        return hashlib.sha256(canonical_json(self.model_dump(mode="json"))).hexdigest()
