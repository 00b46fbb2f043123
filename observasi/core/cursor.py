"""Where the live screen's cursor goes back to when a lesson is reopened (c after the app
was killed, the battery flat, or left with Esc).

The cursor is not part of the record: moving it changes nothing a colleague or the sheet
sees, so it is never a change of the record. Most of the time it need not be kept at all:
a digit scores the indicator under the cursor and moves on, so the indicator after the
one scored last is where the cursor is (:func:`after_last_scored`). Only when the
observer moved away from there (back to reread a rubric, down to another section) is the
place kept beside the record, with a mark of the scores it was kept at
(:func:`scores_mark`): a score given after that (and the kill before the next keep) makes
the kept place older than the scores, and the place after the last score wins.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from observasi.core.instrument import Instrument
from observasi.core.record import Observation, Rating


def scores_mark(ratings: Mapping[str, Rating]) -> str:
    """A short digest of what is scored (levels and N/A, not notes): it changes with every
    score given, changed or taken back."""
    text = ";".join(f"{key}={r.level or ''}{'/na' if r.na else ''}" for key, r in sorted(ratings.items()) if r.scored)
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:16]


def after_last_scored(obs: Observation, inst: Instrument) -> str | None:
    """The indicator after the one scored last (where the cursor went when it was scored);
    when that was the form's last indicator or nothing is scored: the first unscored one,
    else the first (last) indicator. None: the form has no indicators."""
    ids = [ind.id for _, ind in inst.indicators()]
    if not ids:
        return None
    order = {key: index for index, key in enumerate(ids)}
    scored = [(r.updated_at, order[key]) for key, r in obs.ratings.items() if r.scored and key in order]
    if scored:
        _, index = max(scored)  # scored in the same second: the later in the form's order
        if index + 1 < len(ids):
            return ids[index + 1]
    unscored = [key for key in ids if not (key in obs.ratings and obs.ratings[key].scored)]
    if unscored:
        return unscored[0]
    return ids[-1] if scored else ids[0]


def place_to_keep(obs: Observation, inst: Instrument, at: str) -> dict[str, str] | None:
    """What to keep of the cursor resting on *at*: None when the scores already say it
    (:func:`after_last_scored`), so scoring in order keeps nothing."""
    if at == after_last_scored(obs, inst):
        return None
    return {"at": at, "scores": scores_mark(obs.ratings)}


def resume_indicator(obs: Observation, inst: Instrument, kept: Mapping[str, str] | None) -> str | None:
    """The indicator the cursor goes back to: the place *kept* (``{"at": id, "scores":
    mark}``) while the scores are still those it was kept with, else :func:`after_last_scored`."""
    if kept and inst.indicator(kept.get("at", "")) is not None and kept.get("scores") == scores_mark(obs.ratings):
        return kept["at"]
    return after_last_scored(obs, inst)
