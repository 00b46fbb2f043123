"""The observation list as the home screen shows it, and one record's state.

The home screen's first frame is read through here, so nothing at the top of this module
imports the record models (pydantic) or sqlite-utils: the rows are plain dataclasses
(:class:`ObservationSummary`) from the store's own query.
"""

from __future__ import annotations

from dataclasses import dataclass

from observasi.context import AppContext
from observasi.core.dates import semester_label
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.summary import ObservationSummary

__all__ = [
    "FilterChoices",
    "ListFilters",
    "ObservationSummary",
    "colleagues_first",
    "colleagues_unfinished",
    "continuable",
    "continue_here",
    "filter_choices",
    "is_set_up",
    "list_observations",
    "resolve_id",
    "status_of",
    "unfinished",
    "to_resume",
    "warm_up",
]


@dataclass(frozen=True)
class ListFilters:
    """What the list is narrowed to and how it is sorted (empty: everything)."""

    search: str = ""
    teacher_id: str | None = None
    status: str | None = None
    form_id: str | None = None
    semester: str | None = None
    order: str = "date_desc"

    @property
    def narrowed(self) -> bool:
        """Whether anything narrows the list (the order does not)."""
        return any((self.search, self.teacher_id, self.status, self.form_id, self.semester))


class FilterChoices:
    """(label, value) pairs for each filter of the list. (A plain class: this module is on
    the start-up path, where each dataclass costs about half a millisecond to define.)"""

    __slots__ = ("forms", "semesters", "teachers")

    def __init__(
        self, teachers: list[tuple[str, str]], forms: list[tuple[str, str]], semesters: list[tuple[str, str]]
    ) -> None:
        self.teachers = teachers
        self.forms = forms
        self.semesters = semesters


def is_set_up(context: AppContext) -> bool:
    """Whether the school and this laptop's observer are set up (else: the first run)."""
    return context.store.is_set_up()


def warm_up(context: AppContext) -> None:
    """Load what the first record opened and the first save need, which the start-up
    leaves out: the record models (pydantic) and sqlite-utils."""
    import observasi.core.record
    import observasi.core.scoring  # noqa: F401

    context.store.db  # noqa: B018 - makes the sqlite-utils Database


def list_observations(context: AppContext, filters: ListFilters, limit: int) -> list[ObservationSummary]:
    """At most *limit* observations narrowed and sorted by *filters*."""
    return context.store.list_observations(
        status=filters.status,
        teacher_id=filters.teacher_id,
        form_id=filters.form_id,
        semester=filters.semester,
        search=filters.search or None,
        order=filters.order,
        limit=limit,
    )


def unfinished(context: AppContext) -> list[ObservationSummary]:
    """Observations not final yet, the one to go back to first."""
    return context.store.unfinished()


def continuable(context: AppContext, limit: int | None = None) -> list[ObservationSummary]:
    """The lessons and reflections under way that this laptop's person can continue, a
    lesson whose clock runs first, then the most recently touched (at most *limit*). The one answer for the home's c and its
    Lanjutkan line and for the questions on quitting and on leaving a lesson, which promise
    "press c": what they name, c finds. Not a lesson a colleague began on their laptop (the
    walk's vice-principal was offered the principal's lesson), unless it was taken on here:
    continued after the warning, edited or revised here (the walk's laptop B continued one,
    and c then said there was none)."""
    store = context.store
    return store.unfinished(limit=limit, observer_id=store.get_setting("self_observer_id") or None)


def to_resume(context: AppContext) -> tuple[ObservationSummary | None, int]:
    """The observation :func:`continuable` offers first, and how many there are (the home
    screen's offer: a big school has thousands, read only to be counted)."""
    first = continuable(context, limit=1)
    if not first:
        return None, 0
    return first[0], context.store.unfinished_count(observer_id=context.store.get_setting("self_observer_id") or None)


def colleagues_unfinished(context: AppContext, obs_id: str) -> str | None:
    """The name of the observer who began *obs_id*, when it is not finished (a draft, a
    lesson, a reflection) and was begun by another observer on another laptop and not taken
    on here: continuing it here would make a second version of it beside theirs, a conflict
    to settle. None: this laptop's own (or made or continued here), final, or nobody is set
    as this laptop's observer."""
    mine = context.store.get_setting("self_observer_id")
    return context.store.colleagues_observer(obs_id, mine) if mine else None


def continue_here(context: AppContext, obs_id: str) -> None:
    """This laptop's person continues *obs_id*, a colleague's unfinished record, after the
    warning: c and the quit question count it as theirs from now on."""
    context.store.continue_here(obs_id)


def colleagues_first(context: AppContext) -> ObservationSummary | None:
    """The unfinished lesson or reflection touched last when none is :func:`continuable`:
    a colleague's, begun on another laptop (what c says instead of "there is none")."""
    first = context.store.unfinished(limit=1)
    return first[0] if first else None


def filter_choices(context: AppContext, *, installed: bool = True) -> FilterChoices:
    """Every teacher (the inactive ones too: their records are in the list), every form
    that is installed or used by a record, every semester with a record. Without
    *installed*, the forms the records use only (no form file parsed: the home's start;
    a form nobody used yet would list nothing)."""
    store = context.store
    teachers = store.teacher_choices()
    forms = {known.instrument.id: known.instrument.title for known in context.catalog.latest()} if installed else {}
    for form_id, title in store.used_form_titles():
        forms.setdefault(form_id, title or form_id)
    form_choices = sorted(((title, fid) for fid, title in forms.items()), key=lambda pair: pair[0].casefold())
    semesters = [
        (semester_label(row["semester"]), row["semester"])
        for row in store.query(
            "select distinct semester from observations where deleted = 0 and semester != '' order by semester desc"
        )
    ]
    return FilterChoices(teachers, form_choices, semesters)


def status_of(context: AppContext, obs_id: str) -> str:
    """The status of the record *obs_id* (draft, observing, reflecting, final); a
    UserError when there is no such record."""
    rows = context.store.query("select status from observations where id = ? and deleted = 0", [obs_id])
    if not rows:
        raise UserError(t("store.err.not_found", id=obs_id))
    return str(rows[0]["status"])


def resolve_id(context: AppContext, text: str) -> str:
    """The full id of the record whose id starts with *text*; a UserError when none or
    several do."""
    return context.store.resolve_id(text)
