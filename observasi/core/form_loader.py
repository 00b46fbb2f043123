"""Reading instrument files: TOML -> validated :class:`Instrument`, or a list of problems.

Every problem names the file, the line (where it can be known) and the field, in the
UI language: ``supervisi.toml:42: sections[2].indicators[1].id: ...``. A broken file
never stops the others from loading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from observasi.core.instrument import Instrument, ScaleKind
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


def _pydantic_message(error: ErrorDetails) -> str:
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


def semantic_problems(inst: Instrument) -> list[tuple[tuple[str | int, ...], str]]:
    """Rules pydantic's field types cannot say: uniqueness, coverage, consistency."""
    out: list[tuple[tuple[str | int, ...], str]] = []
    scale = inst.scale

    seen_levels: dict[str, int] = {}
    seen_values: dict[int, int] = {}
    for i, level in enumerate(scale.levels):
        if level.key in seen_levels:
            out.append((("scale", "levels", i, "key"), t("form.err.duplicate", value=level.key)))
        seen_levels[level.key] = i
        if scale.kind is ScaleKind.verbal:
            if level.value is not None:
                out.append((("scale", "levels", i, "value"), t("form.err.verbal_value")))
        elif level.value is None:
            out.append((("scale", "levels", i, "value"), t("form.err.level_value")))
        elif level.value in seen_values:
            out.append((("scale", "levels", i, "value"), t("form.err.duplicate", value=level.value)))
        else:
            seen_values[level.value] = i
    if scale.kind is ScaleKind.yesno and len(scale.levels) != 2:
        out.append((("scale", "levels"), t("form.err.yesno_levels")))
    if scale.numeric and seen_values and max(seen_values) <= 0:
        out.append((("scale", "levels"), t("form.err.no_positive")))

    if scale.numeric:
        out.extend(_band_problems(inst))
    elif inst.bands:
        out.append((("bands",), t("form.err.verbal_bands")))
    if inst.scoring.method == "section_conversion":
        if not scale.numeric:
            out.append((("scoring", "method"), t("form.err.conversion_verbal")))
        out.extend(_conversion_problems(inst))

    ids: dict[str, tuple[str | int, ...]] = {}
    for s, section in enumerate(inst.sections):
        if section.id in ids:
            out.append((("sections", s, "id"), t("form.err.duplicate", value=section.id)))
        ids[section.id] = ("sections", s, "id")
        if section.stage is not None and section.phase != "execution":
            out.append((("sections", s, "stage"), t("form.err.stage_phase")))
        for i, ind in enumerate(section.indicators):
            loc = ("sections", s, "indicators", i)
            if ind.id in ids:
                out.append((loc + ("id",), t("form.err.duplicate", value=ind.id)))
            ids[ind.id] = loc + ("id",)
            for level_key in ind.rubric:
                if level_key not in seen_levels:
                    out.append((loc + ("rubric", level_key), t("form.err.rubric_level", value=level_key)))
    for q, question in enumerate(inst.reflection):
        if question.id in ids:
            out.append((("reflection", q, "id"), t("form.err.duplicate", value=question.id)))
        ids[question.id] = ("reflection", q, "id")

    names: set[str] = set()
    keys: set[str] = set()
    for i, tally in enumerate(inst.tallies):
        if tally.name in names:
            out.append((("tallies", i, "name"), t("form.err.duplicate", value=tally.name)))
        names.add(tally.name)
        if tally.key in keys:
            out.append((("tallies", i, "key"), t("form.err.duplicate", value=tally.key)))
        elif tally.key in RESERVED_KEYS:
            out.append((("tallies", i, "key"), t("form.err.reserved_key", value=tally.key)))
        keys.add(tally.key)
    if inst.snapshot:
        for i, prompt in enumerate(inst.snapshot.prompts):
            if prompt.kind == "choice" and not prompt.choices:
                out.append((("snapshot", "prompts", i, "choices"), t("form.err.choices")))
    return out


def _band_problems(inst: Instrument) -> list[tuple[tuple[str | int, ...], str]]:
    out: list[tuple[tuple[str | int, ...], str]] = []
    if not inst.bands:
        return [(("bands",), t("form.err.bands_missing"))]
    for i, band in enumerate(inst.bands):
        if band.min > band.max:
            out.append((("bands", i), t("form.err.band_order", min=band.min, max=band.max)))
    ordered = sorted(enumerate(inst.bands), key=lambda pair: pair[1].min)
    if ordered[0][1].min != 0:
        out.append((("bands", ordered[0][0], "min"), t("form.err.bands_start")))
    if max(b.max for b in inst.bands) != 100:
        out.append((("bands",), t("form.err.bands_end")))
    for (_, low), (j, high) in zip(ordered, ordered[1:], strict=False):
        if high.min <= low.max:
            out.append((("bands", j, "min"), t("form.err.band_overlap", a=low.label, b=high.label)))
        elif high.min - low.max > 1:
            out.append(
                (("bands", j, "min"), t("form.err.band_gap", a=low.label, b=high.label, low=low.max, high=high.min))
            )
    return out


def _conversion_problems(inst: Instrument) -> list[tuple[tuple[str | int, ...], str]]:
    steps = sorted(inst.scoring.conversion, key=lambda c: c.above)
    if not steps:
        return [(("scoring", "conversion"), t("form.err.conversion_missing"))]
    out: list[tuple[tuple[str | int, ...], str]] = []
    if steps[0].above != 0 or steps[-1].upto != 100:
        out.append((("scoring", "conversion"), t("form.err.conversion_cover")))
    for a, b in zip(steps, steps[1:], strict=False):
        if b.above != a.upto:
            out.append((("scoring", "conversion"), t("form.err.conversion_cover")))
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
            problems.append(FormProblem(name, find_line(lines, loc), field_name(loc), _pydantic_message(error)))
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
        return FormLoad(
            path, None, (FormProblem(name, None, "", t("form.err.unreadable", detail=exc.strerror or exc)),)
        )
    if len(raw) > MAX_FORM_BYTES:
        size = t("form.size", size=len(raw) // 1000, limit=MAX_FORM_BYTES // 1000)
        return FormLoad(path, None, (FormProblem(name, None, "", f"{t('form.err.too_big')} ({size})"),))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return FormLoad(path, None, (FormProblem(name, line, "", t("form.err.encoding")),))
    inst, problems = parse_form_text(text, name)
    return FormLoad(path, inst, tuple(problems))
