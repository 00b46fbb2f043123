"""The lesson whose clock is running, if any: what quitting the app must ask about."""

from __future__ import annotations

from dataclasses import dataclass

from observasi.context import AppContext
from observasi.core.lesson import elapsed_seconds
from observasi.core.status import Status
from observasi.queries.observations import continuable


@dataclass(frozen=True)
class RunningLesson:
    obs_id: str
    teacher_name: str
    minutes: int


def running_lesson(context: AppContext) -> RunningLesson | None:
    """The observation c continues (:func:`~observasi.queries.observations.continuable`'s
    first) when its clock runs (None: no clock runs). The quit question names it and
    promises "open it again and press c": continuable puts a running clock first, so
    with two lessons under way both name the same one (they named two)."""
    first = continuable(context, limit=1)
    if not first or not first[0].running:
        return None
    obs = context.store.get_observation(first[0].id)
    if obs.status is not Status.observing or not obs.started_at or obs.paused_at:
        return None  # changed since the list was read (another window, a sync)
    return RunningLesson(obs.id, first[0].teacher_name, elapsed_seconds(obs) // 60)
