"""A laptop saved as "Kepala Sekolah" while the school's profile names another principal (the
welcome's old preset; the preset it still keeps where the profile names no principal yet):
where the sheet is prepared, one plain line says so, and the sheet is still made. Review 10, L5."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from observasi.context import AppContext
from observasi.demo import SCHOOL
from observasi.tui.screens.sheet_screen import SheetScreen
from tests.cli.helpers import observasi
from tests.sheet.conftest import SheetHost, pick
from tests.waiting import screen_text, wait_for_screen, wait_until

DOUBT = "Jabatan Anda tercatat Kepala Sekolah"


def _vice_principal_saved_as_principal(context: AppContext) -> str:
    """This laptop's observer becomes the demo's vice-principal, saved as "Kepala Sekolah";
    the id of one of her records."""
    store = context.store
    item = pick(context, form="supervisi-akademik", observer_role="wakasek")
    record = store.get_observation(item.id)
    me = store.get_observer(record.observer_id)
    assert me is not None
    store.save_observer(me.model_copy(update={"role": "kepala_sekolah"}))
    store.set_setting("self_observer_id", me.id)
    return item.id


async def test_the_sheet_dialog_says_the_jabatan_differs_from_the_profile(demo: AppContext) -> None:
    obs_id = _vice_principal_saved_as_principal(demo)
    app = SheetHost(demo, obs_id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        warn = sheet.query_one("#sheet-warn", Static)
        await wait_until(pilot, lambda: DOUBT in str(warn.render()), "the line")
        shown = " ".join(screen_text(app).split())
        assert DOUBT in shown and SCHOOL.principal_name in shown, shown
        await pilot.press("s")  # no block: the sheet is made
        await wait_until(pilot, lambda: sheet.last_path is not None, "the sheet")


async def test_the_principal_herself_is_told_nothing(demo: AppContext) -> None:
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = SheetHost(demo, item.id)
    async with app.run_test(size=(80, 24)) as pilot:
        sheet = await wait_for_screen(pilot, SheetScreen)
        await wait_until(pilot, lambda: sheet.signing is not None, "the preview")
        assert DOUBT not in str(sheet.query_one("#sheet-warn", Static).render())


def test_the_cli_warns_and_makes_the_sheet(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path
) -> None:
    obs_id = _vice_principal_saved_as_principal(demo)
    out = tmp_path / "lembar.pdf"
    result = observasi(capsys, "--data-dir", str(demo.settings.data_dir), "sheet", obs_id, "-o", str(out))
    assert result.code == 0, result.err
    said = " ".join(result.err.split())
    assert DOUBT in said and SCHOOL.principal_name in said and out.is_file()
