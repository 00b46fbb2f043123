"""Numbers as a person reads them, one style per language: Indonesian writes 69,44 (a
decimal comma, as on the printed sheet and in Indonesian Excel), English 69.44. Every
screen, sheet, recap and export a person reads goes through :func:`number_text`;
machine formats (JSON, the database) keep the point."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from observasi.i18n import get_language, t

DECIMAL_MARK = {"id": ",", "en": "."}


def number_text(value: Decimal | float | int | str | None, lang: str | None = None, digits: int = 2) -> str:
    """*value* with *digits* decimals in the style of *lang* (default: the display
    language); "-" for None. An integer stays an integer; text that is not a number is
    returned as it is."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)
    text = f"{number:.{digits}f}"
    return text.replace(".", DECIMAL_MARK.get(lang or get_language(), "."))


def list_nilai_text(value: Decimal | float | int | str, final: bool) -> str:
    """A nilai in a list where a word does not fit: ``62,50`` once final, ``≈62,50`` while
    the observation can still change (a draft, a lesson, a reflection); the screen's
    legend says what ≈ means."""
    text = number_text(value)
    return text if final else t("firstdayb.nilai.provisional_short", nilai=text)
