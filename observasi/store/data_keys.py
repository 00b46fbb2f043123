"""The teachers' data keys this laptop holds, and the teachers forgotten school-wide.

A data key encrypts one teacher's records in the shared folder (observasi.sync.envelope).
Forgetting the teacher deletes their keys here (``secure_delete`` zeroes the bytes; the
forget ends with a WAL checkpoint) and remembers the key ids, so a file sealed under one
is reported as belonging to a forgotten teacher instead of waiting for a key for ever.
"""

from __future__ import annotations

from collections.abc import Sequence

from observasi.store.connection import Connection


def utc_now() -> str:
    # Here, not core.record's: that one brings pydantic, which the app's start does not need.
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class DataKeyTables(Connection):
    def data_key(self, dkid: str) -> bytes | None:
        rows = self._rows("select key from data_keys where dkid = ?", [dkid])
        return bytes(rows[0]["key"]) if rows else None

    def current_data_key(self, teacher_id: str, kid: str) -> tuple[str, bytes] | None:
        """The newest data key of the teacher wrapped under the school key *kid*."""
        rows = self._rows(
            "select dkid, key from data_keys where teacher_id = ? and kid = ? order by created_at desc, dkid limit 1",
            [teacher_id, kid],
        )
        return (rows[0]["dkid"], bytes(rows[0]["key"])) if rows else None

    def save_data_keys(self, keys: Sequence[tuple[str, str, bytes, str]]) -> None:
        """(dkid, teacher id, key, school key id) each."""
        with self.transaction() as conn:
            conn.executemany(
                "insert or ignore into data_keys (dkid, teacher_id, key, kid, created_at) values (?, ?, ?, ?, ?)",
                [(dkid, teacher, key, kid, utc_now()) for dkid, teacher, key, kid in keys],
            )

    def held_data_keys(self) -> list[tuple[str, str, bytes, str]]:
        """Every data key held: (dkid, teacher id, key, school key id made under)."""
        rows = self._rows("select dkid, teacher_id, key, kid from data_keys order by created_at, dkid")
        return [(r["dkid"], r["teacher_id"], bytes(r["key"]), r["kid"]) for r in rows]

    def data_key_teachers(self) -> dict[str, list[str]]:
        """Teacher id -> the ids of the data keys held for them."""
        out: dict[str, list[str]] = {}
        for row in self._rows("select dkid, teacher_id from data_keys order by created_at"):
            out.setdefault(row["teacher_id"], []).append(row["dkid"])
        return out

    def is_forgotten_data_key(self, dkid: str) -> bool:
        return bool(self._count("select count(*) from forgotten_data_keys where dkid = ?", [dkid]))

    def forgotten_teachers(self) -> dict[str, list[str]]:
        """Teachers forgotten on this laptop (here or from another) -> their data key ids."""
        held: dict[str, list[str]] = {
            r["teacher_id"]: [] for r in self._rows("select teacher_id from forgotten_teachers")
        }
        for row in self._rows("select dkid, teacher_id from forgotten_data_keys where teacher_id is not null"):
            held.setdefault(row["teacher_id"], []).append(row["dkid"])
        return held

    def is_forgotten_teacher(self, teacher_id: str) -> bool:
        return bool(self._count("select count(*) from forgotten_teachers where teacher_id = ?", [teacher_id]))

    def destroy_data_keys(self, teacher_id: str, also: Sequence[str] = ()) -> list[str]:
        """Delete every data key of the teacher (and the ids in *also*), remembering their
        ids and the teacher as forgotten; returns the ids destroyed."""
        with self.transaction() as conn:
            held = [r["dkid"] for r in self._rows("select dkid from data_keys where teacher_id = ?", [teacher_id])]
            gone = sorted(set(held) | set(also))
            conn.executemany(
                "insert or ignore into forgotten_data_keys (dkid, teacher_id) values (?, ?)",
                [(d, teacher_id) for d in gone],
            )
            conn.execute(
                "insert or ignore into forgotten_teachers (teacher_id, at) values (?, ?)", [teacher_id, utc_now()]
            )
            conn.execute("delete from data_keys where teacher_id = ?", [teacher_id])
            conn.executemany("delete from data_keys where dkid = ?", [(d,) for d in also])
        return gone

    # -- the school's laptops' names (sealed in the folder; see observasi.sync.laptop_names) --

    def laptop_names(self) -> dict[str, str]:
        """Device id -> the name that laptop chose, as last read."""
        return {r["device_id"]: r["name"] for r in self._rows("select device_id, name from laptop_names")}

    def save_laptop_names(self, names: dict[str, tuple[str, int]]) -> None:
        """Device id -> (name, seq): kept unless a name with a higher seq is already here."""
        with self.transaction() as conn:
            conn.executemany(
                "insert into laptop_names (device_id, name, seq) values (?, ?, ?) "
                "on conflict(device_id) do update set name = excluded.name, seq = excluded.seq "
                # The same name again changes nothing, and writes nothing (a commit at every sync).
                "where excluded.seq > laptop_names.seq or "
                "(excluded.seq = laptop_names.seq and excluded.name is not laptop_names.name)",
                [(device, name, seq) for device, (name, seq) in names.items()],
            )
