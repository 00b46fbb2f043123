"""The signing-key dialog at 80x24: its explanation reads whole (the walk saw it cut
mid-sentence), also with a long name and a refusal shown; and it never closes without a
key and without a word (the walk's correction after "terlalu pendek" closed it silently:
Shift+Tab from the first field goes round to "Nanti saja", and Enter pressed it)."""

from __future__ import annotations

from pathlib import Path

from observasi import paths
from observasi.i18n import t
from observasi.signing.keys import MIN_PASSPHRASE
from observasi.store.models import Observer
from observasi.tui import places
from observasi.tui.app import ObservasiApp
from observasi.tui.dialogs.signing_key import SigningKeyDialog
from observasi.tui.screens.home_screen import HomeScreen
from tests.waiting import notifications, screen_text, wait_for_screen, wait_for_text, wait_until

from .conftest import make_context

LONG_NAME = "Dr. Hj. Raden Ayu Kusumawardhani, S.Pd., M.Pd."


def _flat(text: str) -> str:
    return " ".join(text.split())


def _inside_dialog(screen: str) -> str:
    """The dialog's lines, between its borders (the screen below shows at their sides)."""
    lines = [line.split("█") for line in screen.splitlines() if line.count("█") >= 2]
    return _flat(" ".join("█".join(parts[1:-1]) for parts in lines))


async def test_the_key_dialog_reads_whole_and_never_closes_silently(school_dir: Path) -> None:
    context = make_context(school_dir)
    me = context.store.save_observer(Observer(name=LONG_NAME, id_number="197001011995011001"))
    context.store.set_setting("self_observer_id", me.id)
    app = ObservasiApp(context)
    async with app.run_test(size=(80, 24)) as pilot:
        said = notifications(app)
        await wait_for_screen(pilot, HomeScreen)
        app.open(places.SigningKey())
        dialog = await wait_for_screen(pilot, SigningKeyDialog)
        await pilot.press(*"0123456789", "enter", *"0123456789", "enter")  # ten characters, twice
        await wait_for_text(pilot, "terlalu pendek")
        shown = _inside_dialog(screen_text(app))
        for key in ("firstday.key.what", "firstday.key.password_hint"):
            whole = _flat(t(key, name=LONG_NAME, min=MIN_PASSPHRASE))
            assert whole in shown, f"{whole!r} not whole in {shown!r}"
        assert "Buat kunci" in shown and "Nanti saja" in shown

        # The walk's correction: two more characters, Shift+Tab, End, two more, Enter.
        await pilot.press("a", "b", "shift+tab", "end", "c", "d", "enter")
        await wait_until(
            pilot,
            lambda: paths.observer_key(school_dir).exists() or not isinstance(app.screen, SigningKeyDialog),
            "the dialog closing or the key made",
        )
        if isinstance(app.screen, SigningKeyDialog):
            assert dialog.query_one("#key-error").render(), "a message says why"
        elif not paths.observer_key(school_dir).exists():
            await wait_until(pilot, lambda: any("Kunci belum dibuat" in m for m in said), "why there is no key")
