"""What ``observasi show`` prints below a record's header: everything a person typed in it
(the ratings with each indicator's note and recommendation, the agreed focus, the
pre-observation notes, the teacher's reflection, strengths, areas to improve), wrapped to
80 columns. Nothing typed is left out of the record the command line shows."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.i18n import get_language, t
from observasi.sheet.form_text import answer_text, block_heading, focus_label

WIDTH = 80


def wrapped(text: str, first: str, rest: str, width: int = WIDTH) -> list[str]:
    """*text* in lines of at most *width* columns, the first after *first*, the others (and
    each line the person began anew) after *rest*."""
    lines: list[str] = []
    for i, paragraph in enumerate(text.strip().splitlines() or [""]):
        lead = first if i == 0 else rest
        lines += textwrap.wrap(
            paragraph, width, initial_indent=lead, subsequent_indent=rest, break_on_hyphens=False
        ) or [lead.rstrip()]
    return lines


def lesson_blocks(obs: Observation, inst: Instrument) -> Iterator[str]:
    """The agreed focus, the pre-observation notes and the ratings with their notes, each
    block after an empty line and its heading."""
    lang = get_language()
    for heading, text in ((focus_label(inst, lang), obs.focus), (t("ux6.sheet.pre_notes"), obs.pre_notes)):
        if text.strip():
            yield from ("", f"{heading}:", *wrapped(text, "  ", "  "))
    yield from _ratings(obs, inst, lang)


def after_lesson_blocks(obs: Observation, inst: Instrument) -> Iterator[str]:
    """The teacher's reflection (each question and its answer), the strengths and the areas
    to improve, under the form's own headings."""
    lang = get_language()
    asked = {q.id for q in inst.reflection}
    answers = [(q.text, obs.reflection.get(q.id, "")) for q in inst.reflection]
    answers += [(key, text) for key, text in obs.reflection.items() if key not in asked]
    if any(text.strip() for _, text in answers):
        yield from ("", f"{block_heading(inst, 'reflection', lang)}:")
        for question, text in answers:
            if text.strip():
                yield from (*wrapped(question, "  ", "  "), *wrapped(text, "    ", "    "))
    for block in ("strengths", "improvements"):
        text = getattr(obs, block)
        if text.strip():
            yield from ("", f"{block_heading(inst, block, lang)}:", *wrapped(text, "  ", "  "))


def _ratings(obs: Observation, inst: Instrument, lang: str) -> Iterator[str]:
    """One line per answered indicator in the form's order (its id and answer), its note
    and recommendation wrapped under it."""
    order = {ind.id: i for i, (_, ind) in enumerate(inst.indicators())}
    ratings = sorted(obs.ratings.values(), key=lambda r: (order.get(r.indicator_id, len(order)), r.indicator_id))
    ratings = [r for r in ratings if r.scored or r.note.strip() or r.recommendation.strip()]
    if not ratings:
        return
    width = max(len(r.indicator_id) for r in ratings)
    yield from ("", f"{t('fx10f.show.ratings')}:")
    for rating in ratings:
        ind = inst.indicator(rating.indicator_id)
        answer = answer_text(inst.scale_for(rating.indicator_id), rating, lang, ind)
        yield f"  {rating.indicator_id.ljust(width)}  {answer}"
        under = " " * (width + 4)
        for key, text in (("fx10f.show.note", rating.note), ("fx10f.show.recommendation", rating.recommendation)):
            if text.strip():
                label = f"{t(key)}: "
                yield from wrapped(text, under + label, under + " " * len(label))
