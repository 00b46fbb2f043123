"""The forms the records use, kept with them: an old record still renders after its form
file changes or disappears."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from observasi.core.status import utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.connection import Connection

if TYPE_CHECKING:
    from observasi.core.instrument import Instrument


class FormTables(Connection):
    def __init__(self, data_dir: Path) -> None:
        # Validated forms by content hash: a form is parsed once per connection.
        self._instruments: dict[str, Instrument] = {}
        super().__init__(data_dir)

    def remember_form(self, inst: Instrument) -> str:
        """Keep the form's content with the records. Returns its content hash."""
        digest = inst.content_hash()
        if digest not in self._instruments:
            body = inst.canonical_bytes.decode("utf-8")
            with self.transaction() as conn:
                conn.execute(
                    "insert or ignore into forms (hash, form_id, version, title, body, first_seen) "
                    "values (?, ?, ?, ?, ?, ?)",
                    [digest, inst.id, inst.version, inst.title, body, utc_now()],
                )
            self._instruments[digest] = inst
        return digest

    def instrument(self, digest: str) -> Instrument:
        """The stored form with content hash *digest* (validated once, then cached)."""
        cache = self._instruments
        inst = cache.get(digest)
        if inst is None:
            rows = self._rows("select body from forms where hash = ?", [digest])
            if not rows:
                raise UserError(t("store.err.form_missing", hash=digest[:12]))
            from observasi.core.instrument import Instrument

            inst = Instrument.model_validate_json(rows[0]["body"])
            cache[digest] = inst
        return inst

    def used_form_titles(self) -> list[tuple[str, str]]:
        """(form id, title of its newest stored version) of every form a record (not
        deleted) uses: the home's form filter, without parsing a form."""
        rows = self._rows(
            "select u.form_id, coalesce((select f.title from forms f where f.form_id = u.form_id "
            "order by f.first_seen desc limit 1), '') as title "
            "from (select distinct form_id from observations where deleted = 0) u"
        )
        return [(r["form_id"], r["title"]) for r in rows]

    def has_form(self, digest: str) -> bool:
        return bool(self._rows("select 1 from forms where hash = ?", [digest]))

    def form_body(self, digest: str) -> bytes | None:
        """The stored form as the canonical JSON bytes its hash is computed over."""
        found = self._rows("select body from forms where hash = ?", [digest])
        return found[0]["body"].encode("utf-8") if found else None

    def used_form_hashes(self) -> list[str]:
        """Hashes of the forms some record uses."""
        return [r["form_hash"] for r in self._rows("select distinct form_hash from observations where form_hash != ''")]
