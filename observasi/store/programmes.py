"""The supervision programmes (observasi.year.programme): one JSON document each."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from observasi.store.connection import Connection

if TYPE_CHECKING:
    from observasi.core.programme import Programme


class ProgrammeTables(Connection):
    def programme_of(self, semester: str) -> Programme | None:
        """The programme of *semester* (the one changed last, should there be two)."""
        from observasi.core.programme import Programme

        rows = self._rows(
            "select payload from programmes where semester = ? order by updated_at desc, id limit 1", [semester]
        )
        return Programme.model_validate(json.loads(rows[0]["payload"])) if rows else None

    def programmes(self) -> list[Programme]:
        from observasi.core.programme import Programme

        rows = self._rows("select payload from programmes order by semester desc, updated_at desc")
        return [Programme.model_validate(json.loads(r["payload"])) for r in rows]

    def save_programme(self, programme: Programme) -> None:
        from observasi.core.programme import programme_payload

        text = json.dumps(programme_payload(programme), ensure_ascii=False)
        with self.transaction() as conn:
            conn.execute(
                "insert into programmes (id, semester, payload, updated_at, version) values (?, ?, ?, ?, 1) "
                "on conflict (id) do update set semester = excluded.semester, payload = excluded.payload, "
                "updated_at = excluded.updated_at, version = programmes.version + 1",
                [programme.id, programme.semester, text, programme.updated_at],
            )

    def scheduled_between(self, date_from: str, date_to: str) -> list[tuple[str, str, str, str | None]]:
        """(teacher id, teacher name, planned day, observation id) of the schedule rows of
        every programme planned from *date_from* to *date_to* (a week's row by its Monday).
        Read with SQLite's JSON functions: no models on the home screen's path."""
        rows = self._rows(
            "select json_extract(r.value, '$.teacher_id') as teacher_id, "
            "json_extract(r.value, '$.teacher_name') as name, "
            "coalesce(json_extract(r.value, '$.planned_date'), json_extract(r.value, '$.week')) as day, "
            "json_extract(r.value, '$.observation_id') as obs_id "
            "from programmes p, json_each(p.payload, '$.schedule') r where day between ? and ? order by day, name",
            [date_from, date_to],
        )
        return [(r["teacher_id"], r["name"], r["day"], r["obs_id"]) for r in rows]
