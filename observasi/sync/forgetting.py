"""A teacher forgotten on one laptop is forgotten on every laptop of the school.

``teachers forget`` erases the teacher here and destroys their data keys; the next sync
through the shared folder publishes ``forget-<teacher-id>.json`` (signed by this member:
the teacher's id and the data keys destroyed). Every member that syncs it -- a laptop that
was offline during the forget included, whenever it comes back -- erases the teacher's
rows and revision contents, destroys the data keys and remembers their ids: a revision
sealed under one of them is reported as a forgotten teacher's, never opened again.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from observasi import files
from observasi.core.canonical import canonical_json
from observasi.core.record import utc_now
from observasi.core.tombstone import remains
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import device_key, enrollment, listed
from observasi.sync.enrollment import Enrollment
from observasi.sync.naming import device_dir
from observasi.year import printed

_FORGET = re.compile(r"forget-(?P<teacher>[0-9a-f]{32})\.json")


def forget_file_name(teacher_id: str) -> str:
    return f"forget-{teacher_id}.json"


def forget_records(shared: Path, state: Enrollment) -> dict[str, dict[str, Any]]:
    """Forget records signed by members, by teacher id."""
    found: dict[str, dict[str, Any]] = {}
    for device, member in state.members.items():
        folder = device_dir(shared, device)
        try:
            names = listed.starting(folder, "forget-")
        except OSError:
            continue
        for name in names:
            match = _FORGET.fullmatch(name)
            body = enrollment.read_signed(folder / name, member.public_key) if match else None
            if match and body and body.get("teacher_id") == match["teacher"] and isinstance(body.get("dkids"), list):
                found.setdefault(match["teacher"], body)
    return found


def erase_teacher(store: Store, teacher_id: str, dkids: list[str], current_kid: str = "") -> printed.Removed:
    """Erase what this laptop holds of a teacher another laptop forgot: rows, revision
    contents, evidence files, schedule rows, data keys (the school's, which sealed the
    programme versions naming the teacher, too; records the forgetting laptop's tombstones
    already deleted are not marked again), and the sheets, recaps and programme PDFs this
    laptop printed that name the teacher, as the forgetting laptop removed its own."""
    rows = store.query("select id, date, deleted from observations where teacher_id = ?", [teacher_id])
    teacher = store.get_teacher(teacher_id)  # its name, for its export folders, before it goes
    exports = printed.export_folders(store, teacher.name) if teacher is not None else ()
    left = [remains(store.get_observation(r["id"])) for r in rows]
    store.forget_teacher(teacher_id, left, mark=[r["id"] for r in rows if not r["deleted"]])
    from observasi.year.attachments import prune
    from observasi.year.programme import forget_teacher as out_of_programmes

    school_keys = out_of_programmes(store, teacher_id)
    if current_kid:
        # A school data key made under the school key the forget moved on to sealed only
        # programmes written after the forget (the forgetting laptop's, without the teacher).
        after = {dkid for dkid, _, _, kid in store.held_data_keys() if kid == current_kid}
        school_keys = [dkid for dkid in school_keys if dkid not in after or dkid in dkids]
    store.destroy_data_keys(teacher_id, [*dkids, *school_keys])
    prune(store)  # the teacher's evidence files: no record here names them any more
    store.erase_freed()
    return printed.remove_printed(store, rows, exports)


def exchange_forgets(store: Store, shared: Path, state: Enrollment) -> list[printed.Removed]:
    """Erase every teacher a member forgot that this laptop still holds, then announce the
    teachers forgotten here that no member announced yet. Returns, per teacher erased here,
    the printed files removed."""
    records = forget_records(shared, state)
    erased = _erase_forgotten(store, records, _current(state))
    for teacher_id, dkids in store.forgotten_teachers().items():
        if teacher_id not in records:
            _announce(store, shared, state.device, teacher_id, dkids)
    return erased


def apply_forgets(store: Store, shared: Path, state: Enrollment) -> list[printed.Removed]:
    """Erase every teacher a member forgot, announcing nothing (a reader that writes
    nothing into the folder: a district, a sync client's copy). Returns, per teacher
    erased, the printed files removed."""
    return _erase_forgotten(store, forget_records(shared, state), _current(state))


def _current(state: Enrollment) -> str:
    """The school key new data keys are made under (moved on at the forget)."""
    return state.school.current if state.school else ""


def _erase_forgotten(store: Store, records: dict[str, Any], current_kid: str) -> list[printed.Removed]:
    return [
        erase_teacher(store, teacher_id, [str(d) for d in body["dkids"]], current_kid)
        for teacher_id, body in records.items()
        if not store.is_forgotten_teacher(teacher_id)
    ]


def erased_notices(erased: list[printed.Removed]) -> list[str]:
    """What a sync says when it applied a colleague's forget: the printed files it removed
    here (they named the teacher), and each one that stayed, with why."""
    if not erased:
        return []
    removed = sum(r.count for r in erased)
    line = t("lead4.forget.applied", teachers=len(erased))
    if removed:
        where = printed.folders_of(
            tuple(path for r in erased for path in (*r.sheets, *r.recaps, *r.programmes, *r.leftovers))
        )
        line += " " + t("lead4.forget.printed", files=removed, folders=where)
    return [line, *(left for r in erased for left in r.left)]


def _announce(store: Store, shared: Path, device: str, teacher_id: str, dkids: list[str]) -> None:
    body = {
        "format": "observasi-forget",
        "version": 1,
        "teacher_id": teacher_id,
        "dkids": sorted(dkids),
        "device_id": device,
        "at": utc_now(),
    }
    key = device_key.load_or_create(store.data_dir)
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    data = canonical_json({**body, "signature": key.sign(digest.encode("ascii"))})
    files.write_new(device_dir(shared, device) / forget_file_name(teacher_id), data)
