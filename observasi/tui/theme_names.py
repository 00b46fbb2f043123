"""Colour themes named in the display language: Textual's own two are "Gelap" and
"Terang", the others keep their proper names with whether they are dark or light."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.theme import Theme, ThemeProvider

from observasi.i18n import has, t

# Shown first, in this order; the rest follow by name.
FIRST = ("textual-dark", "textual-light")


def theme_label(theme: Theme) -> str:
    """``Gelap`` for textual-dark, ``Nord (gelap)`` for nord, ``Solarized Light (terang)``."""
    key = f"firstdayb.theme.{theme.name}"
    if has(key):
        return t(key)
    name = " ".join(word.capitalize() for word in theme.name.replace("_", "-").split("-"))
    return t("firstdayb.theme.dark" if theme.dark else "firstdayb.theme.light", name=name)


def theme_choices(themes: dict[str, Theme]) -> list[tuple[str, str]]:
    """(label, theme name) for a Select, Textual's own first."""
    ordered = [name for name in FIRST if name in themes] + sorted(name for name in themes if name not in FIRST)
    return [(theme_label(themes[name]), name) for name in ordered]


class ThemeLabels(ThemeProvider):
    """The palette's theme picker, listing the themes by :func:`theme_label`."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        def choose(name: str) -> None:
            self.app.theme = name

        return [(label, partial(choose, name)) for label, name in theme_choices(self.app.available_themes)]
