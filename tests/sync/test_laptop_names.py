"""A laptop is named by its member label, else by who uses it, else as this laptop or
another one with the start of its id -- never by a bare hex id."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync.laptops import Laptops, laptop_name, remember


def test_names_fall_back_from_the_label_to_the_observer_to_a_short_id(tmp_path: Path) -> None:
    context = AppContext(Settings(data_dir=tmp_path / "laptop"))
    store = context.store
    me = store.device_id
    other = "36962bdd0a1b2c3d"
    assert laptop_name(context, me) == "laptop ini"
    assert laptop_name(context, other) == "laptop lain (36962bdd)"
    assert Laptops(context).name(me, mark_this=True) == "laptop ini"

    remember(store, {me: "Bu Sari", other: "  "})  # a blank label is no name
    assert laptop_name(context, me) == "Laptop Bu Sari"
    assert Laptops(context).name(me, mark_this=True) == "Laptop Bu Sari (laptop ini)"
    assert laptop_name(context, other) == "laptop lain (36962bdd)"
    remember(store, {other: "Pak Budi"})
    assert laptop_name(context, other) == "Laptop Pak Budi"
    assert laptop_name(context, me) == "Laptop Bu Sari"  # a later sync keeps what it knew
    store.close()
