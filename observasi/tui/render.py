"""How a record's parts are shown on screen: the clock, the score line, an evidence line,
a level mark, the rubric of an indicator, a local time, a value as typed. Plain functions of what the
record service returns; the screens compose them."""

from __future__ import annotations

from rich.console import JustifyMethod
from rich.text import Text

from observasi.core.instrument import Indicator, Instrument, Scale
from observasi.core.lesson import elapsed_seconds
from observasi.core.numbers import number_text
from observasi.core.predikat import predikat_text
from observasi.core.record import Evidence, Observation, Rating
from observasi.core.scoring import ScoreResult
from observasi.core.status import Status, parse_utc
from observasi.core.text import displayable
from observasi.i18n import t

RECENT_TAGGED = 3


def plain(value: object, style: str = "", justify: JustifyMethod | None = None) -> Text:
    """A value shown as typed (None as nothing): a name with [brackets] is not markup, and
    a control character or a bidi override stored before the program refused them
    (``ESC[2J`` in a name) does not reach the terminal."""
    return Text(displayable("" if value is None else str(value)), style=style, justify=justify)


def clock_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:d}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def local_time(utc_text: str) -> str:
    """A stored UTC time as this laptop's local day and time."""
    return parse_utc(utc_text).astimezone().strftime("%d-%m-%Y %H:%M")


def lesson_line(record: Observation) -> Text:
    """The live screen's top line: the clock (or the lesson's state), the stage, the teacher."""
    # Clock and stage first: on a narrow terminal the names are what gets cut.
    info = Text(no_wrap=True, overflow="ellipsis")
    if record.status is Status.draft:
        info.append(t("tui.live.not_started"), style="bold yellow")
    elif record.status is Status.observing:
        info.append("⏱ " + clock_text(elapsed_seconds(record)), style="bold")
        if record.paused_at:
            info.append(" " + t("tui.live.paused"), style="bold yellow")
        if record.current_stage:
            info.append("  " + t("tui.live.stage", stage=t(f"stage.{record.current_stage}")), style="bold cyan")
    else:
        info.append(t("tui.live.lesson_over", minutes=elapsed_seconds(record) // 60), style="bold")
    info.append("  ")
    info.append(displayable(record.teacher.name), style="bold")
    info.append(displayable(f" · {record.class_name}") if record.class_name else "")
    info.append(displayable(f" · {record.subject}") if record.subject else "")
    return info


def score_line(result: ScoreResult, inst: Instrument, *, final: bool = False, width: int | None = None) -> str:
    """Scored / total and the nilai, or the level counts of a verbal form. The nilai is
    "sementara" while indicators are unscored or the observation is not *final* yet.

    A verbal form's counts named by their levels run past 80 columns (three PMM levels
    take 70 characters): longer than *width*, each count goes under the digit that gives
    its level, as the rubric lists them, so every count stays on the line."""
    parts = [t("tui.live.scored", scored=result.scored, total=result.total)]
    if result.numeric:
        if result.nilai is not None:
            label = "tui.live.nilai_provisional" if result.provisional or not final else "tui.live.nilai"
            parts.append(t(label, nilai=number_text(result.nilai), predikat=predikat_text(result.predikat) or ""))
        return " · ".join(parts)
    levels = inst.scale.levels
    named = " · ".join([*parts, ", ".join(f"{lv.label}: {result.level_counts.get(lv.key, 0)}" for lv in levels)])
    if width is None or len(named) <= width:
        return named
    # The digit the rubric and the keys give each level (by value, 0 for "Tidak ada"), the
    # level's name where it has none (a tenth level).
    keys = inst.scale.digits()
    digits = " · ".join(f"{keys.get(lv.key, lv.label)}: {result.level_counts.get(lv.key, 0)}" for lv in levels)
    return " · ".join([*parts, t("ux8w.live.level_counts", counts=digits)])


def evidence_line(item: Evidence, *, whole: bool = False) -> Text:
    """`` 12' [IN3] Siswa bertanya ...``: the lesson minute, the tag, the text. One line,
    cut with "…" where the live screen has a line for it; *whole*: wrapped, every word
    (the read-only view, where it is read afterwards)."""
    text = Text() if whole else Text(no_wrap=True, overflow="ellipsis")
    minute = "–" if item.minute is None else f"{item.minute}'"
    text.append(f"{minute:>4} ", style="bold")
    if item.indicator_id:
        text.append(f"[{item.indicator_id}] ", style="bold cyan")
    text.append(displayable(item.text))
    return text


def recent_evidence(record: Observation, count: int) -> Text:
    """The latest *count* evidence lines, oldest first (or a dim word that there are none)."""
    recent = record.evidence[-count:] if count else []
    if not recent:
        return Text(t("tui.live.no_evidence"), style="dim")
    return Text("\n").join(evidence_line(item) for item in recent)


def level_mark(scale: Scale, rating: Rating | None) -> str:
    """What a list shows for a rating: the level's number, N/A, or a dot."""
    if rating is None or not rating.scored:
        return "·"
    if rating.na:
        kind = scale.na_kind(rating.level)
        return kind.key.upper() if kind is not None else t("score.na")
    level = scale.level(rating.level or "")
    if level is None:
        return "?"
    if level.value is not None:
        return str(level.value)
    return str(scale.levels.index(level) + 1)


def rubric(record: Observation, inst: Instrument, indicator_id: str, *, compact: bool = False) -> Text:
    """An indicator with its levels, each under the digit that gives it, the chosen one
    highlighted; its evidence prompt, note, recommendation and latest tagged evidence.

    *compact* (a narrow terminal): one line per level, abbreviated with "…" where it is
    longer than the box, and the indicator on one line, so every level shows in the five
    rows an 80x24 screen has for it; f4 shows the whole text (the hint says so)."""
    ind = inst.indicator(indicator_id)
    section = inst.section_of(indicator_id)
    text = Text(no_wrap=True, overflow="ellipsis") if compact else Text()
    if ind is None or section is None:
        return text
    rating = record.ratings.get(indicator_id)
    scale = inst.scale_of(section, ind)
    described = any(ind.rubric.get(level.key) or level.description for level in scale.levels)
    text.append(f"{ind.id} ", style="bold")
    if compact:
        if described or ind.evidence_prompt:  # there is more than the box shows
            text.append(t("firstday.live.rubric_hint") + " ", style="dim")
    else:
        text.append(section.title, style="dim")
        if ind.competency:
            text.append(f" · {ind.competency.value}", style="dim")
        text.append("\n")
    text.append(ind.text + "\n", style="bold")
    text.append_text(two_tier_line(record, inst, ind))
    digits = scale.digits()
    for level in scale.levels:
        chosen = rating is not None and not rating.na and rating.level == level.key
        style = "bold reverse" if chosen else ""
        line = Text(f"{digits.get(level.key, '·')} {level.label}", style=style or "bold")
        descriptor = ind.rubric.get(level.key) or level.description
        if descriptor:
            line.append(f": {descriptor}", style=style)
        text.append_text(line)
        # Levels without descriptors fit on one line (small terminals need the room).
        text.append("\n" if described else "  ")
    if scale.allow_na:
        label = scale.na_label or t("score.na")
        plain_na = rating is not None and rating.na and scale.na_kind(rating.level) is None
        text.append(f"− {label}", style="bold reverse" if plain_na else "dim")
    for kind in scale.na_kinds:
        chosen_kind = rating is not None and rating.na and rating.level == kind.key
        text.append(f"  {kind.key} {kind.label}", style="bold reverse" if chosen_kind else "dim")
    if not text.plain.endswith("\n"):
        text.append("\n")
    if ind.evidence_prompt:
        text.append(ind.evidence_prompt + "\n", style="italic dim")
    if rating is not None and rating.note:
        text.append(t("tui.live.note_label") + " ", style="bold")
        text.append(rating.note + "\n")
    if rating is not None and rating.recommendation:
        text.append(t("tui.note.recommendation") + ": ", style="bold")
        text.append(rating.recommendation + "\n")
    tagged = [e for e in record.evidence if e.indicator_id == indicator_id]
    if tagged:
        text.append(t("tui.live.tagged", count=len(tagged)) + "\n", style="bold")
        for item in tagged[-RECENT_TAGGED:]:
            text.append_text(evidence_line(item))
            text.append("\n")
    return text


def two_tier_line(record: Observation, inst: Instrument, ind: Indicator) -> Text:
    """For an element (two-tier rating): its behaviours' answers and the score they
    suggest; for a behaviour: the element it guides. Empty for any other item."""
    from observasi.core.two_tier import behaviours_of, element_suggestion

    text = Text(no_wrap=True, overflow="ellipsis")
    if ind.element is not None:
        text.append(t("forms3.live.behaviour_of", id=ind.element) + "\n", style="dim")
        return text
    behaviours = behaviours_of(inst, ind.id)
    if not behaviours:
        return text
    marks = " · ".join(f"{b.id} {level_mark(inst.scale_for(b.id), record.ratings.get(b.id))}" for b in behaviours)
    text.append(f"{t('forms3.live.behaviours')}: {marks}", style="dim")
    suggested = element_suggestion(inst, ind.id, record.ratings)
    if suggested is not None:
        digit = inst.scale_for(ind.id).digits().get(suggested.key, suggested.key)
        text.append(" → " + t("forms3.live.suggestion", key=digit, label=suggested.label), style="bold")
    text.append("\n")
    return text


def tallies_line(record: Observation, inst: Instrument) -> Text:
    """``g Pertanyaan guru 2 · s Pertanyaan siswa 1``: each tally's key, label and count."""
    text = Text(no_wrap=True, overflow="ellipsis")
    for i, tally in enumerate(inst.tallies):
        if i:
            text.append(" · ")
        text.append(tally.key, style="bold reverse")
        text.append(f" {tally.label} ")
        text.append(str(record.tallies.get(tally.name, 0)), style="bold")
    return text
