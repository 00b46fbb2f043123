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


async def test_the_colleagues_instrumen_screen_lists_the_form(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    from textual.widgets import DataTable, Static

    from observasi.store.models import Observer, School
    from observasi.tui import places
    from observasi.tui.app import ObservasiApp
    from observasi.tui.screens.forms_screen import FormsScreen
    from observasi.tui.screens.home_screen import HomeScreen
    from tests.waiting import wait_for_screen, wait_until

    a, b, _ = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    a.sync()
    b.sync()
    # B's principal has set the laptop up (else the app opens on the settings).
    b.store.save_school(School(name="SMP Negeri 1 Contoh", npsn="20200001", city="Contoh"))
    me = b.store.save_observer(Observer(name="Budi Santoso, M.Pd.", id_number="197001011995011001"))
    b.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(b.context)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Forms())
        screen = await wait_for_screen(pilot, FormsScreen)
        table = screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        (row,) = [r for r in rows if r[-1] == "contoh-supervisi"]
        assert row[2] == "dari rekan"
        table.move_cursor(row=rows.index(row))

        def previewed() -> bool:
            return "dari rekan" in str(screen.query_one("#forms-preview", Static).render())

        await wait_until(pilot, previewed, "the preview of the colleague's form")


def test_a_form_that_cannot_be_kept_is_a_problem_not_a_stop(
    devices: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    a, b, _ = devices
    book = tmp_path / "instrumen.xlsx"
    write_template(book)
    assert forms.import_workbook(a.context, book).installed is not None
    obs = a.new_observation(a.context.catalog.get("contoh-supervisi").instrument)
    a.sync()
    blocked = received_forms_dir(b.context.settings.data_dir)
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder", encoding="utf-8")  # where the form would be kept
    report = b.sync()
    assert any("tidak dapat disimpan" in reason for _, reason in report.problems), report.problems
    assert b.store.get_observation(obs.id) is not None  # the record came all the same
    blocked.unlink()
    assert not b.sync().problems
    assert b.context.catalog.get("contoh-supervisi") is not None


def test_an_imported_form_travels_through_a_bucket(tmp_path: Path, s3_server, bucket: str) -> None:
    from observasi.context import AppContext
    from observasi.settings import Settings

    a, b = (
        Device(n, AppContext(Settings(data_dir=tmp_path / f"laptop-{n}")), tmp_path, bucket, s3_server.endpoint)
        for n in "ab"
    )
    try:
        from tests.sync.conftest import enroll

        enroll(a, b)  # a bucket school's laptops join it as a folder's do
        book = tmp_path / "instrumen.xlsx"
        write_template(book)
        assert forms.import_workbook(a.context, book).installed is not None
        a.sync()
        assert not b.sync().problems
        got = b.context.catalog.get("contoh-supervisi")
        assert got is not None and got.origin == "received"
    finally:
        a.close()
        b.close()
