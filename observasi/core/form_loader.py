"""Reading instrument files: TOML -> validated :class:`Instrument`, or a list of problems.

Every problem names the file, the line (where it can be known) and the field, in the
UI language: ``supervisi.toml:42: sections[2].indicators[1].id: ...``. A broken file
never stops the others from loading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from observasi.core.file_kind import content_kind, is_utf16, kind_key
from observasi.core.instrument import Band, Indicator, Instrument, Scale, ScaleKind, Scoring, Section, is_v2_field
from observasi.core.os_reason import read_reason
from observasi.core.scoring import section_rule
from observasi.core.text import text_problems
from observasi.core.toml_lines import find_line, line_map
from observasi.i18n import t

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails  # the shape of ValidationError.errors(); pydantic's own core

# Keys the live observation screen keeps for itself; a tally may not take them.
RESERVED_KEYS = frozenset("0123456789")

MAX_FORM_BYTES = 2_000_000
# Brackets and braces open at once; real forms reach 3 (a table of arrays of arrays).
# Deeper is refused before parsing: tomllib recurses per level and a few thousand levels
# stop it with a RecursionError that names neither the file nor the line.
MAX_NESTING = 32


@dataclass(frozen=True)
class FormProblem:
    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True)
class FormLoad:
    path: Path
    instrument: Instrument | None
    problems: tuple[FormProblem, ...]
    # Readings of a usable form the author should know about (bands with gaps ...).
    warnings: tuple[FormProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.instrument is not None and not self.problems


def field_name(loc: tuple[str | int, ...]) -> str:
    """``("sections", 1, "indicators", 0, "id")`` -> ``sections[2].indicators[1].id``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_PYDANTIC_KEYS = {
    "missing": "form.err.missing",
    "extra_forbidden": "form.err.extra",
    "string_too_short": "form.err.empty",
    "string_pattern_mismatch": "form.err.pattern",
    "too_short": "form.err.too_short",
    "enum": "form.err.choice",
    "literal_error": "form.err.choice",
    "greater_than_equal": "form.err.range",
    "less_than_equal": "form.err.range",
}
_TYPE_NAMES = {
    "int": "form.type.int",
    "decimal": "form.type.number",
    "float": "form.type.number",
    "string": "form.type.text",
    "bool": "form.type.bool",
    "list": "form.type.list",
    "dict": "form.type.table",
    "model": "form.type.table",
}


def pydantic_message(error: ErrorDetails) -> str:
    kind: str = error["type"]
    ctx = error.get("ctx") or {}
    key = _PYDANTIC_KEYS.get(kind)
    if key == "form.err.choice":
        return t(key, expected=ctx.get("expected", ""))
    if key == "form.err.range":
        return t(key, limit=ctx.get("ge", ctx.get("le", "")))
    if key == "form.err.too_short":
        return t(key, min=ctx.get("min_length", 1))
    if key:
        return t(key)
    for prefix, type_key in _TYPE_NAMES.items():
        if kind.startswith(prefix + "_") or kind == prefix + "_type":
            return t("form.err.type", expected=t(type_key))
    return t("form.err.other", detail=error.get("msg", kind))


Loc = tuple[str | int, ...]


def semantic_problems(inst: Instrument) -> list[tuple[Loc, str]]:
    """Rules pydantic's field types cannot say: uniqueness, coverage, consistency."""
    out: list[tuple[Loc, str]] = []
    out.extend(_v2_in_v1(inst, inst, ()))
    out.extend(scale_problems(inst.scale, ("scale",)))
    for name, named in inst.scales.items():
        out.extend(scale_problems(named, ("scales", name)))

    numeric = any(inst.scale_of(section, ind).numeric for section, ind in inst.indicators())
    if inst.scoring.predikat and numeric:
        if not inst.bands:
            out.append((("bands",), t("form.err.bands_missing")))
        out.extend(_band_order(inst.bands, ("bands",)))
    elif inst.bands:
        key = "form.err.verbal_bands" if not numeric else "forms2.err.bands_no_predikat"
        out.append((("bands",), t(key)))
    if inst.scoring.method == "section_conversion":
        if not numeric:
            out.append((("scoring", "method"), t("form.err.conversion_verbal")))
        out.extend(_conversion_problems(inst.scoring, ("scoring",)))
    if inst.scoring.method == "conversion":
        out.append((("scoring", "method"), t("forms2.err.conversion_form")))

    ids: dict[str, Loc] = {}
    for s, section in enumerate(inst.sections):
        sloc: Loc = ("sections", s)
        if section.id in ids:
            out.append(((*sloc, "id"), t("form.err.duplicate", value=section.id)))
        ids[section.id] = (*sloc, "id")
        if section.stage is not None and section.phase != "execution":
            out.append(((*sloc, "stage"), t("form.err.stage_phase")))
        if section.scale is not None and section.scale not in inst.scales:
            out.append(((*sloc, "scale"), t("forms2.err.scale_unknown", value=section.scale)))
        out.extend(_section_result_problems(section.scoring, section.bands, sloc))
        for i, ind in enumerate(section.indicators):
            loc = (*sloc, "indicators", i)
            if ind.id in ids:
                out.append(((*loc, "id"), t("form.err.duplicate", value=ind.id)))
            ids[ind.id] = (*loc, "id")
            if ind.scale is not None and ind.scale not in inst.scales:
                out.append(((*loc, "scale"), t("forms2.err.scale_unknown", value=ind.scale)))
            scale = inst.scale_of(section, ind)
            for level_key in ind.rubric:
                if scale.level(level_key) is None:
                    out.append(((*loc, "rubric", level_key), t("form.err.rubric_level", value=level_key)))
            if ind.reverse and not scale.numeric:
                out.append(((*loc, "reverse"), t("forms2.err.reverse_verbal")))
            if ind.element is not None:
                out.extend(_element_problems(inst, section, ind, (*loc, "element")))
    for q, question in enumerate(inst.reflection):
        if question.id in ids:
            out.append((("reflection", q, "id"), t("form.err.duplicate", value=question.id)))
        ids[question.id] = ("reflection", q, "id")

    names: set[str] = set()
    keys: set[str] = set()
    na_keys = {kind.key for scale in inst.all_scales() for kind in scale.na_kinds}
    for i, tally in enumerate(inst.tallies):
        if tally.name in names:
            out.append((("tallies", i, "name"), t("form.err.duplicate", value=tally.name)))
        names.add(tally.name)
        if tally.key in keys or tally.key in na_keys:
            out.append((("tallies", i, "key"), t("form.err.duplicate", value=tally.key)))
        elif tally.key in RESERVED_KEYS:
            out.append((("tallies", i, "key"), t("form.err.reserved_key", value=tally.key)))
        keys.add(tally.key)
    fields: set[str] = set()
    for i, item in enumerate(inst.identity):
        if item.id in fields:
            out.append((("identity", i, "id"), t("form.err.duplicate", value=item.id)))
        fields.add(item.id)
        if item.type == "choice" and not item.choices:
            out.append((("identity", i, "choices"), t("form.err.choices")))
    if inst.kop is not None and inst.kop.logo:
        why = logo_problem(inst.kop.logo)
        if why:
            out.append((("kop", "logo"), why))
    if inst.snapshot:
        for i, prompt in enumerate(inst.snapshot.prompts):
            if prompt.kind == "choice" and not prompt.choices:
                out.append((("snapshot", "prompts", i, "choices"), t("form.err.choices")))
    return out


LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def logo_problem(logo: str) -> str | None:
    """Why *logo* cannot name a form's logo: it is a path relative to the form's file, in
    the form's folder or below (a form that travels must not point elsewhere on a disk)."""
    parts = logo.replace("\\", "/").split("/")
    if logo.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", logo) or ".." in parts:
        return t("forms3.err.logo_relative")
    if not logo.lower().endswith(LOGO_SUFFIXES):
        return t("forms3.err.logo_kind", kinds=", ".join(LOGO_SUFFIXES))
    return None


def logo_file(inst: Instrument, form_path: Path | None) -> Path | None:
    """The form's logo file as its path says, beside *form_path* (None: the form has none)."""
    if inst.kop is None or not inst.kop.logo or logo_problem(inst.kop.logo):
        return None
    base = form_path.parent if form_path is not None else Path()
    return base / inst.kop.logo.replace("\\", "/")


def _element_problems(inst: Instrument, section: Section, ind: Indicator, at: Loc) -> list[tuple[Loc, str]]:
    """A behaviour (two-tier rating) names an element of its own section, rated on a
    numeric scale and not itself a behaviour; the behaviour is rated on a verbal scale."""
    element = next((other for other in section.indicators if other.id == ind.element), None)
    if element is None or element is ind:
        return [(at, t("forms3.err.element_unknown", value=ind.element))]
    if element.element is not None:
        return [(at, t("forms3.err.element_chain", value=element.id))]
    out: list[tuple[Loc, str]] = []
    if not inst.scale_of(section, element).numeric:
        out.append((at, t("forms3.err.element_scale", value=element.id)))
    if inst.scale_of(section, ind).numeric:
        out.append((at, t("forms3.err.behaviour_scale")))
    return out


def _v2_in_v1(inst: Instrument, model: BaseModel, loc: Loc) -> list[tuple[Loc, str]]:
    """A v2 field written in a file that says (or, by default, is) schema v1."""
    if inst.schema_version >= 2:
        return []
    out: list[tuple[Loc, str]] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if is_v2_field(type(model), name) and value != info.get_default(call_default_factory=True):
            out.append(((*loc, name), t("forms2.err.needs_v2")))
        elif isinstance(value, BaseModel):
            out.extend(_v2_in_v1(inst, value, (*loc, name)))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    out.extend(_v2_in_v1(inst, item, (*loc, name, i)))
    return out


def scale_problems(scale: Scale, at: Loc) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    seen_levels: dict[str, int] = {}
    seen_values: dict[int, int] = {}
    for i, level in enumerate(scale.levels):
        if level.key in seen_levels:
            out.append(((*at, "levels", i, "key"), t("form.err.duplicate", value=level.key)))
        seen_levels[level.key] = i
        if scale.kind is ScaleKind.verbal:
            if level.value is not None:
                out.append(((*at, "levels", i, "value"), t("form.err.verbal_value")))
        elif level.value is None:
            out.append(((*at, "levels", i, "value"), t("form.err.level_value")))
        elif level.value in seen_values:
            out.append(((*at, "levels", i, "value"), t("form.err.duplicate", value=level.value)))
        else:
            seen_values[level.value] = i
        if level.absent and scale.numeric and level.value not in (0, None):
            out.append(((*at, "levels", i, "value"), t("forms2.err.absent_value")))
    if scale.kind is ScaleKind.yesno and len(scale.levels) != 2:
        out.append(((*at, "levels"), t("form.err.yesno_levels")))
    if scale.numeric and seen_values and max(seen_values) <= 0:
        out.append(((*at, "levels"), t("form.err.no_positive")))
    absent = [i for i, level in enumerate(scale.levels) if level.absent]
    if len(absent) > 1:
        out.append(((*at, "levels", absent[1], "absent"), t("forms2.err.absent_twice")))
    if scale.presence is not None and not absent:
        out.append(((*at, "presence"), t("forms2.err.presence_without_absent")))
    if absent and scale.presence is None:
        out.append(((*at, "levels", absent[0], "absent"), t("forms2.err.absent_without_presence")))
    kinds: set[str] = set()
    for i, kind in enumerate(scale.na_kinds):
        if kind.key in kinds:
            out.append(((*at, "na_kinds", i, "key"), t("form.err.duplicate", value=kind.key)))
        kinds.add(kind.key)
        if kind.effect == "level":
            if kind.level is None:
                out.append(((*at, "na_kinds", i, "level"), t("form.err.missing")))
            elif scale.level(kind.level) is None:
                out.append(((*at, "na_kinds", i, "level"), t("form.err.rubric_level", value=kind.level)))
        elif kind.level is not None:
            out.append(((*at, "na_kinds", i, "level"), t("forms2.err.na_level_exclude")))
    return out


def _section_result_problems(rule: Scoring | None, bands: list[Band], at: Loc) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    if rule is not None and rule.method == "section_conversion":
        out.append(((*at, "scoring", "method"), t("forms2.err.section_conversion")))
    if rule is not None and rule.method == "conversion":
        out.extend(_conversion_problems(rule, (*at, "scoring")))
    if bands and rule is not None and not rule.predikat:
        out.append(((*at, "bands"), t("forms2.err.bands_no_predikat")))
    out.extend(_band_order(bands, (*at, "bands")))
    return out


def _band_order(bands: list[Band], at: Loc) -> list[tuple[Loc, str]]:
    return [
        ((*at, i), t("form.err.band_order", min=band.min, max=band.max))
        for i, band in enumerate(bands)
        if band.min > band.max
    ]


def form_warnings(inst: Instrument) -> list[tuple[Loc, str]]:
    """What a form says that the program reads one way of several: bands with gaps or
    overlaps, or not from 0 to the top of the result. The form is used; each warning names
    the reading the program applies (bands are read by their lower bounds)."""
    out: list[tuple[Loc, str]] = []
    if inst.scoring.predikat:
        out.extend(band_warnings(inst.bands, ("bands",), _range(inst, inst.scoring)))
    for s, section in enumerate(inst.sections):
        if section.bands:
            rule = section_rule(inst, section)
            out.extend(band_warnings(section.bands, ("sections", s, "bands"), _range(inst, rule, section)))
    return out


def _range(inst: Instrument, rule: Scoring, section: Section | None = None) -> tuple[Decimal, Decimal | None]:
    """The lowest and highest result *rule* can give (no highest where it depends on the items)."""
    if rule.percentage or rule.method == "section_conversion":
        return Decimal(0), Decimal(100)
    if rule.method == "conversion":
        values = [step.value for step in rule.conversion] or [0]
        return Decimal(min(values)), Decimal(max(values))
    if rule.method == "mean":
        scales = [
            scale
            for s, ind in inst.indicators()
            if (section is None or s is section) and (scale := inst.scale_of(s, ind)).numeric
        ]
        low = min((sc.min_value for sc in scales if sc.absent_level is None), default=0)
        return Decimal(low), Decimal(max((sc.max_value for sc in scales), default=0))
    return Decimal(0), None


def band_warnings(bands: list[Band], at: Loc, limits: tuple[Decimal, Decimal | None]) -> list[tuple[Loc, str]]:
    if not bands:
        return []
    bottom, top = limits
    out: list[tuple[Loc, str]] = []
    ordered = sorted(enumerate(bands), key=lambda pair: pair[1].min)
    step = band_step(bands)
    first_index, first = ordered[0]
    if first.min > bottom:
        out.append(((*at, first_index, "min"), t("forms2.warn.bands_start", min=first.min, label=first.label)))
    highest = max(bands, key=lambda b: b.max)
    if top is not None and highest.max != top:
        out.append((at, t("forms2.warn.bands_end", top=top, max=highest.max, label=ordered[-1][1].label)))
    for (_, low), (j, high) in zip(ordered, ordered[1:], strict=False):
        if high.min <= low.max:
            out.append(((*at, j, "min"), t("forms2.warn.band_overlap", a=low.label, b=high.label, min=high.min)))
        elif high.min - low.max > step:
            out.append(
                (
                    (*at, j, "min"),
                    t("forms2.warn.band_gap", a=low.label, b=high.label, low=low.max, high=high.min),
                )
            )
    return out


def band_step(bands: list[Band]) -> Decimal:
    """The step between two bands that touch, as they are printed: 1 for whole numbers
    (..-69, 70-..), 0.1 for one decimal (..-2.9, 3.0-..), and so on."""
    places = max((-int(n.as_tuple().exponent) for b in bands for n in (b.min, b.max)), default=0)
    return Decimal(1).scaleb(-max(places, 0))


def _conversion_problems(rule: Scoring, at: Loc) -> list[tuple[Loc, str]]:
    steps = sorted(rule.conversion, key=lambda c: c.above)
    if not steps:
        return [((*at, "conversion"), t("form.err.conversion_missing"))]
    out: list[tuple[Loc, str]] = []
    if steps[0].above != 0 or steps[-1].upto != 100:
        out.append(((*at, "conversion"), t("form.err.conversion_cover")))
    for a, b in zip(steps, steps[1:], strict=False):
        if b.above != a.upto:
            out.append(((*at, "conversion"), t("form.err.conversion_cover")))
            break
    return out


_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


def nesting_line(text: str, limit: int = MAX_NESTING) -> int | None:
    """The line on which *text* opens more than *limit* brackets or braces at once (not
    counting those inside strings or comments), or None."""
    depth = 0
    line = 1
    quote = ""
    escaped = comment = False
    for char in text:
        if char == "\n":
            line += 1
            comment = False
            if quote and len(quote) == 1:
                quote = ""  # a one-line string does not run on; TOML will say what is wrong
            continue
        if comment:
            continue
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def parse_form_text(text: str, name: str) -> tuple[Instrument | None, list[FormProblem]]:
    """Validate the TOML *text* of a form; *name* is how the file is named in messages."""
    deep = nesting_line(text)
    if deep is not None:
        return None, [FormProblem(name, deep, "", t("form.err.too_deep", limit=MAX_NESTING))]
    try:
        data = tomllib.loads(text)
    except RecursionError:
        return None, [FormProblem(name, None, "", t("form.err.too_deep", limit=MAX_NESTING))]
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POS.search(str(exc))
        line = int(match.group(1)) if match else None
        detail = _TOML_POS.sub("", str(exc)).strip()
        return None, [FormProblem(name, line, "", t("form.err.toml", detail=detail))]
    lines = line_map(text)
    # A form's texts reach the screen and the sheet: no control character or bidi override.
    bad_text = [FormProblem(name, find_line(lines, loc), field_name(loc), why) for loc, why in text_problems(data)]
    if bad_text:
        return None, bad_text
    try:
        inst = Instrument.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            problems.append(FormProblem(name, find_line(lines, loc), field_name(loc), pydantic_message(error)))
        return None, problems
    problems = [
        FormProblem(name, find_line(lines, loc), field_name(loc), message) for loc, message in semantic_problems(inst)
    ]
    return (None if problems else inst), problems


def load_form(path: Path) -> FormLoad:
    """Read and validate one form file; problems instead of exceptions."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FormLoad(path, None, (FormProblem(name, None, "", t("form.err.unreadable", detail=read_reason(exc))),))
    if len(raw) > MAX_FORM_BYTES:
        size = t("form.size", size=len(raw) // 1000, limit=MAX_FORM_BYTES // 1000)
        return FormLoad(path, None, (FormProblem(name, None, "", f"{t('form.err.too_big')} ({size})"),))
    kind = content_kind(raw)
    if kind:  # an empty file, a workbook, a PDF: said, rather than a list of missing fields
        is_book = kind_key(raw) == "bad.kind.xlsx"
        message = t("bad.form.is_workbook") if is_book else t("bad.form.not_toml", kind=kind)
        return FormLoad(path, None, (FormProblem(name, None, "", message),))
    if is_utf16(raw):  # Notepad's "Unicode": said, with how to save it again
        return FormLoad(path, None, (FormProblem(name, None, "", t("bad.form.utf16")),))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return FormLoad(path, None, (FormProblem(name, line, "", t("form.err.encoding")),))
    inst, problems = parse_form_text(text, name)
    return FormLoad(path, inst, tuple(problems), tuple(warnings_of(inst, text, name)) if inst else ())


def warnings_of(inst: Instrument, text: str, name: str) -> list[FormProblem]:
    """The form's warnings (see :func:`form_warnings`), placed in its TOML *text*."""
    lines = line_map(text)
    found = [FormProblem(name, find_line(lines, loc), field_name(loc), message) for loc, message in form_warnings(inst)]
    logo = logo_file(inst, Path(name))
    if logo is not None and not logo.is_file():
        found.append(
            FormProblem(name, find_line(lines, ("kop", "logo")), "kop.logo", t("forms3.warn.logo_missing", path=logo))
        )
    return found
