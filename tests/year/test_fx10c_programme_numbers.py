"""The programme's pengawas NIP and team numbers are printed on the signed programme PDF: typed
ones are checked as the profile's are (the welcome's 17-digit NIP, walk 10), the message
naming the field; planning is not stopped by a number stored before the check. Review 10, L6."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input

from observasi.context import AppContext
from observasi.core.programme import TeamMember
from observasi.errors import UserError
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.fields_form import FieldsForm
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.programme_screen import ProgrammeScreen
from observasi.year import programme as service
from tests.cli.helpers import observasi
from tests.tui.conftest import make_context
from tests.waiting import notifications, wait_for_screen, wait_until

SHORT = "19680512199403200"  # 17 digits


def test_the_cli_refuses_a_wrong_pengawas_nip_naming_it(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path
) -> None:
    args = ["--data-dir", str(demo_dir), "programme", "edit", "--semester", "2026-1"]
    refused = observasi(capsys, *args, "--supervisor-nip", SHORT)
    assert refused.code != 0 and "NIP pengawas sekolah" in refused.err and "Traceback" not in refused.err
    kept = observasi(capsys, *args, "--supervisor-nip", "19680512 199403 2 007")
    assert kept.code == 0, kept.err
    stored = demo.store.programme_of("2026-1")
    assert stored is not None and stored.supervisor_id_number == "196805121994032007"


def test_a_team_members_number_is_checked_and_planning_is_not_stopped(demo: AppContext) -> None:
    prog = service.programme_for(demo, "2026-1")
    wrong = prog.model_copy(update={"team": [TeamMember(name="Drs. Bambang", id_number=SHORT)]})
    with pytest.raises(UserError, match="Nomor anggota tim Drs. Bambang"):
        service.save_edited(demo, wrong)
    assert demo.store.programme_of("2026-1") is None
    service.save(demo, wrong)  # as a version stored before the check
    planned = service.plan(demo, service.programme_for(demo, "2026-1"), dt.date(2026, 11, 30), 2, [])
    assert planned.schedule and planned.team[0].id_number == SHORT


async def test_the_edit_form_refuses_a_wrong_pengawas_nip(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        home = await wait_for_screen(pilot, HomeScreen)
        home.query_one("#observations").focus()
        await pilot.press("j")
        await wait_for_screen(pilot, ProgrammeScreen)
        await pilot.press("e")
        form = await wait_for_screen(pilot, FieldsForm)
        form.query_one("#field-supervisor_nip", Input).value = SHORT
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: any("NIP pengawas sekolah" in line for line in said), lambda: str(said))
        assert isinstance(app.screen, FieldsForm)  # still open, what was typed kept
        assert form.query_one("#field-supervisor_nip", Input).value == SHORT


def test_editing_the_team_keeps_the_heads_number(
    capsys: pytest.CaptureFixture[str], demo: AppContext, demo_dir: Path
) -> None:
    """The team is typed as "Name: role" lines (form and --member): the head's NIP, copied
    from the profile and printed on the programme, was dropped by any edit of the team."""
    prog = service.programme_for(demo, "2026-1")
    head = prog.team[0]
    assert head.id_number == "196805121994032007"
    service.save(demo, prog)
    args = ["--data-dir", str(demo_dir), "programme", "edit", "--semester", "2026-1"]
    edited = observasi(capsys, *args, "--member", f"{head.name}:Ketua", "--member", "Drs. Bambang:Anggota")
    assert edited.code == 0, edited.err
    stored = demo.store.programme_of("2026-1")
    assert stored is not None
    assert [(m.name, m.id_number) for m in stored.team] == [(head.name, head.id_number), ("Drs. Bambang", "")]
