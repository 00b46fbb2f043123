"""The school's own files in the shared folder: its profile, its teachers (the roster) and
its observers' public certificates -- so every laptop of the school prints the same
letterhead, knows the same teachers and can check a colleague's signed sheet.

Each is a sealed document (docs/sync-protocol.md, "The school's files") written once into
this device's folder: ``profile-<sha256>.json`` and ``cert-<sha256>.json`` under the
school's data key, ``teacher-<sha256>.json`` under that teacher's own data key (so
forgetting the teacher shreds the roster entry with the rest). The name says the sha256 of
the plaintext, which holds a random salt (nobody can confirm a guessed name by its hash).

A profile or a teacher is *versioned*: each version names the versions it follows
(``parents``). A laptop remembers the version its copy is based on; a version that follows
it is taken, field by field, keeping what this laptop changed since; a field both sides
changed to different values is never decided here: it waits for the person
(:func:`choices`, :func:`choose`), with both values shown in full.

A certificate is not versioned: a certificate this laptop does not trust yet becomes a
*pending* one (observasi.signing.colleagues), trusted once a person compares its
fingerprint (docs/sync-protocol.md says why membership alone does not make it trusted).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi import files, paths
from observasi.core.canonical import canonical_json
from observasi.core.programme import SCHOOL_DATA_SUBJECT
from observasi.core.record import utc_now
from observasi.i18n import t
from observasi.store.models import School, Teacher
from observasi.store.store import Store
from observasi.sync import listed
from observasi.sync.envelope import Forgotten, Keyring, NotReadable
from observasi.sync.naming import HASH_RE, ID_RE, device_dir
from observasi.sync.revision_file import BadFile
from observasi.sync.school_versions import Doc, ancestors, common_fields, merge
from observasi.sync.transport import Columns

KINDS = ("profile", "teacher", "cert")
_NAME = re.compile(r"(?P<kind>profile|teacher|cert)-(?P<hash>[0-9a-f]{64})(?: \(\d{1,4}\))?\.json")
MAX_BYTES = 2 * 1024 * 1024  # a profile carries its logo
MAX_LOGO = 1024 * 1024
PROFILE = "profile"
TEACHER_FIELDS = ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank", "active")
PROFILE_FIELDS = tuple(f for f in School.model_fields if f != "logo_path") + ("logo",)
_STATE = "travel.bases"  # subject -> {"base": digest | None, "extra": [digests]}
_CHOICES = "travel.choices"  # subject -> the version waiting for the person's choice
_HELD = "travel.twins"  # teachers of other laptops not added: another teacher here has their NIP/NUPTK
_FROM = "travel.profile_from"  # {"label", "at"}: where the profile last came from
_PREFIXES = ("profile-", "teacher-", "cert-", "dk-")  # of the names _state looks at
_SEEN = "travel.seen"  # the digest of what the last exchange without a problem read (_state)


def is_school_file(name: str) -> bool:
    """Names this module reads; the revision reader skips them."""
    return bool(_NAME.fullmatch(name))


def file_name(kind: str, digest: str) -> str:
    return f"{kind}-{digest}.json"


@dataclass
class Folder:
    """Every readable school file of the members' folders, by digest."""

    docs: dict[str, Doc] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # every school file name present anywhere

    _by_subject: dict[str, dict[str, Doc]] | None = None

    def versions(self, subject: str) -> dict[str, Doc]:
        """The versions of the profile or of one teacher, by digest."""
        if self._by_subject is None:
            self._by_subject = {}
            for doc in self.docs.values():
                if doc.kind != "cert":
                    self._by_subject.setdefault(doc.subject, {})[doc.digest] = doc
        return self._by_subject.get(subject, {})


# -- reading -----------------------------------------------------------------------------


def read_folder(shared: Path, keys: Keyring, problems: list[tuple[str, str]], kinds: tuple[str, ...] = KINDS) -> Folder:
    """Open every school file (of *kinds*) in the members' folders; a damaged one is
    reported, one whose key is gone (a forgotten teacher) or not here yet is passed over."""
    found = Folder()
    for device in sorted(keys.school.members):
        folder = device_dir(shared, device)
        try:
            names = sorted(name for kind in kinds for name in listed.starting(folder, f"{kind}-"))
        except OSError:
            continue
        for name in names:
            match = _NAME.fullmatch(name)
            if match is None or match["kind"] not in kinds:
                continue
            found.names.add(name)
            digest = match["hash"]
            if digest in found.docs:
                continue
            try:
                doc = _read(folder / name, match["kind"], digest, device, keys)
            except Forgotten:
                continue
            except NotReadable:
                continue  # its key arrives with a later sync
            except BadFile as exc:
                problems.append((f"observasi/{device}/{name}", str(exc)))
                continue
            found.docs[digest] = doc
    return found


def _read(path: Path, kind: str, digest: str, device: str, keys: Keyring) -> Doc:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BadFile(t("sync.bad.unreadable", detail=exc.strerror or exc)) from exc
    if len(raw) > MAX_BYTES:
        raise BadFile(t("sync.bad.huge", limit=MAX_BYTES // (1024 * 1024)))
    plain = keys.open_document(digest, raw, kind=kind)
    try:
        data = json.loads(plain)
        if data["kind"] != kind:
            raise ValueError(kind)
        blob = base64.b64decode(data.get("blob", ""), validate=True)
        parents = tuple(str(p) for p in data.get("parents", []))
        fields = data.get("fields", {})
        if not isinstance(fields, dict):
            raise ValueError("fields")
        subject = str(data["subject"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadFile(t("sync.bad.shape")) from exc
    if kind == "cert":
        subject = hashlib.sha256(blob).hexdigest()
    else:
        fields = _checked(kind, subject, fields, parents, blob)
    return Doc(
        kind, digest, subject, parents, fields, device, str(data.get("label", "")), str(data.get("at", "")), blob
    )


_MAX_TEXT = 4000


def _checked(kind: str, subject: str, fields: dict[str, Any], parents: tuple[str, ...], blob: bytes) -> dict[str, Any]:
    """The fields of a profile or teacher version as observasi writes them, else BadFile
    naming the place: another program (or a crafted file) must not crash a sync, nor bring
    a control character onto a principal's screen."""
    from observasi.core.text import json_path, text_problems

    names = PROFILE_FIELDS if kind == "profile" else TEACHER_FIELDS
    if (kind == "profile") != (subject == PROFILE) or (kind == "teacher" and not ID_RE.fullmatch(subject)):
        raise BadFile(t("sync.bad.ids"))
    if not all(HASH_RE.fullmatch(p) for p in parents) or len(blob) > MAX_LOGO:
        raise BadFile(t("sync.bad.shape"))
    kept = {name: fields[name] for name in names if name in fields}
    for name, value in kept.items():
        good = isinstance(value, bool) if name == "active" else isinstance(value, str) and len(value) <= _MAX_TEXT
        if not good:
            raise BadFile(t("text.in_file", place=json_path(("fields", name)), problem=t("sync.bad.shape")))
    for loc, why in text_problems(kept, ("fields",)):  # a newline (kop lines) is text; ESC is not
        raise BadFile(t("text.in_file", place=json_path(loc), problem=why))
    return kept


# -- writing -----------------------------------------------------------------------------


def _write(
    store: Store,
    shared: Path,
    keys: Keyring,
    kind: str,
    subject: str,
    body: dict[str, Any],
    blob: bytes = b"",
    *,
    label: str = "",
) -> str:
    """Seal and write one school file into this device's folder; its digest."""
    from observasi.sync.devices import default_laptop_name  # here: devices -> listing -> this module

    plain = canonical_json(
        {
            **body,
            "kind": kind,
            "subject": subject,
            "at": utc_now(),
            "label": label or default_laptop_name(store),
            "salt": os.urandom(16).hex(),
            "blob": base64.b64encode(blob).decode("ascii"),
        }
    )
    digest = hashlib.sha256(plain).hexdigest()
    seal_subject = subject if kind == "teacher" else SCHOOL_DATA_SUBJECT
    sealed = keys.seal_document(digest, plain, kind=kind, subject=seal_subject)
    files.write_new(device_dir(shared, store.device_id) / file_name(kind, digest), sealed)
    return digest


# -- what this laptop holds -------------------------------------------------------------


def _profile_fields(store: Store) -> tuple[dict[str, Any], bytes] | None:
    school = store.get_school()
    if school is None:
        return None
    values: dict[str, Any] = school.model_dump()
    logo = b""
    path = Path(values.pop("logo_path") or "")
    if str(path) not in ("", "."):
        try:
            logo = path.read_bytes()[: MAX_LOGO + 1]
        except OSError:
            logo = b""
    if len(logo) > MAX_LOGO:
        logo = b""
    values["logo"] = hashlib.sha256(logo).hexdigest() if logo else ""
    return values, logo


def _teacher_fields(store: Store, teacher_id: str) -> dict[str, Any] | None:
    teacher = store.get_teacher(teacher_id)
    if teacher is None:
        return None
    return {name: getattr(teacher, name) for name in TEACHER_FIELDS}


def _local(store: Store, subject: str) -> dict[str, Any] | None:
    if subject == PROFILE:
        found = _profile_fields(store)
        return found[0] if found else None
    return _teacher_fields(store, subject)


def _apply(store: Store, subject: str, values: dict[str, Any], doc: Doc | None) -> None:
    """Save *values* as this laptop's profile or teacher."""
    if subject == PROFILE:
        current = store.get_school()
        logo_path = current.logo_path if current else ""
        wanted = str(values.get("logo", ""))
        if doc is not None and doc.blob and wanted == hashlib.sha256(doc.blob).hexdigest():
            local = _profile_fields(store)
            if local is None or local[0]["logo"] != wanted:
                logo_path = str(_save_logo(store.data_dir, doc.blob))
        elif not wanted:
            logo_path = ""
        known = {k: v for k, v in values.items() if k in School.model_fields}
        store.save_school(School(**{**known, "logo_path": logo_path}))
        return
    current_teacher = store.get_teacher(subject)
    known = {k: v for k, v in values.items() if k in TEACHER_FIELDS}
    if current_teacher is None:
        store.save_teacher(Teacher(id=subject, **known))
    else:
        store.save_teacher(current_teacher.model_copy(update=known))


def _save_logo(data_dir: Path, blob: bytes) -> Path:
    suffix = ".png" if blob.startswith(b"\x89PNG") else ".jpg" if blob.startswith(b"\xff\xd8") else ".img"
    path = paths.school_logo_file(data_dir, hashlib.sha256(blob).hexdigest(), suffix)
    if not path.is_file():
        files.write_bytes(path, blob)
    return path


# -- merging -----------------------------------------------------------------------------


def _base(
    store: Store, subject: str, versions: dict[str, Doc], mine: list[str], head: str, ours: dict[str, Any] | None
) -> dict[str, Any]:
    """What a merge compares both sides with: the latest version both histories share; for
    a teacher this laptop never merged, what its own observations of the teacher say (the
    row a sync made from them is no edit of this laptop's, so the roster's values replace it)."""
    common = common_fields(versions, mine, head)
    if common or subject == PROFILE or ours is None or mine:
        return common
    seen: dict[str, set[str]] = {"name": set(), "subject": set(), "nip": set(), "nuptk": set()}
    for name, taught, id_label, id_number in store.teacher_as_observed(subject):
        seen["name"].add(name)
        seen["subject"].add(taught)
        if id_label in ("NIP", "NUPTK"):
            seen[id_label.lower()].add(id_number)
    return {name: ours[name] for name, values in seen.items() if ours.get(name) in values}


@dataclass(frozen=True)
class Choice:
    """A field both laptops changed, shown in full, waiting for the person."""

    subject: str  # "profile" or a teacher's id
    what: str  # the school's or the teacher's name, as this laptop has it
    field: str
    ours: str
    theirs: str
    theirs_from: str  # the other laptop (its name and observer)
    theirs_at: str

    @property
    def label(self) -> str:
        return field_label(self.field)


# -- one sync ----------------------------------------------------------------------------


@dataclass
class Outcome:
    taken: int = 0  # profiles / teachers changed here by what came in
    written: int = 0
    # Versions of the profile / teachers from other laptops new here: the unit the sender's
    # `written` counts, so both sync lines give the same number for one exchange (some may
    # change nothing here, wait for a choice, or be a twin: the notices say those).
    received: int = 0
    waiting: int = 0  # subjects waiting for the person's choice
    certificates: int = 0  # colleagues' certificates newly waiting for trust
    twins: int = 0  # teachers of other laptops not added twice (said when it changes)

    def notices(self) -> list[str]:
        """What a sync says about the school's files (nothing when nothing happened)."""
        said = []
        if self.taken:
            said.append(t("travel.sync.taken", count=self.taken))
        if self.waiting:
            said.append(t("travel.sync.choices", count=self.waiting))
        if self.twins:
            said.append(t("travel.sync.twins", count=self.twins))
        if self.certificates:
            said.append(t("travel.sync.certificates", count=self.certificates))
        return said


def exchange_school_files(
    store: Store, shared: Path, keys: Keyring, problems: list[tuple[str, str]], *, publish: bool = True, label: str = ""
) -> Outcome:
    """Read the school's files, take what is new (the profile, the roster, colleagues'
    certificates), then write this laptop's changes (unless *publish* is False).

    When neither the members' school and key files nor what this laptop holds of the
    school changed since the last exchange that found no problem (:func:`_state`), the
    roster is not read again: only the colleagues' certificates are looked at."""
    state = _state(store, shared, keys, publish, label)
    if state is not None and state == store.get_setting(_SEEN):
        outcome = Outcome(waiting=len(waiting_subjects(store)))
        certificates = read_folder(shared, keys, problems, kinds=("cert",))
        outcome.certificates = _certificates(store, shared, keys, certificates, publish, label)
        return outcome
    reported = len(problems)
    # Read from a listing made now, not the one the sync began with: the digest kept after
    # the exchange lists the folders afresh, and a colleague's file that arrived in between
    # (a first import takes minutes) must have been read, not only counted as seen.
    listed.forget(device_dir(shared, device) for device in keys.school.members)
    outcome = _exchange(store, shared, keys, problems, publish, label)
    # Remembered only after an exchange that found nothing wrong: a damaged file is
    # reported again at every sync, as every file that is not genuine is.
    after = _state(store, shared, keys, publish, label) if len(problems) == reported else None
    if after != store.get_setting(_SEEN):
        store.set_setting(_SEEN, after)
    return outcome


def _state(store: Store, shared: Path, keys: Keyring, publish: bool, label: str) -> str | None:
    """A digest of everything an exchange reads: the name, size and time of every school
    and data key file in the members' folders (a name says its content: a school file is
    named by its hash, a data key by its id), the members and school keys held, this
    laptop's teachers, profile, logo and certificate, and how it exchanges. None when a
    member's folder cannot be listed."""
    from observasi.signing import colleagues

    digest = hashlib.sha256()
    school = keys.school.school
    held = sorted(school.keys) if school else []
    head = [sorted(keys.school.members), held, school.current if school else "", publish, label]
    digest.update(json.dumps(head).encode("utf-8"))
    for device in sorted(keys.school.members):
        try:
            # The sync's listing gives these (observasi.sync.listed): nothing listed or stat'ed again.
            found = listed.stats_print(device_dir(shared, device), _PREFIXES)
        except FileNotFoundError:
            found = listed.folder_print(Columns([], [], []))
        except OSError:
            return None
        # In bulk, in the order listed (20,000 teachers' files at a large school): a file of
        # another name with these prefixes only makes the digest change with it too.
        digest.update(f"{device}\n{found}\n".encode())
    # The settings as stored: the same text for the same value (as written by set_setting).
    digest.update(store.school_files_state((_STATE, _CHOICES, _HELD)).encode("ascii"))
    school_row = store.get_school()
    logo = Path(school_row.logo_path) if school_row and school_row.logo_path else None
    try:
        logo_stat = logo.stat() if logo else None
    except OSError:
        logo_stat = None
    digest.update(f"{logo_stat.st_size if logo_stat else 0} {logo_stat.st_mtime_ns if logo_stat else 0}".encode())
    own = colleagues.own_der(store.data_dir)
    digest.update(hashlib.sha256(own or b"").digest())
    return digest.hexdigest()


def _exchange(
    store: Store, shared: Path, keys: Keyring, problems: list[tuple[str, str]], publish: bool, label: str
) -> Outcome:
    folder = read_folder(shared, keys, problems)
    outcome = Outcome()
    before = store.get_setting(_STATE, {}) or {}
    bases: dict[str, dict[str, Any]] = json.loads(json.dumps(before))  # a deep copy, compared below
    waiting: dict[str, str] = {}
    # Ids and numbers only: 20,000 teachers as models were 30 MiB of a first import's peak.
    local = store.teacher_numbers()
    ids, here = _id_index(local), {teacher_id for teacher_id, _, _ in local}
    held: set[str] = set()
    held_before = set(store.get_setting(_HELD, []) or [])
    subjects = {PROFILE} | {d.subject for d in folder.docs.values() if d.kind == "teacher"}
    subjects |= here
    for subject in sorted(subjects):
        if subject != PROFILE and store.is_forgotten_teacher(subject):
            bases.pop(subject, None)
            continue
        if subject not in bases and subject not in here and _twin(folder.versions(subject), ids):
            held.add(subject)
            if subject not in held_before:
                outcome.received += len(folder.versions(subject))
            continue
        state = bases.setdefault(subject, {"base": None, "extra": []})
        pending = _take(store, subject, folder.versions(subject), state, outcome)
        if pending is not None:
            waiting[subject] = pending
        elif publish:
            _publish_one(store, shared, keys, folder, subject, state, outcome, label)
        if state == {"base": None, "extra": []}:
            bases.pop(subject)
    # Written only when changed: a district rereads 200 schools, and each commit costs an fsync.
    if bases != before:
        store.set_setting(_STATE, bases)
    if waiting != waiting_subjects(store):
        store.set_setting(_CHOICES, waiting)
    if sorted(held) != sorted(held_before):
        store.set_setting(_HELD, sorted(held))
        outcome.twins = len(held)
    outcome.waiting = len(waiting)
    outcome.certificates = _certificates(store, shared, keys, folder, publish, label)
    return outcome


def _id_index(local: list[tuple[str, str, str]]) -> dict[str, str]:
    """NIP and NUPTK -> the teacher here who has it (the first by name, of *local*'s
    (id, NIP, NUPTK))."""
    index: dict[str, str] = {}
    for teacher_id, nip, nuptk in local:
        for number in (nip, nuptk):
            if number:
                index.setdefault(number, teacher_id)
    return index


def _twin(versions: dict[str, Doc], ids: dict[str, str]) -> bool:
    """A teacher new to this laptop whose NIP or NUPTK another teacher here already has: the
    same person, added on two laptops before the roster travelled (each imported the Dapodik
    file). Not added twice; the teacher here stands for the person."""
    if not versions:
        return False
    newest = max(versions.values(), key=lambda d: (d.at, d.digest))
    return any(ids.get(str(newest.fields.get(name) or "")) for name in ("nip", "nuptk"))


def _take(store: Store, subject: str, versions: dict[str, Doc], state: dict[str, Any], outcome: Outcome) -> str | None:
    """Bring in every version that follows none of this laptop's; the digest of one that
    waits for the person's choice, else None."""
    base = state["base"]
    mine = [d for d in [base, *state["extra"]] if d]
    known: set[str] = set()
    for digest in mine:
        known |= {digest} | ancestors(versions, digest)
    followed = {p for doc in versions.values() for p in doc.parents}
    outcome.received += sum(1 for d in versions if d not in known)
    heads = sorted(d for d in versions if d not in followed and d not in known)
    names = PROFILE_FIELDS if subject == PROFILE else TEACHER_FIELDS
    for head in heads:
        doc = versions[head]
        ours = _local(store, subject)
        merged, conflicts = merge(ours, doc.fields, _base(store, subject, versions, mine, head, ours), names)
        if conflicts:  # what one side alone changed is taken now; the rest waits
            if merged != ours:
                _apply(store, subject, merged, doc)
            return head
        if merged != ours:
            _apply(store, subject, merged, doc)
            outcome.taken += 1
            if subject == PROFILE:
                store.set_setting(_FROM, {"label": doc.label, "at": doc.at})
        if base and base not in ancestors(versions, head):
            state["extra"] = sorted(set(state["extra"]) | {base})
        state["base"] = head
        state["extra"] = [d for d in state["extra"] if d not in ancestors(versions, head)]
        base = head
        mine = [d for d in [base, *state["extra"]] if d]
    return None


def _publish_one(
    store: Store,
    shared: Path,
    keys: Keyring,
    folder: Folder,
    subject: str,
    state: dict[str, Any],
    outcome: Outcome,
    label: str = "",
) -> None:
    if subject == PROFILE:
        found = _profile_fields(store)
        ours, blob = (found[0], found[1]) if found else (None, b"")
    else:
        ours, blob = _teacher_fields(store, subject), b""
    if ours is None:
        return
    base_doc = folder.docs.get(state["base"] or "")
    if base_doc is not None and base_doc.fields == ours and not state["extra"]:
        return
    parents = sorted(d for d in [state["base"], *state["extra"]] if d)
    kind = "profile" if subject == PROFILE else "teacher"
    digest = _write(store, shared, keys, kind, subject, {"parents": parents, "fields": ours}, blob, label=label)
    state["base"], state["extra"] = digest, []
    outcome.written += 1


# -- the person's choices ------------------------------------------------------------------


def waiting_subjects(store: Store) -> dict[str, str]:
    """Subject -> the version waiting for a choice (kept by the last sync)."""
    return dict(store.get_setting(_CHOICES, {}) or {})


def choices(store: Store, shared: Path, keys: Keyring) -> list[Choice]:
    """Every field waiting for the person, both values in full."""
    waiting = waiting_subjects(store)
    if not waiting:
        return []
    folder = read_folder(shared, keys, [])
    bases: dict[str, dict[str, Any]] = store.get_setting(_STATE, {}) or {}
    found: list[Choice] = []
    for subject, head in sorted(waiting.items()):
        versions = folder.versions(subject)
        doc = versions.get(head)
        ours = _local(store, subject)
        if doc is None or ours is None:
            continue
        state = bases.get(subject, {"base": None, "extra": []})
        mine = [d for d in [state["base"], *state["extra"]] if d]
        names = PROFILE_FIELDS if subject == PROFILE else TEACHER_FIELDS
        _, conflicts = merge(ours, doc.fields, _base(store, subject, versions, mine, head, ours), names)
        what = str(ours.get("name", ""))
        for name, (a, b) in conflicts.items():
            found.append(Choice(subject, what, name, _shown(name, a), _shown(name, b), doc.label, doc.at))
    return found


def field_label(name: str) -> str:
    """A field of the profile or a teacher as the person knows it (Nama, NIP, Kop ...)."""
    return t(f"travel.fieldname.{name}")


def _shown(name: str, value: Any) -> str:
    if name == "active":
        return t("travel.value.active") if value else t("travel.value.removed")
    if name == "logo":
        return t("travel.value.logo", digest=str(value)[:8]) if value else t("travel.value.none")
    return str(value) if value not in ("", None) else t("travel.value.none")


def choose(store: Store, shared: Path, keys: Keyring, subject: str, take_theirs: set[str]) -> None:
    """Settle one waiting subject: the fields named in *take_theirs* take the other
    laptop's value, every other field keeps this laptop's; what one side alone changed is
    merged as usual. Written at the next sync, following both versions."""
    waiting = waiting_subjects(store)
    head = waiting.get(subject)
    if head is None:
        return
    folder = read_folder(shared, keys, [])
    versions = folder.versions(subject)
    doc = versions.get(head)
    ours = _local(store, subject)
    if doc is None or ours is None:
        return
    bases: dict[str, dict[str, Any]] = dict(store.get_setting(_STATE, {}) or {})
    state = bases.setdefault(subject, {"base": None, "extra": []})
    mine = [d for d in [state["base"], *state["extra"]] if d]
    names = PROFILE_FIELDS if subject == PROFILE else TEACHER_FIELDS
    merged, conflicts = merge(ours, doc.fields, _base(store, subject, versions, mine, head, ours), names)
    for name, (_, theirs) in conflicts.items():
        if name in take_theirs:
            merged[name] = theirs
    _apply(store, subject, merged, doc)
    if subject == PROFILE:
        store.set_setting(_FROM, {"label": doc.label, "at": doc.at})
    if state["base"] and state["base"] not in ancestors(versions, head):
        state["extra"] = sorted(set(state["extra"]) | {state["base"]})
    state["base"] = head
    store.set_setting(_STATE, bases)
    del waiting[subject]
    store.set_setting(_CHOICES, waiting)


def profile_source(store: Store) -> tuple[str, str] | None:
    """(the laptop, when) the profile last came from, or None (typed here)."""
    found = store.get_setting(_FROM)
    return (str(found.get("label", "")), str(found.get("at", ""))) if isinstance(found, dict) else None


# -- certificates -------------------------------------------------------------------------


def _certificates(store: Store, shared: Path, keys: Keyring, folder: Folder, publish: bool, label: str = "") -> int:
    """Colleagues' certificates this laptop does not trust yet become pending; this laptop's
    own is published once. Returns how many became pending now."""
    from observasi.signing import colleagues

    fresh = 0
    for doc in folder.docs.values():
        if doc.kind == "cert" and colleagues.offer(store.data_dir, doc.blob, doc.label, doc.device):
            fresh += 1
    own = colleagues.own_der(store.data_dir)
    if publish and own is not None:
        digest = hashlib.sha256(own).hexdigest()
        if not any(d.kind == "cert" and d.subject == digest for d in folder.docs.values()):
            _write(store, shared, keys, "cert", digest, {}, own, label=label)
    return fresh
