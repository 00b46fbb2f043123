"""What the sheet says about a form's own constructs (schema v2), as plain text.

The item's answer on its own scale (a paired Ada/Tidak answer, a kind of N/A), a
section's own result and predikat, the form's names for its text blocks, and the
summaries of tallies and snapshots. No reportlab here: :mod:`observasi.sheet.build`
lays these out.
"""

from __future__ import annotations

from observasi.core.instrument import Indicator, Instrument, Scale
from observasi.core.predikat import predikat_text
from observasi.core.record import Observation, Rating
from observasi.core.scoring import ScoreResult, SectionScore, counted_value
from observasi.core.snapshots import snapshot_summary, tally_counts
from observasi.i18n import t
from observasi.sheet.content import number_text


def answer_text(scale: Scale, rating: Rating | None, lang: str, ind: Indicator | None = None) -> str:
    """A rating as the sheet prints it: ``3 (Baik)``, ``Ada, 3 (Baik)``, ``Tidak ada``,
    the N/A kind's label, or ``-``; on a reverse-keyed item, also what it counts for."""
    if rating is None or not rating.scored:
        return "-"
    if rating.na:
        kind = scale.na_kind(rating.level)
        return (
            kind.label if kind is not None else (scale.na_label if scale.na_kinds else "") or t("score.na", lang=lang)
        )
    level = scale.level(rating.level or "")
    if level is None:
        return rating.level or "-"
    if level.absent:
        return level.label
    text = level.label if level.value is None or level.label == str(level.value) else f"{level.value} ({level.label})"
    if ind is not None and ind.reverse and level.value is not None:
        text += " " + t("forms2.sheet.reversed", lang=lang, value=counted_value(scale, ind, level.value))
    if scale.presence is None or level.label.casefold().startswith(scale.presence.present_label.casefold()):
        return text  # "3 (Ada, lengkap)" says it is there already: no "Ada, 3 (Ada, lengkap)"
    return f"{scale.presence.present_label}, {text}"


def section_result_text(score: SectionScore, lang: str) -> str:
    """The section's line beside its total: its nilai (as schema 1 printed it), or its own
    result by its method, with its predikat where it has bands."""
    if not score.maximum and score.result is None:
        return t("sheet.section_nilai", lang=lang, nilai="-")
    if score.method in ("sum", "percentage"):
        text = t("sheet.section_nilai", lang=lang, nilai=number_text(score.nilai, lang) if score.maximum else "-")
    else:
        value = number_text(score.result, lang, score.decimals)
        text = t(f"forms2.sheet.section_{score.method}", lang=lang, value=value)
    return f"{text} \u2014 {predikat_text(score.predikat, lang)}" if score.predikat else text


def tally_line(inst: Instrument, obs: Observation, lang: str) -> str:
    """``Pertanyaan guru: 12 · Pertanyaan siswa: 4`` (empty when the form counts nothing)."""
    counts = tally_counts(inst, obs.tallies)
    return " \u00b7 ".join(f"{c.label}: {c.count}" for c in counts)


def snapshot_lines(inst: Instrument, obs: Observation, lang: str) -> list[str]:
    """One line per summed prompt: the share of snapshots per answer, or the mean count."""
    lines = []
    for summary in snapshot_summary(inst, obs.snapshots):
        if summary.kind == "choice":
            shares = " \u00b7 ".join(
                f"{share.answer} {number_text(share.percent, lang, 1)}%" for share in summary.shares if share.count
            )
            lines.append(
                t(
                    "forms2.sheet.snapshot_choice",
                    lang=lang,
                    label=summary.label,
                    n=summary.answered,
                    shares=shares or "-",
                )
            )
        else:
            mean = number_text(summary.mean, lang, 1)
            lines.append(
                t("forms2.sheet.snapshot_count", lang=lang, label=summary.label, n=summary.answered, mean=mean)
            )
    return lines


def block_heading(inst: Instrument, block: str, lang: str) -> str:
    """The heading of a text block: the form's own name, else the program's."""
    return inst.heading(block) or t(f"sheet.h.{block}", lang=lang)


def focus_label(inst: Instrument, lang: str) -> str:
    """What the agreed focus is called: the form's target behaviour label (PMM: Fokus perilaku)."""
    if inst.target_behaviours is not None:
        return inst.target_behaviours.label
    return t("sheet.id.focus", lang=lang)


def identity_pairs(inst: Instrument, obs: Observation, lang: str) -> list[tuple[str, str, str, str]]:
    """The form's identity fields as rows of two (label, value, label, value); an answer
    the record holds for a field the form no longer declares is printed under its id."""
    items = [(f.label, obs.identity.get(f.id, "").strip() or "-") for f in inst.identity]
    declared = {f.id for f in inst.identity}
    items += [(key, value) for key, value in obs.identity.items() if key not in declared and value.strip()]
    rows = []
    for i in range(0, len(items), 2):
        left = items[i]
        right = items[i + 1] if i + 1 < len(items) else ("", "")
        rows.append((left[0], left[1], right[0], right[1]))
    return rows


def result_formula(result: ScoreResult, lang: str) -> str:
    """How the printed result was formed, by the form's method."""
    if result.method in ("sum", "percentage", "section_conversion"):
        return t("sheet.total.formula", lang=lang)
    return t(f"forms2.sheet.formula_{result.method}", lang=lang)
