"""The school and the observer typed in Settings (or the welcome) pass the text boundary."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.text import TextRejected
from observasi.i18n import set_language
from observasi.queries import people
from observasi.settings import Settings
from observasi.store.models import Observer, School


def test_a_profile_is_kept_without_control_characters_and_nul_is_refused_naming_the_field(tmp_path: Path) -> None:
    set_language("id")
    context = AppContext(Settings(data_dir=tmp_path / "data"))
    school = School(name="SMP Negeri\x1b[2J 3  Sukamaju\u202e", city="Suka\x07maju")
    # The NIP is checked and kept as its digits (queries.people.checked_number).
    observer = Observer(name="Drs. Ahmad\x1b]0;x\x07", id_number="19700101 199403 1 005")
    people.save_profile(context, school, observer, None, None)
    saved = people.profile(context)
    assert (saved.school.name, saved.school.city) == ("SMP Negeri[2J 3 Sukamaju", "Sukamaju")
    assert saved.observer is not None and saved.observer.name == "Drs. Ahmad]0;x"
    assert saved.observer.id_number == "197001011994031005"
    with pytest.raises(TextRejected, match=r"^Kota: berisi karakter NUL"):
        people.save_profile(context, School(name="SMP", city="Su\x00ka"), observer, None, None)
    with pytest.raises(TextRejected, match=r"^Nama: 151 karakter, paling banyak 150 untuk nama"):
        people.save_profile(context, School(name="SMP"), Observer(name="A" * 151), None, None)
    assert people.profile(context).school.city == "Sukamaju"  # nothing half-saved
    context.store.close()
