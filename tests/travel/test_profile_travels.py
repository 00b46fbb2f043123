"""The school's profile (name, NPSN, kop lines, principal, logo) is the same on every laptop
of the school; two different changes wait for the person instead of one winning."""

from __future__ import annotations

import base64
from pathlib import Path

from observasi.sheet.service import write_sheet
from observasi.sync import school_data
from observasi.sync.service import sync
from tests.sheet.conftest import pdf_pages

# A 1x1 PNG: the logo's bytes travel with the profile.
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_a_laptop_that_joins_gets_the_profile(laptops) -> None:
    a, b, _ = laptops
    assert b.store.get_school() == a.store.get_school()


def test_a_change_on_one_laptop_shows_on_the_other(laptops, tmp_path) -> None:
    a, b, shared = laptops
    logo = tmp_path / "logo.png"
    logo.write_bytes(_PNG)
    school = a.store.get_school()
    a.store.save_school(
        school.model_copy(
            update={
                "kop_lines": "PEMERINTAH KABUPATEN CONTOH\nDINAS PENDIDIKAN",
                "npsn": "20100999",
                "logo_path": str(logo),
            }
        )
    )
    sync(a, shared)
    assert sync(b, shared).problems == []
    got = b.store.get_school()
    assert got.kop_lines == "PEMERINTAH KABUPATEN CONTOH\nDINAS PENDIDIKAN" and got.npsn == "20100999"
    assert got.logo_path != str(logo) and Path(got.logo_path).read_bytes() == _PNG
    # B's sheet prints A's letterhead.
    final = next(o for o in b.store.list_observations(status="final"))
    sheet = write_sheet(b, final.id, tmp_path / "b.pdf")
    assert "PEMERINTAH KABUPATEN CONTOH DINAS PENDIDIKAN" in pdf_pages(sheet.read_bytes())[0]
    source = school_data.profile_source(b)
    assert source is not None and "Diperbarui dari" in source
    # Nothing comes back: B's copy is A's version, not a change of its own.
    names = {p.name for p in (shared / "observasi" / b.store.device_id).iterdir()}
    assert not any(n.startswith("profile-") for n in names)


def test_two_different_changes_wait_for_a_choice(laptops) -> None:
    a, b, shared = laptops
    a.store.save_school(a.store.get_school().model_copy(update={"name": "SMP Negeri 1 Dari A", "phone": "0211"}))
    b.store.save_school(b.store.get_school().model_copy(update={"name": "SMP Negeri 1 Dari B"}))
    sync(a, shared)
    sync(b, shared)
    assert b.store.get_school().name == "SMP Negeri 1 Dari B"
    assert b.store.get_school().phone == "0211"  # what only A changed is taken
    found = school_data.choices(b)
    assert [(c.field, c.ours, c.theirs) for c in found] == [("name", "SMP Negeri 1 Dari B", "SMP Negeri 1 Dari A")]
    school_data.choose(b, 1, theirs=False)
    sync(b, shared)
    sync(a, shared)
    assert a.store.get_school().name == "SMP Negeri 1 Dari B"  # A had not changed since: it follows
    assert school_data.choices(a) == []
