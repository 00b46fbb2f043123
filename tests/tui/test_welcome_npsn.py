"""The school's NPSN typed on the welcome is checked as a roster's is (walk11: a field that
took 20 letters, "SMP Satu12345678...", and printed them on every sheet's letterhead)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from observasi.tui.app import ObservasiApp
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from tests.waiting import notifications, wait_for_screen, wait_until

from .conftest import make_context


async def test_the_schools_npsn_is_checked_and_kept_as_its_digits(tmp_path: Path) -> None:
    context = make_context(tmp_path / "B")
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        welcome = await wait_for_screen(pilot, SettingsScreen)
        welcome.query_one("#school-name", Input).value = "SMP Negeri 2 Wonosari"
        welcome.query_one("#school-npsn", Input).value = "SMP 1234"
        welcome.query_one("#observer-name", Input).value = "Drs. Bambang Hariyanto, M.Pd."
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: any("NPSN sekolah" in line for line in said), lambda: f"refused: {said}")
        refused = next(line for line in said if "NPSN sekolah" in line)
        assert "SMP 1234" in refused and "8" in refused
        assert app.screen is welcome and context.store.get_school() is None  # nothing saved
        welcome.query_one("#school-npsn", Input).value = "2020 4321"
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SetupScreen)
    school = context.store.get_school()
    assert school is not None and school.npsn == "20204321"  # as the letterhead prints it


def test_a_number_that_came_from_a_colleague_does_not_stop_the_settings_saving(tmp_path: Path) -> None:
    """Review11: a profile saved by an older version (an NPSN of letters, a 17-digit NIP)
    refused every Settings save -- the language, the output folder -- until a school-wide
    field was edited. What is kept is saved as it is; what is typed anew is checked."""
    import pytest

    from observasi.errors import UserError
    from observasi.queries import people
    from observasi.store.models import Observer, School

    context = make_context(tmp_path / "B")
    arrived = School(name="SMP Satu", npsn="SMP Satu12345678", principal_id_number="19680512199403100")
    context.store.save_school(arrived)  # as a colleague's laptop sent it
    me = Observer(name="Ani Wijaya, S.Pd.", role="wakasek")
    people.save_profile(context, arrived, me, None, None)  # nothing of the school typed anew
    assert context.store.get_school() == arrived
    with pytest.raises(UserError, match="NPSN sekolah"):
        people.save_profile(context, arrived.model_copy(update={"npsn": "SMP Dua"}), me, None, None)
    # The same number under another label is typed anew: a NUPTK relabelled NIP is checked.
    relabelled = arrived.model_copy(update={"principal_id_number": "1234567890123456", "principal_id_label": "NUPTK"})
    people.save_profile(context, relabelled, me, None, None)
    with pytest.raises(UserError, match="NIP"):
        people.save_profile(context, relabelled.model_copy(update={"principal_id_label": "NIP"}), me, None, None)
