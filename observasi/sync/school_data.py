"""What the CLI and the app ask about the school's shared data: the choices a sync left for
the person (a profile or teacher field both laptops changed), and where the profile came
from. The sync itself is observasi.sync.service; the files, observasi.sync.school_files."""

from __future__ import annotations

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import devices, envelope, school_files
from observasi.sync.school_files import PROFILE, Choice


def _keys(context: AppContext) -> envelope.Keyring:
    from observasi.sync.service import shared_folder

    shared = shared_folder(context)
    state = devices.prepare(context, shared)
    if state.waiting:
        raise UserError(devices.not_member_text(state))
    return envelope.keyring(context.store, shared, state)


def choices(context: AppContext) -> list[Choice]:
    """The fields waiting for the person, both values in full (none without a shared folder)."""
    if not school_files.waiting_subjects(context.store):
        return []
    keys = _keys(context)
    return school_files.choices(context.store, keys.shared, keys)


_DECIDED = "travel.decided"  # subject -> {field: "theirs" | "mine"} until all its fields are chosen


def decided(context: AppContext) -> dict[str, dict[str, str]]:
    return dict(context.store.get_setting(_DECIDED, {}) or {})


def choose(context: AppContext, number: int, *, theirs: bool) -> tuple[Choice, str, bool]:
    """Decide choice *number* (1-based, as listed): the other laptop's value, or this one's.
    A teacher (or the profile) is saved once each of its waiting fields is decided, so
    nothing is settled by a default. Returns the choice, the value kept, and whether it is
    saved now (False: another field of the same teacher still waits)."""
    keys = _keys(context)
    found = school_files.choices(context.store, keys.shared, keys)
    if not 1 <= number <= len(found):
        raise UserError(t("travel.choices.err_number", number=number, count=len(found)))
    chosen = found[number - 1]
    sides = decided(context)
    mine = {f: s for f, s in sides.get(chosen.subject, {}).items() if any(c.field == f for c in found)}
    mine[chosen.field] = "theirs" if theirs else "mine"
    fields = {c.field for c in found if c.subject == chosen.subject}
    done = fields <= set(mine)
    if done:
        school_files.choose(
            context.store, keys.shared, keys, chosen.subject, {f for f, side in mine.items() if side == "theirs"}
        )
        sides.pop(chosen.subject, None)
    else:
        sides[chosen.subject] = mine
    context.store.set_setting(_DECIDED, sides)
    return chosen, chosen.theirs if theirs else chosen.ours, done


def what(choice: Choice) -> str:
    """The profile or the teacher a choice is about, as a person reads it."""
    if choice.subject == PROFILE:
        return t("travel.field.profile")
    return t("travel.field.teacher", name=choice.what)


def profile_source(context: AppContext) -> str | None:
    """ "Diperbarui dari Laptop X, tgl" when the profile last came from another laptop."""
    found = school_files.profile_source(context.store)
    if found is None:
        return None
    laptop, at = found
    return t("travel.profile.from", laptop=laptop, at=at[:16].replace("T", " "))
