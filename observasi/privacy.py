"""A teacher's personal data (UU 27/2022): access to everything held, and erasure.

Export: one JSON file with the teacher row and every observation of the teacher (the full
record -- ratings, evidence, reflection, follow-ups -- its score and every saved revision),
plus the feedback sheet of each observation that is not deleted, as PDF.

Forget: the records are stripped to what a tombstone must carry (ids, form, date, status)
and published as deleted, so the other laptops hide them at their next sync; the teacher
row is removed, and so are the teacher's feedback sheets in the data folder's ``lembar``
(observasi wrote them there; the plan lists them before asking). Files already copied to
the shared folder or other laptops, and sheets or exports written to a folder the user
chose, are not touched by this laptop (the shared folder is append-only by design); the
confirmation says so.

The command line (`teachers export` / `teachers forget`) and the app's teachers screen both
work through here.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import files, paths
from observasi.core import tombstone
from observasi.core.record import record_payload, utc_now
from observasi.core.scoring import score
from observasi.errors import UserError
from observasi.i18n import t
from observasi.year import printed

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.store.models import Teacher
    from observasi.store.store import Store


def _observation_rows(store: Store, teacher_id: str) -> list[dict[str, Any]]:
    """Every observation of the teacher, deleted ones included: they are data held too."""
    return store.query(
        "select id, deleted, date, status from observations where teacher_id = ? order by date, created_at",
        [teacher_id],
    )


@dataclass
class TeacherExport:
    json_path: Path
    observations: int
    pdfs: list[Path] = field(default_factory=list)
    pdf_problems: list[str] = field(default_factory=list)


def teacher_data(store: Store, teacher: Teacher) -> dict[str, Any]:
    """Everything held about *teacher*, as JSON data."""
    observations = []
    for row in _observation_rows(store, teacher.id):
        obs = store.get_observation(row["id"])
        result = score(store.instrument(obs.form_hash), obs.ratings)
        observations.append(
            {
                "deleted": bool(row["deleted"]),
                "record": record_payload(obs),
                "score": {
                    "nilai": result.nilai_text or None,
                    "predikat": result.predikat,
                    "obtained": result.obtained,
                    "maximum": result.maximum,
                    "scored": result.scored,
                    "total": result.total,
                },
                "revisions": [
                    {
                        "id": r.id,
                        "created_at": r.created_at,
                        "author": r.author,
                        "device_id": r.device_id,
                        "deleted": r.deleted,
                        "hash": r.hash,
                        "published_at": r.published_at,
                        "payload": r.payload,
                    }
                    for r in store.revisions(obs.id)
                ],
            }
        )
    try:
        program = f"observasi {version('observasi')}"
    except PackageNotFoundError:
        program = "observasi"
    school = store.get_school()
    return {
        "exported_at": utc_now(),
        "program": program,
        "school": school.model_dump() if school else None,
        "teacher": teacher.model_dump(mode="json"),
        "observations": observations,
    }


def export_teacher(context: AppContext, teacher: Teacher, out_dir: Path) -> TeacherExport:
    """Write the JSON of :func:`teacher_data` and the sheet of each observation to *out_dir*.
    A sheet that cannot be drawn is listed in ``pdf_problems``; the others are still written."""
    from observasi.sheet.service import write_sheet

    store = context.store
    out_dir = Path(out_dir)
    data = teacher_data(store, teacher)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    json_name = f"{files.safe_file_name(teacher.name, fallback='guru')}.json"
    json_path = files.write_bytes(out_dir / json_name, text.encode("utf-8"))
    result = TeacherExport(json_path, len(data["observations"]))
    for item in data["observations"]:
        if item["deleted"]:
            continue
        record = item["record"]
        target = out_dir / paths.sheet_file_name(teacher.name, record["date"], record["id"])
        try:
            write_sheet(context, record["id"], target)
        except UserError as exc:
            result.pdf_problems.append(f"{record['date']} {record['id'][:8]}: {exc.message}")
        else:
            result.pdfs.append(target)
    return result


@dataclass(frozen=True)
class ForgetPlan:
    teacher: Teacher
    observations: int
    evidence: int
    followups: int
    revisions: int
    sheets: tuple[Path, ...]  # the teacher's sheets in <data dir>/lembar, erased too
    recaps: tuple[Path, ...] = ()  # school recaps in <data dir>/rekap: they list every teacher
    # Copies the user asked for (the data export, evidence bundles) in ekspor/<teacher>/ of
    # the data folder or the output folder: theirs to keep or delete, but said.
    copies: tuple[Path, ...] = ()
    schedule_rows: int = 0  # rows of the supervision programmes that name the teacher
    files: int = 0  # evidence files only the teacher's records name
    printed: tuple[Path, ...] = ()  # programme and report PDFs in program/: they name the staff
    leftovers: tuple[Path, ...] = ()  # temp files of interrupted writes beside those (printed.leftovers_in)


def forget_plan(store: Store, teacher: Teacher) -> ForgetPlan:
    """What :func:`forget_teacher` would remove: said to the user before asking."""
    rows = _observation_rows(store, teacher.id)
    ids = [r["id"] for r in rows]
    counts = store.query(
        "select (select count(*) from evidence where observation_id in (select value from json_each(?))) as evidence, "
        "(select count(*) from followups where observation_id in (select value from json_each(?))) as followups, "
        "(select count(*) from revisions where observation_id in (select value from json_each(?))) as revisions",
        [json.dumps(ids)] * 3,
    )[0]
    copies = printed.export_folders(store, teacher.name)
    return ForgetPlan(
        teacher,
        len(ids),
        counts["evidence"],
        counts["followups"],
        counts["revisions"],
        printed.sheets_of(store, rows),
        printed.recaps_in(store),
        copies,
        sum(row.teacher_id == teacher.id for p in store.programmes() for row in p.schedule),
        sum(owners == {teacher.id} for owners in store.attachment_owners().values()),
        printed.programmes_in(store),
        printed.leftovers_in(store, copies),
    )


def plan_lines(plan: ForgetPlan, data_dir: Path) -> list[str]:
    """What will go and what stays, in the words the command line and the app both show."""
    lines = [
        t(
            "privacy.forget.plan",
            name=plan.teacher.name,
            observations=plan.observations,
            evidence=plan.evidence,
            followups=plan.followups,
            revisions=plan.revisions,
        )
    ]
    if plan.sheets:
        lines.append(t("privacy.forget.sheets", count=len(plan.sheets), folder=printed.folders_of(plan.sheets)))
    if plan.recaps:
        lines.append(t("privacy.forget.recaps", count=len(plan.recaps), folder=printed.folders_of(plan.recaps)))
    also = [t("seal.forget.rows", count=plan.schedule_rows)] if plan.schedule_rows else []
    also += [t("seal.forget.files", count=plan.files)] if plan.files else []
    if also:
        lines.append(t("seal.forget.also", what=t("seal.forget.and").join(also)))
    if plan.printed:
        lines.append(t("year3.forget.printed", count=len(plan.printed), folder=printed.folders_of(plan.printed)))
    if plan.leftovers:
        lines.append(t("fx10f.forget.leftovers", count=len(plan.leftovers), folder=printed.folders_of(plan.leftovers)))
    lines.append(t("privacy.forget.tombstones"))
    for copy in plan.copies:
        # A copy the user asked for; theirs to keep or delete.
        lines.append(t("privacy.forget.copy_kept", folder=copy))
    return lines


@dataclass(frozen=True)
class Forgotten:
    observations: int
    sheets_removed: int
    sheets_left: tuple[str, ...]  # one line per sheet or recap that could not be deleted, saying why
    recaps_removed: int = 0
    sheet_folders: str = ""  # where the removed sheets were (the output folder may not be the data folder)
    recap_folders: str = ""
    printed_removed: int = 0  # programme and report PDFs
    printed_folders: str = ""
    leftovers_removed: int = 0  # temp files of interrupted writes
    leftover_folders: str = ""


def forget_teacher(store: Store, teacher: Teacher) -> Forgotten:
    """Erase the teacher and their observations locally, leaving tombstones to publish, then
    the teacher's sheets in the data folder. The database goes first: a sheet that cannot be
    deleted (open in a PDF viewer) is reported, never a reason to keep the records."""
    rows = _observation_rows(store, teacher.id)
    remains = [tombstone.remains(store.get_observation(r["id"])) for r in rows]
    store.forget_teacher(teacher.id, remains)
    from observasi.year.programme import forget_teacher as out_of_programmes

    school_keys = out_of_programmes(store, teacher.id)
    # Its data keys go too (and the school's, which sealed the programme versions naming
    # the teacher): its revisions in the shared folder stay sealed, and the next sync tells
    # every laptop of the school to forget the teacher as well (observasi.sync.forgetting).
    store.destroy_data_keys(teacher.id, school_keys)
    from observasi.year.attachments import prune

    prune(store)  # their evidence files: no record names them any more
    store.erase_freed()
    removed = printed.remove_printed(store, rows, printed.export_folders(store, teacher.name))
    return Forgotten(
        len(remains),
        removed.sheets_removed,
        removed.left,
        removed.recaps_removed,
        printed.folders_of(removed.sheets),
        printed.folders_of(removed.recaps),
        removed.programmes_removed,
        printed.folders_of(removed.programmes),
        removed.leftovers_removed,
        printed.folders_of(removed.leftovers),
    )


def done_lines(teacher: Teacher, forgotten: Forgotten, data_dir: Path) -> list[str]:
    """What was erased, and each sheet that is still there."""
    lines = [t("privacy.forget.done", name=teacher.name, count=forgotten.observations)]
    if forgotten.sheets_removed:
        folder = forgotten.sheet_folders or str(paths.sheets_dir(data_dir))
        lines.append(t("privacy.forget.sheets_done", count=forgotten.sheets_removed, folder=folder))
    if forgotten.recaps_removed:
        folder = forgotten.recap_folders or str(paths.recaps_dir(data_dir))
        lines.append(t("privacy.forget.recaps_done", count=forgotten.recaps_removed, folder=folder))
    if forgotten.printed_removed:
        lines.append(t("year3.forget.printed_done", count=forgotten.printed_removed, folder=forgotten.printed_folders))
    if forgotten.leftovers_removed:
        lines.append(
            t("fx10f.forget.leftovers_done", count=forgotten.leftovers_removed, folder=forgotten.leftover_folders)
        )
    lines += [t("privacy.forget.sheet_left", detail=detail) for detail in forgotten.sheets_left]
    return lines


# -- the error log ---------------------------------------------------------------------------

# NIP (18 digits), NUPTK (16) and NIK (16) wherever they appear, known to this laptop or not.
_ID_NUMBER = re.compile(r"(?<!\d)\d{15,18}(?!\d)")
NAME_MARK = "[nama]"
NUMBER_MARK = "[nomor]"


def _personal_strings(store: Store) -> tuple[list[str], list[str]]:
    """(names, id numbers) this laptop holds: teachers, observers, the principal."""
    rows = store.query(
        "select name, nip as a, nuptk as b from teachers "
        "union all select name, id_number, '' from observers "
        "union all select principal_name, principal_id_number, '' from school"
    )
    names = {r["name"].strip() for r in rows if r["name"] and len(r["name"].strip()) >= 3}
    numbers = {str(v).strip() for r in rows for v in (r["a"], r["b"]) if v and len(str(v).strip()) >= 5}
    return sorted(names, key=len, reverse=True), sorted(numbers, key=len, reverse=True)


def scrubbed(text: str, store: Store | None) -> str:
    """*text* with every person's name and id number this laptop knows (and any NIP- or
    NUPTK-like number) replaced by a mark, and the signing passphrase, if one is in the
    environment, removed: an error log is sent to whoever helps, not to the teachers' employer."""
    from observasi.signing.keys import PASSPHRASE_ENV

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret:
        text = text.replace(secret, "[rahasia]")
    if store is not None:
        try:
            names, numbers = _personal_strings(store)
        except Exception:
            names, numbers = [], []
        for number in numbers:
            text = text.replace(number, NUMBER_MARK)
        for name in names:
            text = re.sub(re.escape(name), NAME_MARK, text, flags=re.IGNORECASE)
    return _ID_NUMBER.sub(NUMBER_MARK, text)


def log_error(context: AppContext, error: BaseException) -> None:
    """Append *error*'s traceback, scrubbed, to the error log (owner-only) next to the database."""
    import datetime as dt
    import traceback

    path = paths.error_log(context.settings.data_dir)
    try:
        store: Store | None = context.store
    except Exception:
        store = None  # the database is what failed to open: numbers are still scrubbed
    entry = f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n" + "".join(traceback.format_exception(error))
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags, 0o600)
    with os.fdopen(handle, "ab") as log:
        log.write(scrubbed(entry, store).encode("utf-8"))
    files.restrict_to_owner(path)
