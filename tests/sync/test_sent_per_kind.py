"""What a sync says it sent is what it sent, per kind (the walk: "Terkirim 0" although a new
instrument and the school's profile travelled), and the header's "Sinkron terakhir" moves
with the publish the app runs when it quits (the walk: it kept the sync before)."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.formbook.template import write_template
from observasi.queries import forms
from observasi.store.models import School
from observasi.sync.report_words import sent_words
from observasi.sync.service import publish, status
from tests.conftest import edit
from tests.sync.conftest import Device


def test_a_sync_names_each_kind_it_sent(devices: tuple[Device, Device, Device], tmp_path: Path, mini_form) -> None:
    a, b, _ = devices
    a.sync()
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    a.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    a.new_observation(mini_form)
    report = a.sync()
    assert (report.sent_forms, report.sent_school) == (1, 2)  # the form; the profile and the new teacher
    assert sent_words(report) == (
        "Terkirim 1 perubahan pada 1 observasi, 1 instrumen, 2 perubahan profil sekolah/daftar guru"
    )
    got = b.sync()
    assert got.received == 1 and b.context.catalog.get("contoh-supervisi") is not None
    again = a.sync()
    assert sent_words(again) is None  # nothing new: nothing claimed
    from observasi.tui.screens.sync_screen import summary_line

    assert summary_line(again, 0).startswith("Tidak ada yang perlu dikirim: semua perubahan laptop ini sudah ada")


def test_a_publish_that_sent_something_is_said_as_sent_not_as_the_last_sync(
    devices: tuple[Device, Device, Device], mini_form
) -> None:
    """Round 6: the exit publish moved "Sinkron terakhir", and a principal could think the
    colleagues' notes were fetched then. "Sinkron terakhir" is the last exchange that
    fetched; a send since is said beside it ("terkirim")."""
    a, _, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    a.store.db.execute("update sync_log set at = '2026-01-05T07:12:00Z'")  # the full sync, long ago
    assert status(a.context).last_sync == "2026-01-05T07:12:00Z"
    assert publish(a.context) == 0
    assert status(a.context).last_sent is None  # nothing went: nothing to say
    edit(a.store, obs.id, ch.Rate("R1", "3"))
    assert publish(a.context) == 1  # as when the app quits
    after = status(a.context)
    assert after.last_sync == "2026-01-05T07:12:00Z"  # nothing was fetched since that sync
    assert after.last_sent is not None and after.last_sent > "2026-11-01"
    a.sync()  # a sync fetches: it is the last sync, and no send since is said
    again = status(a.context)
    assert again.last_sync is not None and again.last_sync >= after.last_sent and again.last_sent is None
