"""One line of the observation list: a plain dataclass, built for every row the home
screen shows, on the start-up path (no pydantic to import, nothing to validate: the
columns come from the store's own query)."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class ObservationSummary:
    id: str
    date: str
    status: str
    form_id: str
    form_version: str
    teacher_id: str
    teacher_name: str = ""
    observer_name: str = ""
    subject: str = ""
    class_name: str = ""
    topic: str = ""
    semester: str = ""
    nilai: str | None = None
    predikat: str | None = None
    scored: int = 0
    total: int = 0
    updated_at: str = ""
    running: bool = False  # an observing record whose lesson clock runs (started, not paused)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ObservationSummary:
        """A summary from a query row; NULL in a column with a default reads as that default."""
        values = {name: row[name] for name in _FIELD_NAMES if name in row}
        for name, default in _DEFAULTS.items():
            if values.get(name) is None:
                values[name] = default
        return cls(**values)

    @property
    def short_id(self) -> str:
        return self.id[:8]


_FIELD_NAMES = tuple(f.name for f in fields(ObservationSummary))
_DEFAULTS = {f.name: f.default for f in fields(ObservationSummary) if f.default not in (MISSING, None)}
