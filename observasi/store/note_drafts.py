"""The draft of an indicator's note, kept as it is typed (table made by m158): an open note
dialog's text survives the app being killed, and comes back when the record is reopened."""

from __future__ import annotations

from dataclasses import dataclass

from observasi.core.status import utc_now
from observasi.store.connection import Connection


@dataclass(frozen=True)
class NoteDraft:
    indicator_id: str
    note: str
    recommendation: str | None  # None: the form asks no recommendation for the indicator
    typed_at: str  # UTC, ISO


class NoteDraftTables(Connection):
    def keep_note_draft(self, obs_id: str, indicator_id: str, note: str, recommendation: str | None) -> None:
        """Keep what is typed in *obs_id*'s note dialog (the one draft of the record)."""
        with self.transaction() as conn:
            conn.execute(
                "insert into note_drafts (observation_id, indicator_id, note, recommendation, typed_at) "
                "values (?, ?, ?, ?, ?) on conflict (observation_id) do update set indicator_id = excluded.indicator_id, "
                "note = excluded.note, recommendation = excluded.recommendation, typed_at = excluded.typed_at",
                [obs_id, indicator_id, note, recommendation, utc_now()],
            )

    def note_draft(self, obs_id: str) -> NoteDraft | None:
        """The draft left in *obs_id*'s note dialog, if the dialog was open when the app ended."""
        rows = self._rows(
            "select indicator_id, note, recommendation, typed_at from note_drafts where observation_id = ?", [obs_id]
        )
        return NoteDraft(**rows[0]) if rows else None

    def drop_note_draft(self, obs_id: str) -> None:
        """The note was saved, or the dialog cancelled: nothing of it is kept beside the record."""
        with self.transaction() as conn:
            conn.execute("delete from note_drafts where observation_id = ?", [obs_id])
