"""The files observasi printed into its own folders that name a teacher: feedback sheets,
school recaps, supervision programmes and reports.

Forgetting a teacher removes them: on the laptop where the teacher is forgotten
(observasi.privacy) and on every laptop that applies that forget at its next sync
(observasi.sync.forgetting), so one function finds them for both. Copies a person asked for
elsewhere (an export, a bundle) are theirs; they are named, never deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from observasi import files, paths
from observasi.errors import UserError

if TYPE_CHECKING:
    from observasi.store.store import Store

RECAP_SUFFIXES = (".xlsx", ".csv", ".pdf")


def sheets_of(store: Store, rows: list[dict[str, Any]]) -> tuple[Path, ...]:
    """The sheets observasi wrote to its own folders for these observations (rows with
    ``id`` and ``date``; the data folder's and the output folder: Documents/observasi or
    the one chosen in the settings): named ``<teacher>-<date>-<id8>.pdf``, or with the
    endings an amended version's sheet, one in another language than its form's and an
    unsigned one saved beside a signed one take (``-amandemen-2``, ``-en``, ``-tanpa-ttd``:
    observasi.sheet), matched by date and id (the teacher may have been renamed since)."""
    endings = {f"-{row['date']}-{row['id'][:8]}.pdf" for row in rows}
    found: list[Path] = []
    for folder in paths.sheet_folders(store.data_dir, store.get_setting("output_dir")):
        if folder.is_dir():
            found += [path for path in folder.iterdir() if _plain_name(path.name)[-24:] in endings and path.is_file()]
    return tuple(sorted(found))


_VERSION_ENDING = re.compile(r"(?:-amandemen-[0-9]+)?(?:-(?:en|id))?(?:-tanpa-ttd)?(?=\.pdf$)")


def _plain_name(name: str) -> str:
    """*name* without the endings of an amended, other-language or unsigned sheet: what the
    first sheet of the record was named."""
    return _VERSION_ENDING.sub("", name.lower(), count=1) if name.lower().endswith(".pdf") else name.lower()


def recaps_in(store: Store) -> tuple[Path, ...]:
    """The school recaps observasi wrote to its own folders (``rekap/rekap-*`` in the data
    folder and the output folder). Each lists every teacher of its period, so a forgotten
    teacher's name and scores are in all of them; they are made again in a moment from
    what remains."""
    found: list[Path] = []
    for root in paths.output_roots(store.data_dir, store.get_setting("output_dir")):
        folder = paths.recaps_dir(root)
        if folder.is_dir():
            found += [
                path
                for path in folder.iterdir()
                if path.name.lower().startswith("rekap-") and path.suffix.lower() in RECAP_SUFFIXES and path.is_file()
            ]
    return tuple(sorted(found))


def leftovers_in(store: Store, more: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """The temp files a write killed before its rename left in the folders of the sheets,
    recaps and programmes, and in *more* (the teacher's own export folders), see
    :func:`observasi.files.stale_temps`: each holds a whole or partial sheet, recap,
    programme or bundle, so a teacher's name and scores, and no sync client or person ever
    sees it (the name is hidden and skipped)."""
    found: list[Path] = []
    for root in paths.output_roots(store.data_dir, store.get_setting("output_dir")):
        for folder in (paths.sheets_dir(root), paths.recaps_dir(root), paths.programmes_dir(root)):
            found += files.stale_temps(folder)
    for folder in more:
        found += files.stale_temps(folder)
    return tuple(found)


def programmes_in(store: Store) -> tuple[Path, ...]:
    from observasi.year.programme import printed_files

    return printed_files(store)


@dataclass(frozen=True)
class Removed:
    """What a forget removed of the printed files, and what stayed (one line each, why)."""

    sheets: tuple[Path, ...] = ()
    recaps: tuple[Path, ...] = ()
    programmes: tuple[Path, ...] = ()
    sheets_removed: int = 0
    recaps_removed: int = 0
    programmes_removed: int = 0
    left: tuple[str, ...] = ()
    leftovers: tuple[Path, ...] = ()  # temp files of interrupted writes (leftovers_in)
    leftovers_removed: int = 0

    @property
    def count(self) -> int:
        """Every file removed: a leftover is an unfinished sheet, recap or programme."""
        return self.sheets_removed + self.recaps_removed + self.programmes_removed + self.leftovers_removed


def export_folders(store: Store, teacher_name: str) -> tuple[Path, ...]:
    """The teacher's ``ekspor/<teacher>/`` folders (data exports, evidence bundles): the
    copies in them are the user's; a leftover of an interrupted write there is no copy.
    Swept by a forget made here and by one a colleague made (review10: only the first)."""
    return tuple(
        folder
        for root in paths.output_roots(store.data_dir, store.get_setting("output_dir"))
        if (folder := paths.teacher_export_dir(root, teacher_name)).is_dir()
    )


def remove_printed(store: Store, rows: list[dict[str, Any]], more: tuple[Path, ...] = ()) -> Removed:
    """Delete the sheets of these observations, every recap and programme PDF (each names
    the teacher) and the leftovers of writes killed before their rename in those folders
    (one may hold this teacher's sheet; none is a file anyone uses), and in *more*. A file
    that cannot be deleted (open in a PDF viewer) is reported, never a reason to stop."""
    sheets, recaps, programmes = sheets_of(store, rows), recaps_in(store), programmes_in(store)
    leftovers = leftovers_in(store, more)
    left: list[str] = []
    sheets_removed, recaps_removed = remove_all(sheets, left), remove_all(recaps, left)
    programmes_removed = remove_all(programmes, left)
    return Removed(
        sheets,
        recaps,
        programmes,
        sheets_removed,
        recaps_removed,
        programmes_removed,
        tuple(left),
        leftovers,
        remove_all(leftovers, left),
    )


def folders_of(targets: tuple[Path, ...]) -> str:
    return ", ".join(sorted({str(target.parent) for target in targets}))


def remove_all(targets: tuple[Path, ...], left: list[str]) -> int:
    """Delete each file; one line in *left* per file that stays (open in a viewer)."""
    removed = 0
    for target in targets:
        try:
            files.remove(target)
        except UserError as exc:
            left.append(exc.message)
        else:
            removed += 1
    return removed
