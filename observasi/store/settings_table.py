"""Settings kept with the data directory (language, shared folder, theme ...) and this
laptop's device id."""

from __future__ import annotations

import json
from typing import Any

from observasi.core.status import new_id
from observasi.store.connection import Connection


class SettingsTable(Connection):
    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._rows("select value from settings where key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
                [key, json.dumps(value)],
            )

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
