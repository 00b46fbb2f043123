"""Where the live screen's cursor goes back to (observasi.core.cursor): after the last
score, or the place kept while the scores are still those it was kept with."""

from __future__ import annotations

from observasi.core import changes as ch
from observasi.core.cursor import after_last_scored, place_to_keep, resume_indicator
from tests.core.test_lesson import MINI, draft, run


def test_the_cursor_follows_the_last_score_not_the_first_unscored() -> None:
    """R1, then I2 scored (I1 skipped): the cursor went on to I3, not back to R2."""
    record = run(draft(), (0, ch.StartLesson("pendahuluan")), (10, ch.Rate("R1", "3")), (20, ch.Rate("I2", "2")))
    assert after_last_scored(record, MINI) == "I3"
    assert resume_indicator(record, MINI, None) == "I3"
    # The last indicator scored last: the first one left unscored.
    record = run(record, (30, ch.Rate("I3", "4")))
    assert after_last_scored(record, MINI) == "R2"
    assert after_last_scored(draft(), MINI) == "R1"


def test_a_kept_place_holds_until_a_score_is_given_after_it() -> None:
    record = run(draft(), (0, ch.StartLesson("pendahuluan")), (10, ch.Rate("R1", "3")))
    assert place_to_keep(record, MINI, "R2") is None  # the scores say it: nothing to write
    kept = place_to_keep(record, MINI, "I2")
    assert kept is not None and resume_indicator(record, MINI, kept) == "I2"
    # A note is no score: the place still holds.
    noted = run(record, (15, ch.SetNote("R1", "contoh")))
    assert resume_indicator(noted, MINI, kept) == "I2"
    rescored = run(record, (20, ch.Rate("I2", "2")))
    assert resume_indicator(rescored, MINI, kept) == "I3"
    # A place on an indicator the form does not have (another version of it) is not used.
    assert resume_indicator(record, MINI, {"at": "X9", "scores": kept["scores"]}) == "R2"
