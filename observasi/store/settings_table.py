"""Settings kept with the data directory (language, shared folder, theme ...) and this
laptop's device id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from observasi.core.status import new_id
from observasi.store.connection import Connection

# A value longer than this is not held by :meth:`SettingsTable.settings_read_once`: read
# when asked for (a large school's roster state is megabytes no rescan reads).
_HELD_CHARS = 4096

# The settings one thread read in one query (:meth:`SettingsTable.settings_read_once`): the
# connection they came from, the database's state when read (Connection._db_state), and each
# key's stored text (None: too long, asked for alone). Per thread (a context variable): the
# screens' thread reads the table as before.
_read_once: ContextVar[tuple[Connection, tuple[int, int], dict[str, str | None]] | None] = ContextVar(
    "observasi_settings_read_once", default=None
)


class SettingsTable(Connection):
    def get_setting(self, key: str, default: Any = None) -> Any:
        held = _read_once.get()
        if held is not None and held[0] is self:
            with self._lock:
                current = self._db_state()
            # Anything committed since they were read (another thread of this program -- the
            # screens hiding a form while a sync runs --, another program, this thread) may
            # have changed a setting: read the table from then on.
            if current != held[1]:
                _read_once.set(None)
            elif key not in held[2]:
                return default
            elif (text := held[2][key]) is not None:
                return json.loads(text)
        rows = self._rows("select value from settings where key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    @contextmanager
    def settings_read_once(self) -> Iterator[None]:
        """Within this, on this thread, the settings are read in one query and served from
        it (a no-op sync asked for them one by one, 20 queries) while nothing is committed
        to the database. A setting written here drops what was read: the next look reads
        the table again (so a write rolled back is never served); so does any commit by
        another thread or program (a setting the screens wrote while a sync runs)."""
        token = _read_once.set(None)
        try:
            self._read_settings()
            yield
        finally:
            _read_once.reset(token)

    def _read_settings(self) -> None:
        with self._lock:
            rows = self.conn.execute(
                f"select key, case when length(value) <= {_HELD_CHARS} then value end from settings"
            ).fetchall()
            state = self._db_state()
        _read_once.set((self, state, dict(rows)))

    def set_setting(self, key: str, value: Any, wait: float | None = None) -> None:
        """Keep *value* for *key*; *wait*: as :meth:`transaction`'s (the screens' thread waits briefly)."""
        held = _read_once.get()
        if held is not None and held[0] is self:
            _read_once.set(None)
        with self.transaction(wait) as conn:
            conn.execute(
                "insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
                [key, json.dumps(value)],
            )

    def drop_setting(self, key: str, wait: float | None = None) -> None:
        """No value for *key* any more (a read gives the default)."""
        held = _read_once.get()
        if held is not None and held[0] is self:
            _read_once.set(None)
        with self.transaction(wait) as conn:
            conn.execute("delete from settings where key = ?", [key])

    def all_settings(self) -> dict[str, Any]:
        return {r["key"]: json.loads(r["value"]) for r in self._rows("select key, value from settings")}

    @property
    def device_id(self) -> str:
        """This data directory's device id, made once; names its folder in the shared drive."""
        with self._lock:
            value = self.get_setting("device_id")
            if isinstance(value, str) and value:
                return value
            with self.transaction():
                value = self.get_setting("device_id")
                if not (isinstance(value, str) and value):
                    value = new_id()[:16]
                    self.set_setting("device_id", value)
                return value
