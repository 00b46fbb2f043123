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
    """An observation under way whose clock is not paused (None: no clock runs), among
    those c continues (:func:`~observasi.queries.observations.continuable`): the quit
    question promises "open it again and press c"."""
    store = context.store
    for item in continuable(context):
        if item.status != Status.observing.value:
            continue
        obs = store.get_observation(item.id)
        if obs.started_at and not obs.paused_at:
            return RunningLesson(item.id, item.teacher_name, elapsed_seconds(obs) // 60)
    return None
