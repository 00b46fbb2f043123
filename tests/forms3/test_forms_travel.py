"""A form imported on one laptop reaches colleagues through the shared folder: published
in the importing laptop's folder as form-<sha256>.json, kept by each member as a file the
catalog reads, listed on their Instrumen screen and usable for a new observation."""

from __future__ import annotations

from pathlib import Path

from observasi.core import changes as ch
from observasi.core.scoring import score
from observasi.formbook.template import write_template
from observasi.i18n import t
from observasi.paths import received_forms_dir
from observasi.queries import forms
from observasi.sync.naming import app_dir, form_file_name
from tests.conftest import edit
from tests.sync.conftest import Device


def test_an_imported_form_travels_to_every_colleague(devices: tuple[Device, Device, Device], tmp_path: Path) -> None:
    a, b, c = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    a.context.update_settings(shared_folder=a.shared)
    outcome = forms.import_workbook(a.context, book)
    assert outcome.installed is not None and outcome.travels, outcome.problems
    known = a.context.catalog.get("contoh-supervisi")
    assert known is not None and known.origin == "user"
    assert b.context.catalog.get("contoh-supervisi") is None

    a.sync()
    published = app_dir(a.shared) / a.store.device_id / form_file_name(known.hash)
    assert published.is_file()  # no record uses it yet: published because it was installed
    assert not received_forms_dir(a.context.settings.data_dir).exists()  # its own form is not "received"

    for colleague in (b, c):
        report = colleague.sync()
        assert not report.problems, report.problems
        got = colleague.context.catalog.get("contoh-supervisi")
        assert got is not None and got.origin == "received" and got.hash == known.hash
        assert got.path.parent == received_forms_dir(colleague.context.settings.data_dir)
        rows = [r for r in forms.form_rows(colleague.context) if r.id == "contoh-supervisi"]
        assert [(r.origin, t(f"forms2.origin.{r.origin}")) for r in rows] == [("received", "dari rekan")]
        assert not colleague.context.catalog.problems

    # B observes with it; the record comes back to A and scores the same there.
    obs = b.new_observation(b.context.catalog.get("contoh-supervisi").instrument)
    edit(b.store, obs.id, ch.Rate("M1", "3"))
    edit(b.store, obs.id, ch.Rate("I1", "4"))
    b.sync()
    a.sync()
    theirs = a.store.get_observation(obs.id)
    result = score(known.instrument, theirs.ratings)
    assert (result.obtained, result.maximum) == (7, 8)

    # Syncing again keeps one copy.
    b.sync()
    assert len(list(received_forms_dir(b.context.settings.data_dir).glob("*.toml"))) == 1
