"""The supervision programmes (observasi.year.programme): one JSON document each."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from observasi.store.connection import Connection

if TYPE_CHECKING:
    from observasi.core.programme import Programme


class ProgrammeTables(Connection):
    def programme_of(self, semester: str) -> Programme | None:
        """The programme of *semester* (the one changed last, should there be two)."""
        from observasi.core.programme import Programme

        rows = self._rows(
            "select payload from programmes where semester = ? "
            "order by (clash_with is null), updated_at desc, id limit 1",
            [semester],
        )
        return Programme.model_validate(json.loads(rows[0]["payload"])) if rows else None

    def programmes(self) -> list[Programme]:
        from observasi.core.programme import Programme

        rows = self._rows("select payload from programmes order by semester desc, updated_at desc")
        return [Programme.model_validate(json.loads(r["payload"])) for r in rows]

    def save_programme(self, programme: Programme, shared: bool = False, device_id: str | None = None) -> None:
        """Hold *programme* as this laptop's version of it, and as one version of its
        history (*shared*: read from the shared place, or written there)."""
        from observasi.core.programme import programme_payload

        text = json.dumps(programme_payload(programme), ensure_ascii=False)
        device = device_id if device_id is not None else self._this_device()
        with self.transaction() as conn:
            conn.execute(
                "insert into programmes (id, semester, payload, updated_at, version) values (?, ?, ?, ?, 1) "
                "on conflict (id) do update set semester = excluded.semester, payload = excluded.payload, "
                "updated_at = excluded.updated_at, version = programmes.version + 1",
                [programme.id, programme.semester, text, programme.updated_at],
            )
            self._add_version(conn, programme, text, shared, device)

    def _this_device(self) -> str:
        rows = self._rows("select value from settings where key = 'device_id'")
        return str(json.loads(rows[0]["value"])) if rows else ""

    def add_programme_version(self, programme: Programme, device_id: str) -> None:
        """A version read from the shared place (from *device_id*'s folder), kept in the
        history only: which one this laptop holds is decided once every file is read."""
        from observasi.core.programme import programme_payload

        text = json.dumps(programme_payload(programme), ensure_ascii=False)
        with self.transaction() as conn:
            self._add_version(conn, programme, text, True, device_id)

    def _add_version(
        self, conn: sqlite3.Connection, programme: Programme, text: str, shared: bool, device_id: str
    ) -> None:
        from observasi.core.programme import programme_hash

        conn.execute(
            "insert into programme_versions (digest, programme_id, payload, parents, shared, device_id) "
            "values (?, ?, ?, ?, ?, ?) on conflict (digest) do update set "
            "shared = max(shared, excluded.shared), payload = coalesce(payload, excluded.payload)",
            [
                programme_hash(programme),
                programme.id,
                text,
                json.dumps(programme.based_on),
                int(shared),
                device_id,
            ],
        )

    def programme_by_id(self, programme_id: str) -> Programme | None:
        from observasi.core.programme import Programme

        rows = self._rows("select payload from programmes where id = ?", [programme_id])
        return Programme.model_validate(json.loads(rows[0]["payload"])) if rows else None

    def programme_version(self, digest: str) -> Programme | None:
        """A version of the history (None: unknown, or its text erased at a forget)."""
        from observasi.core.programme import Programme

        rows = self._rows("select payload from programme_versions where digest = ?", [digest])
        payload = rows[0]["payload"] if rows else None
        return Programme.model_validate(json.loads(payload)) if payload else None

    def programme_history(self, programme_id: str | None = None) -> dict[str, tuple[list[str], bool, str, str]]:
        """digest -> (parents, shared, the laptop it came from, programme id) of every
        version known (of one programme, or of all: two laptops may each have made the
        programme of one semester, and a merge joins them)."""
        where, args = ("where programme_id = ?", [programme_id]) if programme_id else ("", [])
        rows = self._rows(
            f"select digest, parents, shared, device_id, programme_id from programme_versions {where}", args
        )
        return {
            r["digest"]: (json.loads(r["parents"] or "[]"), bool(r["shared"]), r["device_id"] or "", r["programme_id"])
            for r in rows
        }

    def drop_programme(self, programme_id: str) -> None:
        """No longer hold *programme_id*: merged into another programme of its semester (its
        versions stay in the history)."""
        with self.transaction() as conn:
            conn.execute("delete from programmes where id = ?", [programme_id])

    def programme_ids_in_history(self) -> list[str]:
        return [r["programme_id"] for r in self._rows("select distinct programme_id from programme_versions")]

    def mark_programmes_shared(self, digests: Iterable[str]) -> None:
        # Only versions not marked yet: every sync marks every programme again, and a row
        # rewritten with the same value is still a write (a commit and its fsync each sync).
        rows = [[d] for d in digests]
        if not rows:
            return
        with self.transaction() as conn:
            conn.executemany("update programme_versions set shared = 1 where digest = ? and shared is not 1", rows)

    def set_programme_clash(self, programme_id: str, digest: str | None) -> None:
        """The other laptop's version that clashes with this laptop's (None: none now)."""
        with self.transaction() as conn:
            conn.execute("update programmes set clash_with = ? where id = ?", [digest, programme_id])

    def programme_clashes(self) -> dict[str, str]:
        """programme id -> the other laptop's version waiting for a person's decision."""
        rows = self._rows("select id, clash_with from programmes where clash_with is not null and clash_with != ''")
        return {r["id"]: r["clash_with"] for r in rows}

    def erase_programme_history(self) -> None:
        """Forget the text of every version but the ones held now (a forgotten teacher's
        name is in them); which version came from which stays, to keep merging."""
        with self.transaction() as conn:
            conn.execute("update programmes set clash_with = null")
            conn.execute(
                "update programme_versions set payload = null where payload is not null "
                "and payload not in (select payload from programmes)"
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
