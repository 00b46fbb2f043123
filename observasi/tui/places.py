"""Where the app can go: one small value per screen, with what that screen needs to open.

A screen that leads somewhere asks the app to open a place (``self.app.open(Record(id))``)
instead of importing the screen it leads to; the app (:mod:`observasi.tui.app`) is the
one module that knows which screen shows which place. So the screens never import each
other, and a screen's module is loaded only when it is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A screen of the app, by what it shows."""


@dataclass(frozen=True)
class Home(Place):
    """The observations."""


@dataclass(frozen=True)
class Settings(Place):
    """The school, the observer and the app's settings; the set-up at first run."""

    first_run: bool = False


@dataclass(frozen=True)
class NewObservation(Place):
    """Pra-observasi: a new draft."""


@dataclass(frozen=True)
class Details(Place):
    """The pra-observasi details of an existing record."""

    obs_id: str


@dataclass(frozen=True)
class Observation(Place):
    """A record on the screen that fits its state: the lesson for a draft or a lesson
    under way, the reflection after the lesson, the read-only view for a final one."""

    obs_id: str


@dataclass(frozen=True)
class Lesson(Place):
    """The live observation: clock, stages, scores, evidence."""

    obs_id: str


@dataclass(frozen=True)
class Reflection(Place):
    """Pasca-observasi: reflection, follow-up plan, acknowledgement, finalising."""

    obs_id: str


@dataclass(frozen=True)
class Record(Place):
    """A record, read-only."""

    obs_id: str


@dataclass(frozen=True)
class Sheet(Place):
    """The feedback sheet of a record: save and print."""

    obs_id: str


@dataclass(frozen=True)
class Teachers(Place):
    """The teachers."""


@dataclass(frozen=True)
class RosterImport(Place):
    """Importing a roster: choose the file, see the preview, confirm."""


@dataclass(frozen=True)
class History(Place):
    """One teacher's supervision history."""

    teacher_id: str


@dataclass(frozen=True)
class Recap(Place):
    """The school recap."""


@dataclass(frozen=True)
class Sync(Place):
    """The shared-folder sync."""


@dataclass(frozen=True)
class Help(Place):
    """The keys of the screen on top, and how it works."""
