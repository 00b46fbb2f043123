"""What is typed and not yet saved, kept as it is typed (table made by m158, keyed by place
since m160): an open note dialog's text and the live screen's half-typed evidence line
survive the app being killed, and come back when the record is reopened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from observasi.core.status import utc_now
from observasi.store.connection import Connection

# Where a draft was typed: an indicator's note dialog, or the live screen's evidence line
# (a line belongs to no indicator: its indicator_id is "").
Place = Literal["note", "line"]
NOTE: Place = "note"
LINE: Place = "line"


@dataclass(frozen=True)
class NoteDraft:
    indicator_id: str
    note: str
    recommendation: str | None  # None: the form asks no recommendation for the indicator
    typed_at: str  # UTC, ISO


class NoteDraftTables(Connection):
    def keep_note_draft(
        self, obs_id: str, indicator_id: str, note: str, recommendation: str | None, place: Place = NOTE
    ) -> None:
        """Keep what is typed in *obs_id*'s note dialog or evidence line (*place*; one draft each)."""
        with self.transaction() as conn:
            conn.execute(
                "insert into note_drafts (observation_id, place, indicator_id, note, recommendation, typed_at) "
                "values (?, ?, ?, ?, ?, ?) on conflict (observation_id, place) do update set "
                "indicator_id = excluded.indicator_id, note = excluded.note, "
                "recommendation = excluded.recommendation, typed_at = excluded.typed_at",
                [obs_id, place, indicator_id, note, recommendation, utc_now()],
            )

    def note_draft(self, obs_id: str, place: Place = NOTE) -> NoteDraft | None:
        """The draft left in *obs_id*'s note dialog (or evidence line), if it held text when the app ended."""
        rows = self._rows(
            "select indicator_id, note, recommendation, typed_at from note_drafts where observation_id = ? "
            "and place = ?",
            [obs_id, place],
        )
        return NoteDraft(**rows[0]) if rows else None

    def drop_note_draft(self, obs_id: str, place: Place = NOTE) -> None:
        """The note (or line) was saved, or deliberately thrown away: nothing of it is kept beside the record."""
        with self.transaction() as conn:
            conn.execute("delete from note_drafts where observation_id = ? and place = ?", [obs_id, place])
