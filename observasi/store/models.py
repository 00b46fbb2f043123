"""Rows of the local database as pydantic models."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from observasi.core.record import Person, new_id, utc_now


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _none_to_default(cls, value: Any, info: Any) -> Any:
        # SQLite gives NULL for columns added later or left empty; use the field default.
        if value is None:
            field = cls.model_fields[info.field_name]
            if not field.is_required() and field.default is not None:
                return field.get_default(call_default_factory=True)
        return value


class School(_Row):
    name: str = ""
    npsn: str = ""
    address: str = ""
    city: str = ""
    principal_name: str = ""
    principal_id_label: str = "NIP"
    principal_id_number: str = ""
    logo_path: str = ""
    # The kop: lines above the school's name (PEMERINTAH KABUPATEN ..., DINAS PENDIDIKAN ...),
    # one per line, and the phone and e-mail printed under the address.
    kop_lines: str = ""
    phone: str = ""
    email: str = ""


class Observer(_Row):
    id: str = Field(default_factory=new_id)
    name: str
    id_label: str = "NIP"
    id_number: str = ""
    # kepala_sekolah, wakasek, guru_senior, pengawas
    role: str = "kepala_sekolah"
    created_at: str = Field(default_factory=utc_now)

    def as_person(self) -> Person:
        return Person(name=self.name, id_label=self.id_label, id_number=self.id_number, role=self.role)


ROLES = ("kepala_sekolah", "wakasek", "guru_senior", "pengawas")


class Teacher(_Row):
    id: str = Field(default_factory=new_id)
    name: str
    nip: str = ""
    nuptk: str = ""
    gender: str = ""  # L / P
    ptk_type: str = ""  # Jenis PTK: Guru Mapel, Guru Kelas, ...
    subject: str = ""
    rank: str = ""  # pangkat / golongan
    active: bool = True
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)

    def as_person(self, id_label: str = "NIP") -> Person:
        """The teacher as printed: the number that fits *id_label*, else whichever exists."""
        numbers = {"NIP": self.nip, "NUPTK": self.nuptk}
        if numbers.get(id_label):
            return Person(name=self.name, id_label=id_label, id_number=numbers[id_label])
        for label, number in numbers.items():
            if number:
                return Person(name=self.name, id_label=label, id_number=number)
        return Person(name=self.name, id_label=id_label)


class Revision(BaseModel):
    """One saved state of an observation; the unit that travels through the shared folder."""

    id: str
    observation_id: str
    parents: list[str]
    device_id: str
    author: str
    created_at: str
    deleted: bool
    payload: dict[str, Any]
    hash: str
    signature: str | None = None
    origin: str = "local"  # local | imported
    published_at: str | None = None

    def to_row(self) -> dict[str, Any]:
        row = self.model_dump()
        row["parents"] = json.dumps(self.parents)
        row["payload"] = json.dumps(self.payload, ensure_ascii=False)
        row["deleted"] = int(self.deleted)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Revision:
        data = dict(row)
        data["parents"] = json.loads(data["parents"] or "[]")
        data["payload"] = json.loads(data["payload"])
        data["deleted"] = bool(data["deleted"])
        return cls.model_validate(data)
