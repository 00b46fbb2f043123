"""The forms the program knows: bundled, the user's forms folder, the shared folder.

The same id and version found in two places with different content is reported, not
silently shadowed: the first place in the search order (bundled, user, shared) wins and
the other copy is named in the problems.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from observasi.core.form_loader import FormProblem, load_form
from observasi.core.instrument import Instrument
from observasi.i18n import t


def bundled_forms_dir() -> Path:
    """The bundled instruments: inside the installed package (a wheel puts the repository's
    top-level ``forms/`` there), or beside the package in a source checkout or an editable
    install, where ``observasi/`` and ``forms/`` are siblings."""
    package = Path(str(files("observasi")))
    inside = package / "forms"
    return inside if inside.is_dir() else package.parent / "forms"


@dataclass(frozen=True)
class KnownForm:
    instrument: Instrument
    path: Path
    origin: str
    hash: str


@dataclass
class FormCatalog:
    forms: dict[tuple[str, str], KnownForm] = field(default_factory=dict)
    problems: list[FormProblem] = field(default_factory=list)
    warnings: list[FormProblem] = field(default_factory=list)

    def get(self, form_id: str, version: str | None = None) -> KnownForm | None:
        """The given version, or the newest version of *form_id* when none is given."""
        if version is not None:
            return self.forms.get((form_id, version))
        matches = [f for (fid, _), f in self.forms.items() if fid == form_id]
        return max(matches, key=lambda f: _version_key(f.instrument.version), default=None)

    def by_hash(self, digest: str) -> KnownForm | None:
        return next((f for f in self.forms.values() if f.hash == digest), None)

    def latest(self) -> list[KnownForm]:
        """One entry per form id, its newest version, ordered by title."""
        newest: dict[str, KnownForm] = {}
        for known in self.forms.values():
            current = newest.get(known.instrument.id)
            if current is None or _version_key(known.instrument.version) > _version_key(current.instrument.version):
                newest[known.instrument.id] = known
        return sorted(newest.values(), key=lambda f: f.instrument.title.casefold())


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in version.replace("-", ".").split("."))


def form_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file() and not p.name.startswith((".", "~")))


def load_catalog(
    user_dir: Path | None = None, shared_dir: Path | None = None, received_dir: Path | None = None
) -> FormCatalog:
    """Every form: bundled, the user's forms folder, the shared folder's, and those received
    from colleagues through sync (see observasi.sync.form_offers)."""
    bundled = _bundled_catalog(_files_state(bundled_forms_dir()))
    catalog = FormCatalog(dict(bundled.forms), list(bundled.problems), list(bundled.warnings))
    places = [("user", user_dir), ("shared", shared_dir), ("received", received_dir)]
    for origin, folder in places:
        if folder is None:
            continue
        for path in form_files(folder):
            add_form_file(catalog, path, origin)
    return catalog


def _files_state(folder: Path) -> tuple[tuple[str, int, int], ...]:
    found = []
    for path in form_files(folder):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


@functools.lru_cache(maxsize=2)
def _bundled_catalog(state: tuple[tuple[str, int, int], ...]) -> FormCatalog:
    """The bundled forms, parsed once per process while their files stay as they are: each
    data folder opened loads its catalog (a district opens one per school it reads, 200 on
    a rescan that finds something, at about 0.25 s of parsing each). Instruments are frozen,
    so catalogs can share them."""
    catalog = FormCatalog()
    for path, _, _ in state:
        add_form_file(catalog, Path(path), "bundled")
    return catalog


BUNDLED_INDEX = "hashes.json"  # beside the bundled forms; form_files() reads *.toml only


def bundled_hashes() -> frozenset[str]:
    """The hashes of the bundled forms the catalog offers, parsing none of them when the
    index shipped beside them (:data:`BUNDLED_INDEX`) vouches for every file as it is.
    A sync asks at every run whether a colleague's form is one it already has, and the
    forms a school's folder holds are mostly the bundled ones: parsing the seven files to
    answer took ~0.1 s of a first import of 1,000 records. A file the index does not know
    byte for byte (edited in place, or an index not brought up to date -- a test checks
    the shipped one is) makes the answer come from parsing them all, as before."""
    return _bundled_hashes(_files_state(bundled_forms_dir()))


@functools.lru_cache(maxsize=2)
def _bundled_hashes(state: tuple[tuple[str, int, int], ...]) -> frozenset[str]:
    try:
        shipped = json.loads((bundled_forms_dir() / BUNDLED_INDEX).read_bytes())
    except (OSError, ValueError):
        shipped = {}
    # An index written by code that made form hashes another way (an older or newer scheme,
    # or none: the first index was a bare mapping) vouches for nothing.
    current = isinstance(shipped, dict) and shipped.get("scheme") == Instrument.HASH_SCHEME
    index = shipped.get("files") if current else {}
    found = set()
    for path, _, _ in state:
        entry = index.get(Path(path).name) if isinstance(index, dict) else None
        offered = entry.get("hash") if isinstance(entry, dict) else None  # None: the catalog offers no form from it
        try:
            vouched = (
                isinstance(entry, dict)
                and isinstance(offered, str | None)
                and entry.get("sha256") == _file_sha256(Path(path))
            )
        except OSError:
            vouched = False
        if not vouched:
            return frozenset(known.hash for known in _bundled_catalog(state).forms.values())
        if offered is not None:
            found.add(offered)
    return frozenset(found)


def bundled_index() -> dict[str, Any]:
    """What :data:`BUNDLED_INDEX` should hold: the scheme of the form hash that made it
    (``Instrument.HASH_SCHEME``) and, for each bundled form file, the sha256 of its bytes
    and the hash of the form the catalog offers from it (None when it offers none)."""
    state = _files_state(bundled_forms_dir())
    offered = {str(known.path): known.hash for known in _bundled_catalog(state).forms.values()}
    files = {Path(path).name: {"sha256": _file_sha256(Path(path)), "hash": offered.get(path)} for path, _, _ in state}
    return {"scheme": Instrument.HASH_SCHEME, "files": files}


def write_bundled_index() -> Path:
    """Bring the shipped index up to date (after a bundled form or the form hash changed):
    ``python -c "from observasi.core.forms import write_bundled_index as w; w()"``."""
    target = bundled_forms_dir() / BUNDLED_INDEX
    target.write_text(json.dumps(bundled_index(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_form_file(catalog: FormCatalog, path: Path, origin: str) -> None:
    try:
        loaded = load_form(path)
    except (RecursionError, MemoryError, ValueError) as exc:
        # The last guard of the catalog: one file a parser chokes on in a way load_form
        # did not foresee is named, and the other forms are still offered.
        detail = f"{type(exc).__name__}: {str(exc)[:80]}"
        catalog.problems.append(FormProblem(str(path), None, "", t("form.err.unexpected", detail=detail)))
        return
    catalog.problems.extend(loaded.problems)
    catalog.warnings.extend(loaded.warnings)
    if loaded.instrument is None:
        return
    inst = loaded.instrument
    known = KnownForm(inst, path, origin, inst.content_hash())
    existing = catalog.forms.get(inst.key)
    if existing is None:
        catalog.forms[inst.key] = known
    elif existing.hash != known.hash:
        catalog.problems.append(
            FormProblem(
                str(path), None, "", t("form.err.conflict", id=inst.id, version=inst.version, other=str(existing.path))
            )
        )
