"""A laptop asking to join whose name no member can open (sealed for other members only,
or none sent) is called by its short id, never "?" (the walk: "Kode di layar «?» harus
sama persis")."""

from __future__ import annotations

from observasi.sync.devices import asking_name


def test_a_request_without_a_readable_name_is_called_by_its_short_id() -> None:
    assert asking_name("", "74bd7564aa11bb22") == "laptop 74bd7564 (tanpa nama)"
    assert asking_name("  ", "74bd7564aa11bb22") == "laptop 74bd7564 (tanpa nama)"
    assert asking_name("Laptop Siti", "74bd7564aa11bb22") == "Laptop Siti"
