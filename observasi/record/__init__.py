"""The live-record service: the one way a record is read with its score and changed."""

from observasi.record.drafts import create_draft, open_followups
from observasi.record.live import LiveRecord, Saved, Scored, amend, change, load

__all__ = ["LiveRecord", "Saved", "Scored", "amend", "change", "create_draft", "load", "open_followups"]
