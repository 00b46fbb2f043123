"""What was typed beside a record and never saved in it: the note drafts (the live screen's
evidence line, an indicator's note dialog) an ended app left (observasi.store.note_drafts).

When the record is made final, the drafts whose text is in the record (or blank) go with
its other lesson leftovers; a draft holding text nobody saved stays (an amendment's scores
screen brings it back) and the finalise question names it first: nothing typed is
dropped by finalising."""

from __future__ import annotations

from observasi.core.record import Observation
from observasi.store.note_drafts import LINE, NOTE, Place
from observasi.store.store import Store


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def unsaved_drafts(store: Store, obs: Observation) -> dict[Place, str]:
    """The drafts of *obs* holding text that is not in it, by place: the text as typed
    (a note's with its indicator's id before it)."""
    out: dict[Place, str] = {}
    line = store.note_draft(obs.id, LINE)
    if line is not None and line.note.strip() and not any(_same(line.note, e.text) for e in obs.evidence):
        out[LINE] = line.note.strip()
    note = store.note_draft(obs.id, NOTE)
    if note is not None:
        rating = obs.ratings.get(note.indicator_id)
        saved_note, saved_rec = (rating.note, rating.recommendation) if rating is not None else ("", "")
        typed = [(note.note, saved_note), (note.recommendation or "", saved_rec)]
        if any(text.strip() and not _same(text, saved) for text, saved in typed):
            out[NOTE] = f"{note.indicator_id}: " + " / ".join(text.strip() for text, _ in typed if text.strip())
    return out


def tidy_after_final(store: Store, obs: Observation) -> None:
    """*obs* was just made final: drop what was kept beside it for its lesson, except a
    draft holding text nobody saved."""
    keep = unsaved_drafts(store, obs)
    store.tidy_after_final(obs.id, [place for place in (LINE, NOTE) if place not in keep])
