"""Where the app can go: one small value per screen, with what that screen needs to open.

A screen that leads somewhere asks the app to open a place (``self.app.open(Record(id))``)
instead of importing the screen it leads to; the app (:mod:`observasi.tui.app`) is the
one module that knows which screen shows which place. So the screens never import each
other, and a screen's module is loaded only when it is first opened.

Plain classes, not dataclasses: this module is on the start-up path, and fifteen
dataclasses cost about 5 ms to define there.
"""

from __future__ import annotations


class Place:
    """A screen of the app, by what it shows."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        names = [name for cls in type(self).__mro__ for name in getattr(cls, "__slots__", ())]
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({values})"


class OfRecord(Place):
    """A place that shows one record."""

    __slots__ = ("obs_id",)

    def __init__(self, obs_id: str) -> None:
        self.obs_id = obs_id


class Home(Place):
    """The observations."""

    __slots__ = ()


class Settings(Place):
    """The school, the observer and the app's settings; the set-up at first run."""

    __slots__ = ("first_run",)

    def __init__(self, first_run: bool = False) -> None:
        self.first_run = first_run


class NewObservation(Place):
    """Pra-observasi: a new draft."""

    __slots__ = ()


class Details(OfRecord):
    """The pra-observasi details of an existing record."""

    __slots__ = ()


class Observation(OfRecord):
    """A record on the screen that fits its state: the lesson for a draft or a lesson
    under way, the reflection after the lesson, the read-only view for a final one."""

    __slots__ = ()


class Lesson(OfRecord):
    """The live observation: clock, stages, scores, evidence."""

    __slots__ = ()


class Reflection(OfRecord):
    """Pasca-observasi: reflection, follow-up plan, acknowledgement, finalising."""

    __slots__ = ()


class Record(OfRecord):
    """A record, read-only."""

    __slots__ = ()


class Versions(OfRecord):
    """A record's history: every version, who made it on which laptop, restoring one."""

    __slots__ = ()


class Version(OfRecord):
    """One version of a record, read-only, as it was then."""

    __slots__ = ("revision_id", "caption")

    def __init__(self, obs_id: str, revision_id: str, caption: str = "") -> None:
        super().__init__(obs_id)
        self.revision_id = revision_id
        self.caption = caption  # "Versi 3 · 3 Des 2026 09.14 · Laptop Bu Sari"


class Sheet(OfRecord):
    """The feedback sheet of a record: save and print."""

    __slots__ = ()


class Teachers(Place):
    """The teachers."""

    __slots__ = ()


class Forms(Place):
    """Instrumen: the forms, a preview, importing one made in a spreadsheet."""

    __slots__ = ()


class RosterImport(Place):
    """Importing a roster: choose the file, see the preview, confirm."""

    __slots__ = ()


class History(Place):
    """One teacher's supervision history."""

    __slots__ = ("teacher_id",)

    def __init__(self, teacher_id: str) -> None:
        self.teacher_id = teacher_id


class Recap(Place):
    """The school recap."""

    __slots__ = ()


class District(Place):
    """A district's schools and the recap across them (a district data folder's home)."""

    __slots__ = ()


class DistrictSchool(Place):
    """One school's recap, as the district read it."""

    __slots__ = ("slug",)

    def __init__(self, slug: str) -> None:
        self.slug = slug


class Sync(Place):
    """The shared-folder sync."""

    __slots__ = ()


class Attention(Place):
    """What needs attention: planned lessons, teachers not yet observed, follow-ups that
    come due, conflicts; the cursor starts on the list *kind*."""

    __slots__ = ("kind",)

    def __init__(self, kind: str = "planned") -> None:
        self.kind = kind


class Attachments(OfRecord):
    """The evidence files of a record."""

    __slots__ = ()


class Programme(Place):
    """The supervision programme and schedule of the current semester."""

    __slots__ = ()


class Help(Place):
    """The keys of the screen on top, and how it works."""

    __slots__ = ()


class Setup(Place):
    """The welcome steps after the school and the observer: signing key, teachers."""

    __slots__ = ()


class SigningKey(Place):
    """Make this laptop's signing key (a dialog); *replace*: a new one over the old, once
    the user has confirmed (an expired or damaged key)."""

    __slots__ = ("replace",)

    def __init__(self, replace: bool = False) -> None:
        self.replace = replace


class AskText(Place):
    """One line of text asked (a dialog): answered with the text, or None when cancelled."""

    __slots__ = ("title", "label")

    def __init__(self, title: str, label: str) -> None:
        self.title = title
        self.label = label


class QuitQuestion(Place):
    """Quit while a lesson's clock runs? (a dialog)"""

    __slots__ = ("teacher", "minutes")

    def __init__(self, teacher: str, minutes: int) -> None:
        self.teacher = teacher
        self.minutes = minutes


class ColleaguesRecord(Place):
    """Continue a record another observer began on their laptop? (a dialog)"""

    __slots__ = ("observer",)

    def __init__(self, observer: str) -> None:
        self.observer = observer
