"""The people: the school (with its principal), the observers, the teachers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from observasi.core.status import utc_now
from observasi.store.settings_table import SettingsTable

if TYPE_CHECKING:
    from observasi.store.models import Observer, School, Teacher


class PeopleTables(SettingsTable):
    # -- the school -------------------------------------------------------------------

    def get_school(self) -> School | None:
        from observasi.store.models import School

        rows = self._rows("select * from school where id = 1")
        return School.model_validate(rows[0]) if rows else None

    def save_school(self, school: School) -> None:
        with self.transaction():
            self._replace_rows("school", [{"id": 1, **school.model_dump()}])

    # -- observers --------------------------------------------------------------------

    def save_observer(self, observer: Observer) -> Observer:
        with self.transaction():
            self._replace_rows("observers", [observer.model_dump()])
        return observer

    def get_observer(self, observer_id: str) -> Observer | None:
        from observasi.store.models import Observer

        rows = self._rows("select * from observers where id = ?", [observer_id])
        return Observer.model_validate(rows[0]) if rows else None

    def known_observer_ids(self) -> set[str]:
        return {r["id"] for r in self._rows("select id from observers")}

    def is_set_up(self) -> bool:
        """Whether the first run is done: the school and this laptop's observer are saved."""
        observer_id = self.get_setting("self_observer_id")
        return bool(
            observer_id
            and self._rows("select 1 from school where id = 1")
            and self._rows("select 1 from observers where id = ?", [observer_id])
        )

    def self_observer(self) -> Observer | None:
        """The person using this laptop, chosen at first run."""
        observer_id = self.get_setting("self_observer_id")
        return self.get_observer(observer_id) if observer_id else None

    # -- teachers ---------------------------------------------------------------------

    def save_teacher(self, teacher: Teacher) -> Teacher:
        teacher = teacher.model_copy(update={"updated_at": utc_now()})
        with self.transaction():
            self._replace_rows("teachers", [_teacher_row(teacher)])
        return teacher

    def save_teachers(self, teachers: Sequence[Teacher]) -> None:
        """Many teachers in one transaction (roster import)."""
        now = utc_now()
        with self.transaction():
            self._replace_rows("teachers", [{**_teacher_row(t_), "updated_at": now} for t_ in teachers])

    def get_teacher(self, teacher_id: str) -> Teacher | None:
        from observasi.store.models import Teacher

        rows = self._rows("select * from teachers where id = ?", [teacher_id])
        return Teacher.model_validate(rows[0]) if rows else None

    def known_teacher_ids(self) -> set[str]:
        return {r["id"] for r in self._rows("select id from teachers")}

    def teacher_count(self) -> int:
        """How many teachers are known (active or not): len(known_teacher_ids()), counted."""
        return int(self._rows("select count(*) as n from teachers")[0]["n"])

    def teacher_numbers(self) -> list[tuple[str, str, str]]:
        """(id, NIP, NUPTK) of every teacher, the inactive ones too, in list_teachers' order."""
        return [
            (r["id"], r["nip"] or "", r["nuptk"] or "")
            for r in self._rows("select id, nip, nuptk from teachers order by name collate nocase")
        ]

    def list_teachers(self, include_inactive: bool = False) -> list[Teacher]:
        from observasi.store.models import Teacher

        where = "" if include_inactive else "where active = 1"
        return [
            Teacher.model_validate(r)
            for r in self._rows(f"select * from teachers {where} order by name collate nocase")
        ]

    def teacher_choices(self) -> list[tuple[str, str]]:
        """(name, id) of every teacher, the inactive ones too, by name: the home screen's
        teacher filter (no models: it is read at every start)."""
        return [(r["name"], r["id"]) for r in self._rows("select id, name from teachers order by name collate nocase")]

    def teacher_observation_counts(self, teacher_id: str) -> dict[str, int]:
        """How many observations of a teacher there are, per status."""
        rows = self._rows(
            "select status, count(*) as n from observations where teacher_id = ? and deleted = 0 group by status",
            [teacher_id],
        )
        return {r["status"]: r["n"] for r in rows}

    def find_teachers(self, query: str) -> list[Teacher]:
        """Teachers whose name (without case or marks: "sukru" finds "Şükrü"), NIP or
        NUPTK contains *query*."""
        from observasi.core.search_fold import fold
        from observasi.store.models import Teacher

        like = f"%{query.strip()}%"
        rows = self._rows(
            "select * from teachers where active = 1 and (fold(name) like ? or nip like ? or nuptk like ?) "
            "order by name collate nocase",
            [f"%{fold(query.strip())}%", like, like],
        )
        return [Teacher.model_validate(r) for r in rows]


def _teacher_row(teacher: Teacher) -> dict[str, Any]:
    row = teacher.model_dump()
    row["active"] = int(row["active"])
    return row
