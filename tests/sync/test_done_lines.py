"""A sync's done line says what travelled as it is (round 6's walk): four revisions of one
observation are "4 perubahan pada 1 observasi", not four observations; a form that arrived
and was hidden is counted as received and said hidden, never "diterima 0" beside "1
instrumen baru disembunyikan". The command line and the sync screen say it with one function."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi.core import changes as ch
from observasi.formbook.template import write_template
from observasi.queries import forms
from observasi.sync.report_words import summary_line
from observasi.tui.screens.sync_screen import summary_line as screen_line
from tests.cli.helpers import observasi
from tests.conftest import edit
from tests.sync.conftest import Device


def test_changes_are_counted_on_the_observations_they_belong_to(
    capsys: pytest.CaptureFixture[str], devices: tuple[Device, Device, Device], mini_form
) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    edit(a.store, obs.id, ch.Rate("R1", "3"))
    edit(a.store, obs.id, ch.Rate("R1", "4"))
    edit(a.store, obs.id, ch.Rate("R1", "2"))
    sent = a.sync()
    assert sent.sent > 1 and sent.sent_observations == 1  # several revisions, one observation
    line = summary_line(sent, 0)
    assert line.startswith(f"Terkirim {sent.sent} perubahan pada 1 observasi, ")
    assert screen_line(sent, 0) == line  # the sync screen's words are the command line's

    b.close()
    cli = observasi(capsys, "--data-dir", str(b.context.settings.data_dir), "sync")
    assert cli.code == 0, cli.err
    assert f"diterima {sent.sent} perubahan pada 1 observasi" in cli.out.splitlines()[0]


def test_a_form_that_arrived_hidden_is_counted_as_received(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    from observasi.core.form_toml import form_toml
    from observasi.paths import user_forms_dir
    from observasi.sync.form_offers import hide_received_form

    a, b, _ = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    a.sync()
    arrived = b.sync()
    assert "diterima 1 instrumen, " in summary_line(arrived, 0)
    hide_received_form(b.context, "contoh-supervisi", "1")

    first = a.context.catalog.get("contoh-supervisi")
    assert first is not None
    second = first.instrument.model_copy(update={"version": "2"})
    (user_forms_dir(a.context.settings.data_dir) / "contoh-supervisi-2.toml").write_text(
        form_toml(second), encoding="utf-8"
    )
    a.context.reload_forms()
    a.sync()
    report = b.sync()
    line = summary_line(report, 0)
    assert "diterima 1 instrumen (disembunyikan), konflik 0" in line and "diterima 0" not in line
    assert "1 instrumen baru disembunyikan (versi baru dari instrumen yang Anda sembunyikan)." in report.notices
