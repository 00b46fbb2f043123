"""The schools a district data folder reads: each a name and the place its laptops sync
with (a shared folder or an ``s3://`` bucket), kept in the district's own settings.

Each school is read into a data folder of its own under ``<data dir>/sekolah/<slug>/``
(a whole observasi data folder, so the school recap, sheets and exports work on it as
they do at the school). The district never writes into a school's place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t

SCHOOLS_KEY = "district.schools"
MODE_KEY = "district.mode"


@dataclass(frozen=True)
class SchoolPlace:
    slug: str  # the folder name under <data dir>/sekolah/: ASCII, Windows-valid
    name: str
    place: str  # a folder path or an s3:// URL
    endpoint: str | None = None

    @property
    def is_bucket(self) -> bool:
        return self.place.startswith("s3://")


def is_district(context: AppContext) -> bool:
    return bool(context.store.get_setting(MODE_KEY, False))


def make_district(context: AppContext) -> None:
    """Mark this data folder as a district's (it reads schools; it observes nobody)."""
    context.store.set_setting(MODE_KEY, True)


def schools(context: AppContext) -> list[SchoolPlace]:
    stored = context.store.get_setting(SCHOOLS_KEY, []) or []
    return [SchoolPlace(**item) for item in stored if isinstance(item, dict)]


def slug_of(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48]
    return slug or "sekolah"


def add_school(context: AppContext, name: str, place: str, endpoint: str | None = None) -> SchoolPlace:
    """Add a school by the place its laptops sync with; UserError for a name already
    used, a bucket URL that is not one, or a folder that does not exist."""
    name = " ".join(name.split())
    if not name:
        raise UserError(t("district.err.no_name"))
    place = place.strip()
    if place.startswith("s3://"):
        from observasi.sync.bucket import parse_url

        place = parse_url(place).url
    else:
        folder = Path(place).expanduser()
        if not folder.is_dir():
            raise UserError(t("district.err.no_folder", path=place))
        place = str(folder.resolve())
    known = schools(context)
    if any(s.name.casefold() == name.casefold() for s in known):
        raise UserError(t("district.err.same_name", name=name))
    taken = {s.slug for s in known}
    slug, n = slug_of(name), 2
    base = slug
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    school = SchoolPlace(slug, name, place, (endpoint or "").strip() or None)
    make_district(context)
    context.store.set_setting(SCHOOLS_KEY, [asdict(s) for s in [*known, school]])
    return school


def find_school(context: AppContext, text: str) -> SchoolPlace:
    """A school by its name, slug, or the start of either (one match only)."""
    wanted = text.strip().casefold()
    known = schools(context)
    exact = [s for s in known if wanted in (s.name.casefold(), s.slug)]
    if exact:
        return exact[0]
    found = [s for s in known if s.name.casefold().startswith(wanted) or s.slug.startswith(wanted)]
    if len(found) != 1:
        raise UserError(t("district.err.no_school", name=text))
    return found[0]
