"""Sheet file names are Indonesian whatever the UI's language (``-amandemen-N``,
``-tanpa-ttd``, like the ``lembar`` and ``rekap`` folders): a school's laptops run both
languages and hand out the same names, and a forget matches one set of endings. A sheet
saved while the UI was English is erased by a forget done in English, every name it can have."""

from __future__ import annotations

from observasi.context import AppContext
from observasi.i18n import set_language
from observasi.privacy import forget_plan, forget_teacher
from observasi.signing.keys import create_key
from tests.sheet.conftest import PASSPHRASE, pick


def test_a_sheet_saved_in_english_has_the_one_name_and_an_english_forget_erases_every_one(demo: AppContext) -> None:
    from observasi.sheet.service import write_sheet

    set_language("en")
    create_key(demo, PASSPHRASE)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    signed = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    unsigned = write_sheet(demo, item.id)
    assert unsigned.name == signed.stem + "-tanpa-ttd.pdf"
    # The same sheet saved by a colleague's laptop, in upper case on a case-keeping drive.
    upper = unsigned.with_name(signed.stem + "-AMANDEMEN-1-TANPA-TTD.PDF")
    upper.write_bytes(unsigned.read_bytes())
    # The sheet in English, the screens' language, beside the form's Indonesian one (walk11).
    demo.update_settings(lang="en")
    english = write_sheet(demo, item.id, sign=True, passphrase=PASSPHRASE)
    english_unsigned = write_sheet(demo, item.id)
    assert (english.name, english_unsigned.name) == (signed.stem + "-en.pdf", signed.stem + "-en-tanpa-ttd.pdf")
    obs = demo.store.get_observation(item.id)
    teacher = demo.store.get_teacher(obs.teacher_id)
    assert teacher is not None
    every = {signed, unsigned, upper, english, english_unsigned}
    assert set(forget_plan(demo.store, teacher).sheets) >= every
    forgotten = forget_teacher(demo.store, teacher)
    assert forgotten.sheets_left == ()
    assert not any(path.exists() for path in every)
