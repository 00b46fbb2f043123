"""The signing certificate seals the observer's name and "NIP <number>" for ten years; the
profile can be corrected any day (the walk's 17-digit NIP, which the welcome now refuses).
A key whose certificate names another number or person than the saved observer is said
where the key is shown (the settings' panel, the palette) and in the sheet dialog before
the save, with its replacement offered; the sheet is still signed with it when the person
chooses so. Review 10, M3."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from observasi.context import AppContext
from observasi.queries import people
from observasi.signing.keys import create_key, fingerprint, fingerprint_der, own_certificate, owner_line
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from observasi.tui.screens.settings_screen import SettingsScreen
from observasi.tui.screens.sheet_screen import SheetScreen
from observasi.tui.widgets.setup_panels import KeyPanel, key_state
from tests.cli.helpers import observasi
from tests.sheet.conftest import pick
from tests.tui.test_first_day import make_key
from tests.waiting import notifications, screen_text, wait_for_screen, wait_until

OLD = "19680512199403200"  # 17 digits: what the welcome once saved without a word
NEW = "196805121994032007"


def says(text: str, number: str) -> bool:
    """*text* names "NIP <number>" whole (the old number is the new one's start); on the
    screen a wrapped line puts the dialog's border between the two."""
    return re.search(rf"NIP[\s│]*{number}(?!\d)", text) is not None


PASSWORD = "kunci-kepala-sekolah"


def _signed_by(path: Path) -> str:
    """The fingerprint of the certificate that signed the PDF at *path*."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as handle:
        [signature] = PdfFileReader(handle).embedded_signatures
        return fingerprint_der(signature.signer_cert.dump())


def _key_then_corrected(context: AppContext) -> None:
    """A laptop saved before the check (the store written directly, as then), its key made
    with the 17-digit NIP, then the NIP corrected in Settings (the profile's own save)."""
    store = context.store
    me = store.self_observer()
    assert me is not None and me.id_number == NEW
    store.save_observer(me.model_copy(update={"id_number": OLD}))
    create_key(context, PASSWORD, force=True)
    profile = people.profile(context)
    assert profile.observer is not None
    fixed = profile.observer.model_copy(update={"id_number": NEW})
    people.save_profile(context, profile.school, fixed, None, None)


def test_key_state_names_the_old_number_and_offers_the_replacement(demo: AppContext) -> None:
    create_key(demo, PASSWORD)
    line, wanted = key_state(demo)
    assert wanted is None and line.plain.startswith("✓")  # the profile's own number: nothing to say
    _key_then_corrected(demo)
    line, wanted = key_state(demo)
    assert wanted is not None and wanted.replace
    assert says(line.plain, OLD) and says(line.plain, NEW)
    assert not line.plain.startswith("✓")


async def _palette_key(pilot: Pilot[None]) -> None:
    await pilot.press("ctrl+p")
    palette = await wait_for_screen(pilot, CommandPalette)
    await pilot.press(*"Kunci tanda tangan")
    found = palette.query_one(CommandList)
    await wait_until(
        pilot,
        lambda: found.option_count > 0 and "Kunci tanda tangan" in str(found.get_option_at_index(0).prompt),
        "the command found",
    )
    await pilot.press("enter")


async def test_the_panel_the_palette_and_the_sheet_say_it_and_the_key_is_replaced(demo: AppContext) -> None:
    _key_then_corrected(demo)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = ObservasiApp(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        # The palette: said, and the replace dialog offered (Nanti leaves the key as it is).
        await _palette_key(pilot)
        dialog = await wait_for_screen(pilot, SigningKeyDialog)
        assert dialog.replacing and not said  # the dialog says it (a toast covered its fields)
        what = str(dialog.query_one("#key-what", Static).render())
        assert says(what, OLD) and says(what, NEW)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        # The settings' key panel: the line and its replace button.
        app.open(places.Settings())
        settings = await wait_for_screen(pilot, SettingsScreen)
        panel = settings.query_one(KeyPanel)
        await wait_until(pilot, lambda: says(str(panel.query_one("#key-status", Static).render()), OLD), "the panel")
        assert panel.query_one("#replace-key", Button).display
        assert not panel.query_one("#make-key", Button).display
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        # The sheet dialog: before the save, on screen at 80x24, with the key to replace it.
        app.open(places.Sheet(item.id))
        sheet = await wait_for_screen(pilot, SheetScreen)
        await wait_until(pilot, lambda: sheet.stale_key, "the preview")
        shown = " ".join(screen_text(app).split())
        assert says(shown, OLD) and says(shown, NEW) and "Ganti kunci" in shown, shown
        assert sheet.query_one("#create-key", Button).display
        await pilot.press("k")
        await make_key(pilot, PASSWORD, PASSWORD)
        await wait_for_screen(pilot, SheetScreen)
        await wait_until(pilot, lambda: not sheet.stale_key, "the preview with the new key")
        assert "ditandatangani secara digital" in str(sheet.query_one("#sheet-sign", Static).render())
        assert not sheet.query_one("#create-key", Button).display
        await pilot.press("s")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the signed sheet")
        signed = sheet.last_path
    cert = own_certificate(demo.settings.data_dir)
    assert cert is not None and says(owner_line(cert), NEW) and not says(owner_line(cert), OLD)
    assert signed is not None and _signed_by(Path(signed)) == fingerprint(cert)  # the new key signed it


async def test_a_sheet_is_still_signed_with_the_old_key_when_the_person_chooses(demo: AppContext) -> None:
    """Signing is allowed: the signature is the same person's and still checks; what differs
    was said on the line above the buttons before the save."""
    _key_then_corrected(demo)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    app = ObservasiApp(demo)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.Sheet(item.id))
        sheet = await wait_for_screen(pilot, SheetScreen)
        await wait_until(pilot, lambda: sheet.stale_key, "the preview")
        assert says(str(sheet.query_one("#sheet-sign", Static).render()), OLD)
        await pilot.press("s")
        from observasi.tui.dialogs.passphrase import PassphrasePrompt

        prompt = await wait_for_screen(pilot, PassphrasePrompt)
        await pilot.press(*PASSWORD)
        await wait_until(pilot, lambda: prompt.query_one("#passphrase", Input).value == PASSWORD, "typed")
        await pilot.press("enter")
        await wait_until(pilot, lambda: sheet.last_path is not None, "the signed sheet")
        signed = sheet.last_path
    cert = own_certificate(demo.settings.data_dir)
    assert cert is not None and says(owner_line(cert), OLD)
    assert signed is not None and _signed_by(Path(signed)) == fingerprint(cert)


def test_the_cli_says_it_before_the_passphrase_and_signs(
    capsys: pytest.CaptureFixture[str], demo: AppContext, tmp_path: Path
) -> None:
    _key_then_corrected(demo)
    item = pick(demo, form="supervisi-akademik", observer_role="kepala_sekolah")
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "lembar.pdf"
    args = ["--data-dir", str(demo.settings.data_dir), "sheet", item.id, "--sign", "--passphrase-file", str(secret)]
    result = observasi(capsys, *args, "-o", str(out))
    assert result.code == 0, result.err
    said = " ".join(result.err.split())
    assert says(said, OLD) and says(said, NEW) and "keys create --force" in said
    assert _signed_by(out) == fingerprint(own_certificate(demo.settings.data_dir))
    batch = observasi(capsys, *args[:2], "sheets", "--status", "final", "-o", str(tmp_path / "semua"), *args[-3:])
    assert batch.code == 0, batch.err
    assert " ".join(batch.err.split()).count("keys create --force") == 1  # once for the batch


def test_a_corrected_name_is_named_whole_and_keys_show_says_it(
    capsys: pytest.CaptureFixture[str], demo: AppContext
) -> None:
    """A name, not only a number: the certificate's person and the profile's are both named;
    a case or punctuation change is the same name (nothing said)."""
    create_key(demo, PASSWORD)
    profile = people.profile(demo)
    assert profile.observer is not None
    same = profile.observer.model_copy(update={"name": "DRA SRI WAHYUNINGSIH M.PD"})
    people.save_profile(demo, profile.school, same, None, None)
    assert key_state(demo)[1] is None
    renamed = profile.observer.model_copy(update={"name": "Dra. Sri Wahyuningsih Rahayu, M.Pd."})
    people.save_profile(demo, profile.school, renamed, None, None)
    line, wanted = key_state(demo)
    assert wanted is not None and wanted.replace
    assert f"Dra. Sri Wahyuningsih, M.Pd. (NIP {NEW})" in line.plain
    assert f"Dra. Sri Wahyuningsih Rahayu, M.Pd. (NIP {NEW})" in line.plain
    shown = observasi(capsys, "--data-dir", str(demo.settings.data_dir), "keys", "show")
    assert shown.code == 0 and "Sri Wahyuningsih Rahayu" in " ".join(shown.err.split())
