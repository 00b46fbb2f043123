"""What the snapshots and tallies of one observation add up to, for the sheet and the recap.

A snapshot (Stallings, Teach time-on-task) asks the same prompts at fixed intervals; its
summary is the share of snapshots per answer of a choice prompt, and the mean of a count
prompt (students off task). Text prompts are read one by one, not summed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from observasi.core.instrument import Instrument
from observasi.core.record import SnapshotEntry


@dataclass(frozen=True)
class AnswerShare:
    answer: str
    count: int
    percent: Decimal  # of the snapshots that answered the prompt, one decimal


@dataclass(frozen=True)
class PromptSummary:
    prompt_id: str
    label: str
    kind: str  # "choice" or "count"
    answered: int  # snapshots with an answer to this prompt
    shares: list[AnswerShare]  # choice: every choice in the form's order, then answers it does not list
    mean: Decimal | None = None  # count: the mean, one decimal


def _one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def snapshot_summary(inst: Instrument, snapshots: Sequence[SnapshotEntry]) -> list[PromptSummary]:
    if inst.snapshot is None or not snapshots:
        return []
    counted: dict[str, Counter[str]] = {prompt.id: Counter() for prompt in inst.snapshot.prompts}
    for snapshot in snapshots:
        for prompt_id, answers in counted.items():
            answer = snapshot.values.get(prompt_id, "").strip()
            if answer:
                answers[answer] += 1
    return answers_summary(inst, counted)


def answers_summary(inst: Instrument, counted: Mapping[str, Mapping[str, int]]) -> list[PromptSummary]:
    """The summary of snapshots from each prompt's answers counted (stripped, none empty;
    in the order first given): what the recap counts in SQL over many records."""
    if inst.snapshot is None:
        return []
    out: list[PromptSummary] = []
    for prompt in inst.snapshot.prompts:
        given = counted.get(prompt.id, {})
        answered = sum(given.values())
        if prompt.kind == "choice":
            counts: dict[str, int] = dict.fromkeys(prompt.choices, 0)
            for answer, n in given.items():
                counts[answer] = counts.get(answer, 0) + n
            shares = [
                AnswerShare(answer, n, _one_decimal(Decimal(n) * 100 / answered) if answered else Decimal(0))
                for answer, n in counts.items()
            ]
            out.append(PromptSummary(prompt.id, prompt.label, "choice", answered, shares))
        elif prompt.kind == "count":
            numbers = {answer: n for answer, n in given.items() if answer.isdigit()}
            how_many = sum(numbers.values())
            total = sum((Decimal(answer) * n for answer, n in numbers.items()), Decimal(0))
            mean = _one_decimal(total / how_many) if how_many else None
            out.append(PromptSummary(prompt.id, prompt.label, "count", how_many, [], mean))
    return out


@dataclass(frozen=True)
class TallyCount:
    name: str
    label: str
    count: int


def tally_counts(inst: Instrument, tallies: Mapping[str, int]) -> list[TallyCount]:
    """Every tally the form declares, in its order (0 where none was counted), then any
    tally the record holds that the form no longer declares (kept, never dropped)."""
    declared = [TallyCount(t.name, t.label, tallies.get(t.name, 0)) for t in inst.tallies]
    known = {t.name for t in inst.tallies}
    return declared + [TallyCount(name, name, n) for name, n in tallies.items() if name not in known]
