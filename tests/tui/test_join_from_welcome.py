"""A new laptop of a school that already uses the app: its welcome offers "join an existing
school" with what happens next (a member approves, then the profile arrives), through the
sync screen; once approved and synced, the school's fields are filled on the welcome."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select, Static, TextArea

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sync_screen import SyncScreen
from tests.privacy.enrolled import join_code
from tests.waiting import wait_for_screen, wait_for_text, wait_until

from .conftest import make_context


async def test_the_welcome_joins_an_existing_school_and_says_what_happens_next(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    profile = school.store.get_school()
    assert profile is not None and profile.name
    name = profile.name
    kop = "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENDIDIKAN"
    school.store.save_school(profile.model_copy(update={"kop_lines": kop}))
    sync(school, shared)  # the profile with its kop is in the shared folder

    context = make_context(tmp_path / "B")
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        await wait_for_text(pilot, "Gabung ke sekolah yang sudah ada")
        assert "seorang anggota sekolah menyetujuinya" in " ".join(
            str(welcome.query_one("#join-status", Static).render()).split()
        )

        context.update_settings(shared_folder=shared)  # as the sync screen's folder choice keeps it
        welcome.query_one("#join-school", Button).press()
        prompt = await wait_for_screen(pilot, TextPrompt)  # nothing typed yet: the name is asked
        prompt.query_one("#prompt-text", Input).value = "Nguyễn Văn An"
        await pilot.press("enter")
        sync_screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: sync_screen.report is not None, "the first sync: a join request")
        assert sync_screen.report is not None
        code = join_code(sync_screen.report)
        # The member approving it sees whose laptop it is, not the computer's name.
        assert [r.label for r in devices.device_list(school).requests] == ["Laptop Nguyễn Văn An"]
        assert welcome.query_one("#laptop_name", Input).value == "Laptop Nguyễn Văn An"
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        assert welcome.query_one("#school-name", Input).value == ""  # nothing arrives before approval

        devices.approve(school, code)  # on the member's laptop
        # Synced at once (the app's own look may take the approval up first, and then hides
        # "Gabung": the school is joined).
        app.action_sync()
        sync_screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: sync_screen.report is not None, "the sync after the approval")
        await pilot.press("escape")
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: welcome.query_one("#school-name", Input).value == name, "the school's name")
        assert name in str(welcome.query_one("#join-status", Static).render())
        # The walk: the kop and the folder chosen while joining were shown empty, and saving
        # the welcome as it asks erased the school's kop on every laptop.
        assert welcome.query_one("#school-kop_lines", TextArea).text == kop
        assert welcome.query_one("#shared_folder", Input).value == str(shared)
        welcome.query_one("#observer-name", Input).value = "Budi Santoso, M.Pd."
        # A colleague's Jabatan is chosen, not preset (test_fx10_observer_role).
        welcome.query_one("#observer-role", Select).value = "wakasek"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, SettingsScreen), "the welcome saved")
    saved = context.store.get_school()
    assert saved is not None and saved.kop_lines == kop
    assert context.settings.shared_folder == shared


async def test_the_welcome_opens_at_its_top_and_the_first_keys_bring_the_field_up(tmp_path: Path) -> None:
    """The walk: at 80x24 the welcome opened scrolled past its own explanation. It opens at
    its top with the cursor in the school's name, and typing brings that field into sight."""
    from textual.containers import VerticalScroll

    app = ObservasiApp(make_context(tmp_path / "new"))
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        body = welcome.query_one("#settings-body", VerticalScroll)
        name = welcome.query_one("#school-name", Input)
        await wait_until(pilot, lambda: app.focused is name, "the cursor in the school's name")
        assert body.scroll_y == 0  # the explanation is what shows first
        await pilot.press(*"SMP")
        await wait_until(pilot, lambda: name.value == "SMP", "the typed name")
        await wait_until(pilot, lambda: body.region.contains_region(name.region), "the name field in sight")


async def test_joining_after_typing_a_name_on_the_welcome_asks_nothing_more(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(school.store, school.catalog)
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    context = make_context(tmp_path / "B")
    context.update_settings(shared_folder=shared)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#observer-name", Input).value = "Siti Rahma, S.Pd."
        welcome.query_one("#join-school", Button).press()
        sync_screen = await wait_for_screen(pilot, SyncScreen)
        await wait_until(pilot, lambda: sync_screen.report is not None, "the join request")
    assert [r.label for r in devices.device_list(school).requests] == ["Laptop Siti Rahma, S.Pd."]
