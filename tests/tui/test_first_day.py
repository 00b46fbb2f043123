"""The first day inside the app: after the school and the observer, the welcome steps
offer the signing key (made in the app, in plain words) and the teachers; both can be
skipped and are found again in Settings; the sheet dialog offers the key too."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from observasi import paths
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.passphrase import remembered_passphrase
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.roster_import_screen import RosterImportScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.setup_screen import SetupScreen
from tests.waiting import screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import make_context

PASSWORD = "kunci-sekolah"
JARGON = ("2.5.4.5", "P-256", "swa-tanda", "keys create", "OID")


async def _type(pilot, widget: Input, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.focus()
    await wait_until(pilot, lambda: pilot.app.focused is widget, f"focus on #{widget.id}")
    await pilot.press(*text)
    await wait_until(pilot, lambda: widget.value == text, f"{text!r} in #{widget.id}")


async def make_key(pilot, password: str, repeat: str) -> SigningKeyDialog:  # type: ignore[no-untyped-def]
    dialog = await wait_for_screen(pilot, SigningKeyDialog)
    await _type(pilot, dialog.query_one("#key-password", Input), password)
    await _type(pilot, dialog.query_one("#key-repeat", Input), repeat)
    await pilot.press("enter")
    return dialog


async def test_welcome_steps_make_the_key_and_lead_to_the_roster(tmp_path: Path) -> None:
    data_dir = tmp_path / "baru"
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        await _type(pilot, settings.query_one("#school-name", Input), "SMP Negeri 3 Sukamaju")
        await _type(pilot, settings.query_one("#observer-name", Input), "Dra. Siti Rahma")
        await pilot.press("ctrl+s")
        steps = await wait_for_screen(pilot, SetupScreen)
        shown = await wait_for_text(pilot, "Belum ada kunci tanda tangan digital", "0 guru terdaftar")
        assert app.focused is steps.query_one("#make-key", Button)

        await pilot.press("enter")
        dialog = await make_key(pilot, PASSWORD, "lain-sekali")
        await wait_for_text(pilot, "Kedua kata sandi tidak sama")
        assert not paths.observer_key(data_dir).exists()
        assert dialog.query_one("#key-repeat", Input).value == ""  # typed again from the start
        shown = screen_text(app)
        assert "Kunci tanda tangan digital untuk Dra. Siti Rahma, dilindungi kata sandi" in " ".join(shown.split())
        await _type(pilot, dialog.query_one("#key-repeat", Input), PASSWORD)
        await pilot.press("enter")
        await wait_for_screen(pilot, SetupScreen)
        shown = await wait_for_text(pilot, "✓ Kunci tanda tangan digital untuk Dra. Siti Rahma")
        assert paths.observer_key(data_dir).is_file()
        assert remembered_passphrase(app) == PASSWORD  # the first sheet does not ask again
        assert not [word for word in JARGON if word in shown]
        assert not steps.query_one("#make-key", Button).display
        # The next step has the focus: Enter opens the roster import.
        await wait_until(pilot, lambda: app.focused is steps.query_one("#roster-import", Button), "the next step")
        await pilot.press("enter")
        await wait_for_screen(pilot, RosterImportScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SetupScreen)
        await pilot.press("escape")  # done: the home screen
        await wait_for_screen(pilot, HomeScreen)


async def test_every_step_can_be_skipped_and_is_found_again_in_settings(tmp_path: Path) -> None:
    data_dir = tmp_path / "lewati"
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        settings = await wait_for_screen(pilot, SettingsScreen)
        await _type(pilot, settings.query_one("#school-name", Input), "SD Maju")
        await _type(pilot, settings.query_one("#observer-name", Input), "Ibu Rina")
        await pilot.press("ctrl+s")
        steps = await wait_for_screen(pilot, SetupScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, SigningKeyDialog)
        await pilot.press("escape")  # "Nanti saja"
        await wait_for_screen(pilot, SetupScreen)
        assert not paths.observer_key(data_dir).exists()
        steps.query_one("#setup-done", Button).press()
        await wait_for_screen(pilot, HomeScreen)

        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        assert not settings.first_run
        settings.query_one("#make-key", Button).press()
        await make_key(pilot, PASSWORD, PASSWORD)
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: not settings.query_one("#make-key", Button).display, "the key made")
        status = str(settings.query_one("#key-status", Static).render())
        assert "Ibu Rina" in status and "dilindungi kata sandi" in status
        settings.query_one("#roster-import", Button).press()
        await wait_for_screen(pilot, RosterImportScreen)


async def test_an_expired_key_is_said_in_settings_and_replaced_there(tmp_path: Path) -> None:
    """A principal never opens a terminal: a key whose certificate has expired is shown as
    expired in Settings, with a button that replaces it after saying what that does."""
    import shutil

    from observasi.signing import key_file
    from tests.tui.conftest import prepare

    data_dir = tmp_path / "kedaluwarsa"
    prepare(data_dir)
    corpus = Path(__file__).parents[1] / "corpus" / "keys"
    paths.observer_key(data_dir).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "expired.p12", paths.observer_key(data_dir))
    shutil.copy(corpus / "expired.crt", paths.observer_certificate(data_dir))
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        status = settings.query_one("#key-status", Static)
        await wait_until(pilot, lambda: "habis masa berlakunya" in str(status.render()), "the expired key said")
        assert settings.query_one("#replace-key", Button).display
        settings.query_one("#replace-key", Button).press()
        dialog = await wait_for_screen(pilot, SigningKeyDialog)
        assert "menggantikan kunci lama" in str(dialog.query_one("#key-what", Static).render())
        await make_key(pilot, "kata sandi baru sekolah", "kata sandi baru sekolah")
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: "✓" in str(status.render()), "the new key")
        assert not settings.query_one("#replace-key", Button).display
    key, cert = key_file.unseal(paths.observer_key(data_dir).read_bytes(), "kata sandi baru sekolah")
    assert key is not None and cert.not_valid_after_utc.year > 2030


async def test_a_damaged_key_and_bad_certificate_files_are_mended_in_settings(tmp_path: Path) -> None:
    """A key file cut short by a copy and a colleague's private key put where certificates
    go: Settings names both; replacing the key keeps the damaged file aside (nothing
    deleted) and setting the certificate files aside keeps them too."""
    import shutil

    from observasi.signing import key_file
    from tests.tui.conftest import prepare

    data_dir = tmp_path / "rusak"
    prepare(data_dir)
    corpus = Path(__file__).parents[1] / "corpus" / "keys"
    keys = paths.observer_key(data_dir).parent
    keys.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "cut_short.p12", paths.observer_key(data_dir))
    trusted = paths.trusted_certificates_dir(data_dir)
    trusted.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "pem_key.p12", trusted / "pak-budi.p12")
    shutil.copy(corpus / "not_a_cert.pem", trusted / "bu-ani.pem")
    app = ObservasiApp(make_context(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        await pilot.press("f2")
        settings = await wait_for_screen(pilot, SettingsScreen)
        status = settings.query_one("#key-status", Static)
        await wait_until(pilot, lambda: "tidak dapat dipakai" in str(status.render()), "the damaged key said")
        assert "rusak" in str(status.render())
        listed = str(settings.query_one("#trusted-status", Static).render())
        assert "pak-budi.p12" in listed and "bu-ani.pem" in listed
        settings.query_one("#set-aside-trusted", Button).press()
        await wait_until(pilot, lambda: not settings.query_one("#trusted-status", Static).display, "files set aside")
        assert sorted(p.name for p in (keys / "trusted-disisihkan").iterdir()) == ["bu-ani.pem", "pak-budi.p12"]

        settings.query_one("#replace-key", Button).press()
        await make_key(pilot, "kata sandi baru sekolah", "kata sandi baru sekolah")
        await wait_for_screen(pilot, SettingsScreen)
        await wait_until(pilot, lambda: "✓" in str(status.render()), "the new key")
    kept = [p for p in keys.iterdir() if ".lama" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == (corpus / "cut_short.p12").read_bytes()
    key, _cert = key_file.unseal(paths.observer_key(data_dir).read_bytes(), "kata sandi baru sekolah")
    assert key is not None
