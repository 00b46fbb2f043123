"""A revision whose text carries a terminal sequence or a bidi override (made by a
crafted or broken program with a genuine device key) is refused, named by its file and
the JSON path of the text; the laptop's other revisions still arrive."""

from __future__ import annotations

from observasi.core.instrument import Instrument
from observasi.i18n import set_language


def test_a_revision_with_an_escape_sequence_in_a_name_is_refused_with_its_place(devices, mini_form: Instrument) -> None:
    set_language("id")
    a, b, _ = devices
    fine = a.new_observation(mini_form, teacher="Dewi Lestari")
    crafted = a.new_observation(mini_form, teacher="Siti\x1b[2J Aminah")  # the store takes it as given
    a.sync()

    report = b.sync()

    revision = next(r for r in a.store.revisions(crafted.id))
    assert report.problems == [
        (
            f"observasi/{a.store.device_id}/{revision.id}.json",
            "$.payload.teacher.name: karakter kendali U+001B tidak boleh ada dalam teks ('Siti\\x1b[2J Aminah')",
        )
    ]
    assert b.store.get_observation(fine.id).teacher.name == "Dewi Lestari"
    assert revision.id not in b.revision_ids()
