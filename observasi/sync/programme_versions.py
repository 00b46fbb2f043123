"""Which version of a programme this laptop holds once a sync has read every version in
the shared place: the one held, a newer one made from it, or -- when two laptops changed
the programme since a common version -- the two merged (observasi.core.programme_merge).

What only one side changed is merged without asking and saved as a new version made from
both (the same on every laptop that merges them, so they converge). Parts both changed
differently wait for a person: the laptop keeps its own version and remembers the other's
(:meth:`Store.programme_clashes`), which the planner shows in full with both sides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from observasi.core.dates import short_date
from observasi.core.programme import Programme, ScheduleRow, programme_hash
from observasi.core.programme_merge import ProgrammeMerge, Side, merge, resolve
from observasi.core.status import utc_now
from observasi.i18n import t
from observasi.store.store import Store

History = Mapping[str, tuple[list[str], bool, str, str]]  # digest -> (parents, shared, device, programme id)


def ancestry(history: History, digest: str) -> set[str]:
    """*digest* and every version it was made from, as far as this laptop knows."""
    seen: set[str] = set()
    todo = [digest]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo += history.get(current, ([], False, "", ""))[0]
    return seen


def common_base(store: Store, history: History, ours: str, theirs: str) -> Programme | None:
    """The newest version both were made from whose text this laptop still has; None when
    there is none (then every difference is for a person to decide)."""
    shared = (ancestry(history, ours) & ancestry(history, theirs)) - {ours, theirs}
    found = [v for d in shared if (v := store.programme_version(d)) is not None]
    return max(found, key=lambda v: (v.updated_at, programme_hash(v)), default=None)


def reconcile_programmes(store: Store) -> int:
    """Bring every programme up to the versions read from the shared place, then join
    the programmes two laptops each made for one semester; how many programmes now wait
    for a person's decision."""
    for programme_id in store.programme_ids_in_history():
        _reconcile(store, programme_id)
    for semester in sorted({p.semester for p in store.programmes()}):
        one_per_semester(store, semester)
    return len(store.programme_clashes())


def _behind_held(store: Store, history: History) -> set[str]:
    """Every version a programme this laptop holds was made from (of any programme id)."""
    held = [ancestry(history, programme_hash(p)) for p in store.programmes()]
    return set().union(*held) if held else set()


def _reconcile(store: Store, programme_id: str) -> None:
    history = store.programme_history()
    local = store.programme_by_id(programme_id)
    mine = _behind_held(store, history)
    # The shared versions not behind what this laptop holds, nor behind one another: the heads.
    ahead = [d for d, (_, shared, _, owner) in history.items() if owner == programme_id and shared and d not in mine]
    behind = set().union(*(ancestry(history, d) - {d} for d in ahead)) if ahead else set()
    heads = sorted((d for d in ahead if d not in behind), key=lambda d: _stamp(store, d))
    clash: str | None = None
    for head in heads:
        theirs = store.programme_version(head)
        if theirs is None:
            continue
        if local is None or programme_hash(local) in ancestry(history, head):
            store.save_programme(theirs, shared=True, device_id=history[head][2])  # newer: taken
            local = theirs
            continue
        result = merge_with(store, history, local, theirs)
        if result.clean:
            store.save_programme(result.merged)
            history = store.programme_history()
            local = result.merged
        else:
            clash = head  # the newest such version is the one a person is shown
    if local is not None:
        store.set_programme_clash(programme_id, clash)


def one_per_semester(store: Store, semester: str) -> None:
    """Two laptops that each made the programme of *semester* (before they ever synced)
    hold two programmes: one made from the other is no longer held; otherwise they are
    merged like two versions of one programme, into the one of the lower id (the same on
    every laptop), and what both set differently waits for a person."""
    history = store.programme_history()
    held = sorted((p for p in store.programmes() if p.semester == semester), key=lambda p: p.id)
    digests = {p.id: programme_hash(p) for p in held}
    for programme in list(held):
        if any(digests[programme.id] in ancestry(history, digests[o.id]) for o in held if o.id != programme.id):
            store.drop_programme(programme.id)  # joined into the other already
            held.remove(programme)
    if len(held) < 2:
        return
    keeper = held[0]
    for other in held[1:]:
        result = merge_with(store, history, keeper, other)
        if not result.clean:
            store.set_programme_clash(keeper.id, programme_hash(other))
            return
        store.save_programme(result.merged)
        store.drop_programme(other.id)
        history = store.programme_history()
        keeper = result.merged


def merge_with(store: Store, history: History, local: Programme, theirs: Programme) -> ProgrammeMerge:
    ours, other = programme_hash(local), programme_hash(theirs)
    return merge(common_base(store, history, ours, other), local, theirs, ours, other)


def _stamp(store: Store, digest: str) -> tuple[str, str]:
    version = store.programme_version(digest)
    return (version.updated_at if version else "", digest)


# -- a clash as a person sees it, and its resolution -------------------------------------------------


@dataclass(frozen=True)
class ClashPart:
    key: str
    label: str  # "Tujuan", "Jadwal: Dewi Kartika"
    ours: str  # this laptop's whole part, in words
    theirs: str  # the other laptop's


@dataclass(frozen=True)
class ProgrammeClash:
    programme: Programme  # this laptop's version
    theirs: Programme
    laptop: str  # the other version's laptop, named by the observer who uses it
    parts: list[ClashPart]
    taken: list[str]  # the parts taken from the other laptop without asking, in words


def programme_clash(store: Store, programme: Programme) -> ProgrammeClash | None:
    """The other laptop's version of *programme* that waits for a person, with each part
    both changed differently said in full on both sides; None when there is none."""
    head = store.programme_clashes().get(programme.id)
    theirs = store.programme_version(head) if head else None
    if head is None or theirs is None:
        return None
    history = store.programme_history()
    result = merge_with(store, history, programme, theirs)
    if result.clean:
        return None
    device = history.get(head, ([], False, "", ""))[2]
    owner = store.device_observers().get(device, "")
    laptop = t("trust.laptop.of", name=owner) if owner else t("trust.laptop.other", id=device[:4] or "-")
    parts = [
        ClashPart(c.key, part_label(c.key, programme, theirs), value_text(c.key, c.ours), value_text(c.key, c.theirs))
        for c in result.clashes
    ]
    return ProgrammeClash(programme, theirs, laptop, parts, [part_label(k, programme, theirs) for k in result.taken])


def resolve_clash(store: Store, programme: Programme, choices: Mapping[str, Side]) -> Programme:
    """The two versions joined with a person's *choices* (part key -> "ours" / "theirs"),
    saved as the version made from both: it travels, and every laptop takes it."""
    from observasi.year.programme import later_than

    found = programme_clash(store, programme)
    if found is None:
        return programme
    result = merge_with(store, store.programme_history(), programme, found.theirs)
    chosen = resolve(result, found.theirs, choices)
    stamp = max(utc_now(), later_than(max(programme.updated_at, found.theirs.updated_at)))
    saved = chosen.model_copy(update={"updated_at": stamp})
    store.save_programme(saved)
    store.set_programme_clash(saved.id, None)
    one_per_semester(store, saved.semester)  # the other laptop's programme of the semester, joined now
    return saved


def part_label(key: str, ours: Programme, theirs: Programme) -> str:
    if key.startswith("row:"):
        teacher_id = key.removeprefix("row:")
        name = next((r.teacher_name for p in (ours, theirs) for r in p.schedule if r.teacher_id == teacher_id), "-")
        return t("year3.clash.row", teacher=name)
    return t(_LABELS[key])


_LABELS = {
    "purpose": "year.pdf.h.purpose",
    "targets": "year.pdf.h.targets",
    "team": "year.pdf.h.team",
    "forms": "year.pdf.h.forms",
    "supervisor": "year3.clash.supervisor",
}


def value_text(key: str, value: Any) -> str:
    """A part in full, as a person reads it."""
    if key.startswith("row:"):
        if value is None:
            return t("year3.clash.row_out")
        row: ScheduleRow = value
        if row.planned_date:
            when = short_date(dt.date.fromisoformat(row.planned_date))
        else:
            when = t("year.tui.prog.week_of", day=short_date(dt.date.fromisoformat(row.week))) if row.week else "-"
        said = [when, row.observer or "-", row.form_id or "-", f"{t('year.pdf.col.focus')}: {row.focus or '-'}"]
        if row.observation_id:
            said.append(t("year.tui.prog.started"))
        return " · ".join(said)
    if key == "team":
        return "\n".join(f"{m['name']}: {m['role']}" if m.get("role") else str(m["name"]) for m in value) or "-"
    if key == "forms":
        return ", ".join(value) or "-"
    if key == "supervisor":
        name, number = value
        return f"{name or '-'} · NIP {number or '-'}"
    return str(value or "-")
