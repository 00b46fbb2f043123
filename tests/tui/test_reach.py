"""Sync and forms reachable inside the app (a principal never opens a terminal): the
Instrumen screen on a key from home, removing a device from the sync screen, the bucket
in Settings. Every test runs at 80x24, as on a school laptop."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from observasi import paths
from observasi.context import AppContext
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.base import cursor_key
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.help import HelpScreen
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.screens.forms_screen import FormsScreen
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import draft_of, make_context, prepare, screen_text

SIZE = (80, 24)


async def test_i_on_home_opens_the_instrumen_screen_and_esc_comes_back(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f1")  # the help lists the key with the other screens
        await wait_for_screen(pilot, HelpScreen)
        await wait_until(pilot, lambda: "Instrumen" in screen_text(app), "Instrumen in the help")
        lines = [line for line in screen_text(app).splitlines() if "Instrumen" in line]
        assert any(re.search(r"(^|[\s█])i\s+Instrumen(\s|$)", line) for line in lines), lines
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("i")
        await wait_for_screen(pilot, FormsScreen)
        # The list of forms, with the test school's own mini form in it.
        await wait_until(pilot, lambda: "mini" in screen_text(app), "the mini form listed")
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)


def _three_laptops(tmp_path: Path, school_dir: Path) -> tuple[AppContext, AppContext, AppContext, Path]:
    """The school's laptop A (the founder) and laptops B and C, approved by A."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = make_context(school_dir)
    sync(a, shared)
    prepare(tmp_path / "B")  # B's principal opens the app too: it is set up
    b, c = (make_context(tmp_path / name) for name in ("B", "C"))
    join(a, b, shared)
    join(a, c, shared)
    return a, b, c, shared


async def _devices_dialog(pilot: Pilot[Any]) -> DataTable[Any]:
    await pilot.press("y")
    await wait_for_screen(pilot, SyncScreen)
    await wait_until(pilot, lambda: not pilot.app.screen.running, "the sync run on opening to end")
    await pilot.press("p")
    dialog = await wait_for_screen(pilot, DevicesDialog)
    table = dialog.query_one("#devices-table", DataTable)
    await wait_until(pilot, lambda: table.row_count == 3 and table.has_focus, "the three laptops listed")
    return table


async def _cursor_to(pilot: Pilot[Any], table: DataTable[Any], device: str) -> None:
    wanted = table.get_row_index(device)
    while table.cursor_row != wanted:
        await pilot.press("down" if table.cursor_row < wanted else "up")
    await wait_until(pilot, lambda: cursor_key(table) == device, f"the cursor on {device}")


async def test_a_lost_laptop_is_removed_from_the_sync_screen_after_a_question(tmp_path: Path, school_dir: Path) -> None:
    a, b, c, shared = _three_laptops(tmp_path, school_dir)
    lost = c.store.device_id
    app = ObservasiApp(a)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        table = await _devices_dialog(pilot)
        await _cursor_to(pilot, table, lost)
        await pilot.press("delete")
        question = await wait_for_screen(pilot, ConfirmDialog)
        said = screen_text(app)
        assert "Keluarkan «" in said and lost[:8] in said
        assert f"({lost[:8]}) tidak akan dapat membaca apa pun yang ditulis sesudah ini" in question.lines[0]
        assert "kunci sekolah diganti" in question.lines[0]
        # It starts on Batal: an Enter pressed too soon removes nothing.
        assert question.focused is not None and question.focused.id == "cancel"
        await pilot.press("enter")
        await wait_for_screen(pilot, DevicesDialog)
        assert lost in {m.device for m in devices.device_list(a).members}

        await pilot.press("delete")
        await wait_for_screen(pilot, ConfirmDialog)
        await pilot.press("ctrl+s")  # the confirm button's key
        await wait_for_screen(pilot, DevicesDialog)
        await wait_until(pilot, lambda: table.row_count == 2, "the removed laptop gone from the list")
        assert lost not in {str(key.value) for key in table.rows}
    # Stored as the command line stores it: the folder says C was removed by A.
    assert lost not in {m.device for m in devices.device_list(a).members}
    assert (shared / "observasi" / a.store.device_id / f"removed-{lost}.json").is_file()
    assert {m.device for m in devices.device_list(b).members} == {a.store.device_id, b.store.device_id}


async def test_this_laptop_is_not_offered_for_removal_and_the_founder_is_asked_about(
    tmp_path: Path, school_dir: Path
) -> None:
    a, b, _, _ = _three_laptops(tmp_path, school_dir)
    app = ObservasiApp(b)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        table = await _devices_dialog(pilot)
        said = notifications(app)
        assert "anggota (pendiri)" in screen_text(app)  # A, who made the school key
        await _cursor_to(pilot, table, b.store.device_id)
        await pilot.press("delete")
        await wait_until(
            pilot,
            lambda: any("tidak dapat mengeluarkan dirinya sendiri" in n for n in said),
            "the refusal for itself",
        )
        assert isinstance(app.screen, DevicesDialog)
        # The founding laptop can be lost too: removing it is asked like any other's.
        await _cursor_to(pilot, table, a.store.device_id)
        await pilot.press("delete")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question for the founder")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, DevicesDialog), "back, nothing removed")
    assert len(devices.device_list(b).members) == 3


async def _type(pilot: Pilot[Any], widget: Input, text: str) -> None:
    widget.focus()
    await wait_until(pilot, lambda: pilot.app.focused is widget, f"focus on #{widget.id}")
    widget.value = ""
    await pilot.press(*text)
    await wait_until(pilot, lambda: widget.value == text, f"{text!r} in #{widget.id}")


async def _fill_bucket(pilot: Pilot[Any], screen: SettingsScreen, **values: str) -> None:
    for field, text in values.items():
        await _type(pilot, screen.query_one(f"#bucket_{field}", Input), text)


async def test_the_bucket_set_in_settings_is_what_the_next_sync_uses(
    school_dir: Path, s3_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)  # the key typed on the screen, nothing else
    context = make_context(school_dir)
    draft_of(context)
    url = s3_server.new_url()
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        screen = await wait_for_screen(pilot, SettingsScreen)
        assert "Kunci rahasia: belum ada" in str(screen.query_one("#bucket-secret-state", Static).render())
        await _fill_bucket(
            pilot,
            screen,
            url=url,
            endpoint=s3_server.endpoint,
            key_id=s3_server.access_key,
            secret=s3_server.secret_key,
        )
        secret_input = screen.query_one("#bucket_secret", Input)
        assert s3_server.secret_key not in screen_text(app)  # typed, shown as dots
        assert secret_input.password
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, HomeScreen)
        assert context.settings.bucket_url == url
        assert context.settings.bucket_endpoint == s3_server.endpoint
        # Kept as `observasi bucket-key` keeps it: the owner alone can read it.
        key_file = paths.bucket_credentials(school_dir)
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        saved = json.loads(key_file.read_text(encoding="utf-8"))
        assert saved == {"access_key_id": s3_server.access_key, "secret_access_key": s3_server.secret_key}

        # Opened again: the key id is there, the secret only as "tersimpan".
        await pilot.press("f2")
        screen = await wait_for_screen(pilot, SettingsScreen)
        assert screen.query_one("#bucket_key_id", Input).value == s3_server.access_key
        assert screen.query_one("#bucket_secret", Input).value == ""
        assert "Kunci rahasia: tersimpan" in str(screen.query_one("#bucket-secret-state", Static).render())
        assert s3_server.secret_key not in screen_text(app)
        await pilot.press("escape")  # nothing changed: it leaves without asking
        await wait_for_screen(pilot, HomeScreen)

    report = sync(context)  # what the app's sync runs: the places remembered
    assert report.problems == [] and report.sent == len(context.store.query("select id from revisions"))
    assert report.sent > 0
    import obstore

    prefix = url.split("/", 3)[3]
    names = [meta["path"] for batch in obstore.list(s3_server.store(), prefix=f"{prefix}/observasi/") for meta in batch]
    assert any(context.store.device_id in name for name in names), names


async def test_a_bucket_setting_with_a_problem_names_its_field_and_keeps_nothing(school_dir: Path) -> None:
    context = make_context(school_dir)
    app = ObservasiApp(context)
    async with app.run_test(size=SIZE) as pilot:
        said = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        screen = await wait_for_screen(pilot, SettingsScreen)
        cases = [
            ({"url": "s3://Sekolah_Kita"}, "url", "URL bucket (s3://BUCKET/AWALAN): Alamat bucket s3://Sekolah_Kita"),
            ({"url": "s3://dinas-kab/smpn1", "endpoint": "s3.dinas.go.id"}, "endpoint", "Endpoint (alamat server"),
            ({"endpoint": "https://s3.dinas.go.id", "key_id": "AKIA1"}, "secret", "Kunci rahasia: ID kunci akses baru"),
            ({"key_id": "", "secret": "rahasia"}, "key_id", "ID kunci akses: kunci rahasia diisi tanpa"),
            ({"secret": ""}, "key_id", "ID kunci akses: bucket memerlukan kunci akses"),
        ]
        for values, field, message in cases:
            await _fill_bucket(pilot, screen, **values)
            said.clear()
            await pilot.press("ctrl+s")
            await wait_until(pilot, lambda: bool(said), "the problem said")
            assert said[-1].startswith(message), said
            assert app.focused is screen.query_one(f"#bucket_{field}", Input)
            assert isinstance(app.screen, SettingsScreen)
        assert context.settings.bucket_url is None
        assert not paths.bucket_credentials(school_dir).exists()

        # Esc asks before dropping the edits, and shows the secret only as dots.
        await _fill_bucket(pilot, screen, key_id="AKIA1", secret="rahasia")
        await pilot.press("escape")
        question = await wait_for_screen(pilot, ConfirmDialog)
        lost = "\n".join(question.lines)
        assert "• Kunci rahasia: •••••••" in lost and "rahasia" not in lost.replace("Kunci rahasia", "")
        assert "• URL bucket (s3://BUCKET/AWALAN): s3://dinas-kab/smpn1" in lost
