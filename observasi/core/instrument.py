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
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal, Self

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


# Fields of form schema v2 carry this mark. Left at their default they are not part of the
# form's canonical data (see :meth:`Instrument.canonical_data`), so every v1 form keeps the
# content hash its records point to.
_SINCE_V2: dict[str, Any] = {"since_schema": 2}


def v2_field(default: Any = None, **kwargs: Any) -> Any:
    """A field that exists since form schema v2 (with its default, it is as if absent)."""
    if default is list or default is dict:
        return Field(default_factory=default, json_schema_extra=_SINCE_V2, **kwargs)
    return Field(default=default, json_schema_extra=_SINCE_V2, **kwargs)


def is_v2_field(model: type[BaseModel], name: str) -> bool:
    extra = model.model_fields[name].json_schema_extra
    return isinstance(extra, dict) and extra.get("since_schema") == 2


class Level(_Model):
    key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,16}$")]
    label: Text
    value: int | None = None
    description: str = ""
    # The "Tidak ada" answer of a paired Ada/Tidak + quality scale (see Scale.presence).
    absent: bool = v2_field(False)


class NaKind(_Model):
    """A kind of "not applicable" the form declares, with what it does to the sums.

    ``exclude``: the item leaves both the obtained and the maximum score (tidak relevan).
    ``level``: the item is scored as the given level (tidak teramati, often the lowest).
    The rating stores the kind's *key* (as its level, with ``na`` set)."""

    key: Annotated[str, StringConstraints(pattern=r"^[a-z]$")]
    label: Text
    effect: Literal["exclude", "level"] = "exclude"
    level: str | None = None


class Presence(_Model):
    """A paired answer: "is it there?" (Ada / Tidak) beside a quality score for what is.

    The scale's level marked ``absent`` is the "Tidak" answer; *max_counts* says what the
    maximum counts: ``present`` only the items that are there, ``all`` every item (an
    absent one then scores 0 of the maximum)."""

    label: str = "Kondisi"
    present_label: str = "Ada"
    max_counts: Literal["present", "all"] = "present"


class Scale(_Model):
    kind: ScaleKind
    levels: list[Level] = Field(min_length=2)
    allow_na: bool = True
    na_label: str = ""
    na_kinds: list[NaKind] = v2_field(list)
    presence: Presence | None = v2_field(None)

    @property
    def numeric(self) -> bool:
        return self.kind is not ScaleKind.verbal

    # Cached (a scale is frozen): scoring asks for these once per rated item, and a sync
    # scores every record it brings in (issue 18).
    @cached_property
    def max_value(self) -> int:
        return max(level.value or 0 for level in self.levels)

    @cached_property
    def min_value(self) -> int:
        """The lowest value of an answer that is there (the absent answer does not count)."""
        return min((level.value or 0 for level in self.levels if not level.absent), default=0)

    @cached_property
    def levels_by_key(self) -> dict[str, Level]:
        """Each level by its key (the first, should a form repeat one)."""
        found: dict[str, Level] = {}
        for level in self.levels:
            found.setdefault(level.key, level)
        return found

    @property
    def absent_level(self) -> Level | None:
        return next((level for level in self.levels if level.absent), None)

    def level(self, key: str) -> Level | None:
        return self.levels_by_key.get(key)

    def na_kind(self, key: str | None) -> NaKind | None:
        return next((kind for kind in self.na_kinds if kind.key == key), None)

    def digits(self) -> dict[str, str]:
        """The digit key that gives each level (level key -> digit), as the rubric shows it.

        Where every level carries its own single-digit value the key is the value, so the
        principal types the number printed on the paper form: 1-4, and 0 1 2 on PKG's 0-2
        scale (0 means 0), Ya 1 / Tidak 0. Levels without numbers (PMM's verbal levels)
        are keyed by position, 1 2 3; on a paired Ada/Tidak scale 0 is "Tidak ada" whatever
        the quality values. A tenth level has no digit (the arrows reach it)."""
        values = [level.value for level in self.levels]
        by_value = all(v is not None and 0 <= v <= 9 for v in values) and len(set(values)) == len(values)
        if by_value:
            return {level.key: str(level.value) for level in self.levels}
        absent = self.absent_level
        if absent is not None:  # a paired answer: 0 is always "Tidak ada", the quality 1, 2, 3 ...
            present = [level for level in self.levels if not level.absent]
            return {absent.key: "0", **{level.key: str(n) for n, level in enumerate(present[:9], start=1)}}
        return {level.key: str(n) for n, level in enumerate(self.levels[:9], start=1)}

    def level_for_digit(self, digit: str) -> Level | None:
        """The level a digit key gives (see :meth:`digits`)."""
        key = next((key for key, d in self.digits().items() if d == digit), None)
        return None if key is None else self.level(key)


class Band(_Model):
    """A predicate band: nilai from *min* to *max* inclusive gets *label*.

    Real bands are written with whole numbers (81-90, 91-100) while nilai has two
    decimals; bands are read by their lower bounds: a band starts at its *min* and runs
    to the next band's, so a nilai between two bands (90.5) belongs to the lower band,
    i.e. to the band with the greatest *min* not above it. Bands are kept as printed:
    gaps and overlaps are warnings naming that reading, never a refusal.
    """

    min: Decimal = Field(ge=0)
    max: Decimal = Field(ge=0)
    label: Text


class Conversion(_Model):
    """A step of a section-percentage conversion (PKG: 0-25 -> 1, >25-50 -> 2 ...)."""

    above: Decimal = Field(ge=0, le=100)  # lower bound, exclusive except for the first step
    upto: Decimal = Field(ge=0, le=100)
    value: int = Field(ge=0)


ScoringMethod = Literal["sum", "percentage", "mean", "total", "section_conversion", "conversion"]


class Scoring(_Model):
    """How a result (the form's nilai, or a section's) is formed.

    ``sum`` (v1) or ``percentage``: sum of level values / sum of maxima x 100 (the common
    instrument). ``mean``: the weighted mean level value, on the scale (Teach, Danielson:
    2.56 on 1-5). ``total``: the sum of level values itself. ``section_conversion`` (the
    form's result only): each section's percentage is converted through *conversion* and
    nilai = sum of converted values / (sections x highest converted value) x 100 (PKG).
    ``conversion`` (a section's result): the section's percentage converted.

    *decimals* is the printed precision; with *round_before_band* the rounded result is
    banded (today's rule: two decimals, rounded half up, then banded), without it the
    exact one. *predikat* false: the instrument has none (no bands are asked for).
    """

    method: ScoringMethod = "sum"
    conversion: list[Conversion] = Field(default_factory=list)
    decimals: int = v2_field(2, ge=0, le=4)
    round_before_band: bool = v2_field(True)
    predikat: bool = v2_field(True)

    @property
    def percentage(self) -> bool:
        return self.method in ("sum", "percentage")


class Indicator(_Model):
    id: Ident
    text: Text
    competency: Competency | None = None
    rubric: dict[str, str] = Field(default_factory=dict)
    evidence_prompt: str = ""
    # PMM-style forms ask a recommendation per behaviour focus.
    recommendation_prompt: str = ""
    # The name of one of the form's [scales.NAME]; by default the section's scale.
    scale: Ident | None = v2_field(None)
    weight: Decimal = v2_field(Decimal(1), gt=0, le=100)
    # A behaviour to avoid ("perilaku yang dihindari"): its level value counts reversed.
    reverse: bool = v2_field(False)
    # A behaviour rated under an element (World Bank Teach): the element item's id. The
    # behaviour is rated on a verbal scale and guides the element's score; it counts in no
    # sum (see observasi.core.two_tier).
    element: Ident | None = v2_field(None)


class Section(_Model):
    id: Ident
    title: Text
    phase: Phase
    stage: Stage | None = None
    description: str = ""
    indicators: list[Indicator] = Field(min_length=1)
    # The name of one of the form's [scales.NAME]; by default the form's scale.
    scale: Ident | None = v2_field(None)
    # A section's own result (method, precision) and predikat bands.
    scoring: Scoring | None = v2_field(None)
    bands: list[Band] = v2_field(list)


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


class IdentityField(_Model):
    """A line of the sheet's identity block the form asks for (Fase, Modul, Tahun pelajaran ...),
    asked on the pre-observation screen."""

    id: Ident
    label: Text
    type: Literal["text", "number", "date", "choice"] = "text"
    required: bool = False
    choices: list[str] = Field(default_factory=list)


class Kop(_Model):
    """A letterhead the form carries (a Cabang Dinas instrument prints its own)."""

    lines: list[str] = Field(default_factory=list)  # above the name: PEMERINTAH ..., DINAS ...
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    # An image file beside the form (a path relative to the form's file: "logo-cadisdik.png"),
    # printed at the kop's left instead of the school's logo.
    logo: str = v2_field("")


class Headings(_Model):
    """The form's own names of the observer's text blocks and the reflection."""

    strengths: str = ""
    improvements: str = ""
    followups: str = ""
    reflection: str = ""


class TargetBehaviours(_Model):
    """PMM: the teacher chooses the behaviour (fokus perilaku) to be observed."""

    label: str = "Fokus perilaku"
    choices: list[str] = Field(min_length=1)


IdLabel = Literal["NIP", "NUPTK", "NBM", "NIK", "NIY"]


class Instrument(_Model):
    id: Ident
    version: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
    title: Text
    language: Literal["id", "en"]
    description: str = ""
    id_label: IdLabel = "NIP"
    # The schema the file is written in; v2 fields need ``schema_version = 2``.
    schema_version: Literal[1, 2] = v2_field(1)
    # When > 0, one observation covers at most this many sections, chosen by scoring them
    # (PMM: the teacher picks one practice indicator); untouched sections are not part of
    # that observation, so they are neither unscored nor counted.
    choose_sections: int = Field(default=0, ge=0)
    scale: Scale
    # Named scales a section or an item may use instead of *scale* ([scales.NAME]).
    scales: dict[Ident, Scale] = v2_field(dict)
    bands: list[Band] = Field(default_factory=list)
    scoring: Scoring = Field(default_factory=Scoring)
    sections: list[Section] = Field(min_length=1)
    reflection: list[ReflectionQuestion] = Field(default_factory=list)
    tallies: list[Tally] = Field(default_factory=list)
    snapshot: Snapshot | None = None
    # Schema v2: what the sheet's identity block asks and prints, the form's own kop,
    # its names for the text blocks, and the target behaviours the teacher chooses from.
    identity: list[IdentityField] = v2_field(list)
    kop: Kop | None = v2_field(None)
    headings: Headings | None = v2_field(None)
    target_behaviours: TargetBehaviours | None = v2_field(None)

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

    def heading(self, block: str) -> str:
        """The form's own name of a text block ("" where it keeps the program's)."""
        return getattr(self.headings, block, "") if self.headings is not None else ""

    def scale_of(self, section: Section, ind: Indicator | None = None) -> Scale:
        """The scale an item (or, without one, a section) is rated on."""
        name = (ind.scale if ind is not None else None) or section.scale
        return self.scales.get(name, self.scale) if name else self.scale

    def scale_for(self, indicator_id: str) -> Scale:
        """The scale of the item *indicator_id* (the form's scale for an unknown id)."""
        for section, ind in self.indicators():
            if ind.id == indicator_id:
                return self.scale_of(section, ind)
        return self.scale

    def all_scales(self) -> list[Scale]:
        return [self.scale, *self.scales.values()]

    # The version of the way a form's hash is made (canonical_data, drop_v2_defaults, the
    # models' fields). Raise it with any change that changes a form's hash: an index of
    # hashes written by other code (forms/hashes.json, see core.forms.bundled_hashes) is
    # then ignored rather than trusted. tests/forms3/test_form_hash_scheme.py pins the
    # hash of a form per scheme, so such a change fails there until this is raised.
    HASH_SCHEME: ClassVar[int] = 1

    def canonical_data(self) -> dict[str, Any]:
        """The form as plain JSON data, the form that is hashed and kept with the records:
        v2 fields left at their default are left out, so a v1 form's data (and hash) is
        what it was before schema v2 existed."""
        data = self.model_dump(mode="json")
        drop_v2_defaults(self, data)
        return data

    @cached_property
    def canonical_bytes(self) -> bytes:
        """The canonical JSON of :meth:`canonical_data`, made once (a form is frozen): a sync
        that receives a form hashes it to check it, hashes it again to store it, and
        stores these bytes -- three walks of the whole form otherwise (issue 18)."""
        return canonical_json(self.canonical_data())

    def content_hash(self) -> str:
        """sha256 of the canonical JSON of the validated form (layout and comments do not count)."""
        return hashlib.sha256(self.canonical_bytes).hexdigest()

    # A copy (model_copy(update=...) goes through these) is a form of its own: it makes
    # its canonical bytes again rather than carry the original's.
    def __copy__(self) -> Self:
        copied = super().__copy__()
        copied.__dict__.pop("canonical_bytes", None)
        return copied

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        copied = super().__deepcopy__(memo)
        copied.__dict__.pop("canonical_bytes", None)
        return copied


def drop_v2_defaults(model: BaseModel, data: dict[str, Any]) -> None:
    """Remove from *data* (a dump of *model*) the v2 fields left at their default."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if is_v2_field(type(model), name) and value == info.get_default(call_default_factory=True):
            data.pop(name, None)
            continue
        _drop_in(value, data.get(name))


def _drop_in(value: Any, dumped: Any) -> None:
    if isinstance(value, BaseModel) and isinstance(dumped, dict):
        drop_v2_defaults(value, dumped)
    elif isinstance(value, list) and isinstance(dumped, list):
        for item, item_dumped in zip(value, dumped, strict=True):
            _drop_in(item, item_dumped)
    elif isinstance(value, dict) and isinstance(dumped, dict):
        for key, item in value.items():
            _drop_in(item, dumped.get(key))
