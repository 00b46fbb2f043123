"""Forms travel to colleagues: what this laptop installed, others can use.

A form in this laptop's forms folder (installed by ``forms import`` or the Instrumen screen,
or put there by hand) is published at each sync into this device's folder as
``form-<sha256>.json`` -- the file a revision's form already travels in
(docs/sync-protocol.md), in the clear like it: a form names no person. Each member reads
those files (only from members' folders, checked against their names) and keeps every
form it does not know yet as a TOML file in ``forms/dari-rekan/``, where the catalog finds
it: the colleague's Instrumen list shows it ("dari rekan") and a new observation can use it.

A person who does not want a colleague's form hides it on the Instrumen screen: its file
goes, and its hash is remembered so the next sync does not bring it back. Observations
already made on it still read (the database keeps every form a record used).
"""

from __future__ import annotations

from dataclasses import dataclass

from observasi import files
from observasi.context import AppContext
from observasi.core.form_toml import form_toml
from observasi.core.forms import KnownForm
from observasi.errors import UserError
from observasi.i18n import t
from observasi.paths import received_forms_dir
from observasi.sync.naming import form_file_name
from observasi.sync.transport import Transport


def publish_user_forms(context: AppContext, place: Transport, present: set[str] | None) -> int:
    """Write each form of this laptop's forms folder that this device's folder lacks
    (*present*: the names it holds, None when unknown); returns how many were written."""
    store = context.store
    written = 0
    for known in context.user_forms():
        digest = store.remember_form(known.instrument)
        name = form_file_name(digest)
        body = store.form_body(digest) if name not in (present or set()) else None
        if body is not None and place.write_new(store.device_id, name, body):
            written += 1
    return written


@dataclass(frozen=True)
class Kept:
    """What one sync did with the forms colleagues published."""

    kept: int = 0  # new forms now on the Instrumen list ("dari rekan")
    hidden: int = 0  # new versions of a form the person hid: hidden too, said once

    def notices(self) -> list[str]:
        said = [t("ux6.forms.received", count=self.kept)] if self.kept else []
        return said + ([t("ux6.forms.hidden_version", count=self.hidden)] if self.hidden else [])


def keep_received_forms(context: AppContext, problems: list[tuple[str, str]]) -> Kept:
    """Keep, as files the catalog reads, the forms colleagues published that this laptop
    does not know yet. A new version of a form the person hid stays hidden (its hash is
    added to the hidden ones): hiding a form means the form, not one of its versions. A
    form read there that does not pass the form rules is named among the Instrumen
    screen's problems, as any broken form file is; a file that cannot be written goes to
    *problems* (the sync goes on)."""
    store = context.store
    folder = received_forms_dir(context.settings.data_dir)
    kept = 0
    declined = declined_forms(context)
    hidden_ids: set[str] | None = None  # read only when a new form comes
    newly_hidden: list[str] = []
    for digest in store.received_form_hashes(store.device_id):
        if digest in declined or context.knows_form(digest):
            continue
        inst = store.instrument(digest)
        if hidden_ids is None:
            hidden_ids = {store.instrument(h).id for h in declined if store.form_body(h) is not None}
        if inst.id in hidden_ids:
            newly_hidden.append(digest)
            continue
        path = folder / f"{files.safe_file_name(f'{inst.id}-{inst.version}')}-{digest[:12]}.toml"
        if path.exists():
            continue  # kept before, and refused by the catalog: its problem is said there
        try:
            folder.mkdir(parents=True, exist_ok=True)
            files.write_bytes(path, form_toml(inst).encode("utf-8"))
        except OSError as exc:
            problems.append((str(path), t("forms3.sync.keep_failed", detail=exc.strerror or exc)))
            continue
        kept += 1
    if newly_hidden:
        store.set_setting(DECLINED, sorted(declined | set(newly_hidden)))
    if kept:
        context.reload_forms()
    return Kept(kept, len(newly_hidden))


DECLINED = "forms.declined_received"  # the hashes of colleagues' forms a person hid


def declined_forms(context: AppContext) -> set[str]:
    return set(context.store.get_setting(DECLINED, []) or [])


@dataclass(frozen=True)
class HidePlan:
    """What hiding a colleague's form does, said before asking."""

    title: str
    version: str
    used_by: int  # observations made on it here: they stay readable


def _received(context: AppContext, form_id: str, version: str) -> KnownForm:
    """The colleague's form; UserError when it is not one (a bundled form cannot be hidden;
    a form of this laptop is removed from its forms folder)."""
    known = context.catalog.get(form_id, version)
    if known is None or known.origin != "received":
        raise UserError(t("lead4.forms.only_received"))
    return known


def hide_plan(context: AppContext, form_id: str, version: str) -> HidePlan:
    known = _received(context, form_id, version)
    return HidePlan(known.instrument.title, version, context.store.count_observations_with_form(known.hash))


def hide_received_form(context: AppContext, form_id: str, version: str) -> HidePlan:
    """Take a colleague's form off this laptop's list for good: its file in
    ``forms/dari-rekan/`` is deleted and its hash kept, so a later sync skips it."""
    plan = hide_plan(context, form_id, version)
    known = _received(context, form_id, version)
    context.store.set_setting(DECLINED, sorted(declined_forms(context) | {known.hash}))
    files.remove(known.path)  # a UserError names a file that cannot go; the hash is kept
    context.reload_forms()
    return plan


@dataclass(frozen=True)
class HiddenForm:
    """A colleague's form this person hid, with every hidden version of it."""

    id: str
    title: str
    versions: tuple[str, ...]


def hidden_forms(context: AppContext) -> list[HiddenForm]:
    """The forms hidden on this laptop, one entry per form (its versions together), by title."""
    store = context.store
    found: dict[str, tuple[str, list[str]]] = {}
    for digest in sorted(declined_forms(context)):
        if store.form_body(digest) is None:
            continue  # a hash with no stored body cannot be shown again: nothing to show
        inst = store.instrument(digest)
        title, versions = found.setdefault(inst.id, (inst.title, []))
        versions.append(inst.version)
    return sorted(
        (HiddenForm(form_id, title, tuple(sorted(set(versions)))) for form_id, (title, versions) in found.items()),
        key=lambda form: (form.title.casefold(), form.id),
    )


def show_hidden_form(context: AppContext, form_id: str) -> Kept:
    """Undo hiding: every hidden version of *form_id* is forgotten as hidden and goes back on
    the Instrumen list at once (the colleague's files already read are kept again); later
    syncs take it and its new versions as any colleague's form. UserError names a file that
    cannot be written."""
    store = context.store
    declined = declined_forms(context)
    ids = {digest: store.instrument(digest).id for digest in declined if store.form_body(digest) is not None}
    store.set_setting(DECLINED, sorted(digest for digest in declined if ids.get(digest) != form_id))
    problems: list[tuple[str, str]] = []
    kept = keep_received_forms(context, problems)
    if problems:
        raise UserError("; ".join(f"{path}: {detail}" for path, detail in problems))
    return kept
