"""The observer's Jabatan on the welcome and in Settings: printed on every sheet this laptop
signs ("Sri Lestari, S.Pd. (Kepala Sekolah)"), so it is never guessed for a colleague.

The first laptop of a school is usually the principal's, and the welcome presets "Kepala
Sekolah". A laptop that joined a school whose profile names another principal does not:
the walk of 4 Dec saved a vice-principal as "Kepala Sekolah" by that preset, and her sheet
said so. There the field is left empty until the person chooses, and saving asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Select

from observasi.core.names import name_key
from observasi.i18n import t
from observasi.queries.people import ROLES, Observer

if TYPE_CHECKING:
    from textual.screen import Screen

ROLE_ID = "observer-role"
PRINCIPAL = ROLES[0]


def role_select(observer: Observer | None, *, welcome: bool) -> Select[str]:
    """The Jabatan choice: the saved role; on the welcome "Kepala Sekolah" until a school's
    profile arrives from another laptop (:func:`after_arrival`), which may leave it empty."""
    options = [(t(f"role.{role}"), role) for role in ROLES]
    value = observer.role if observer is not None and observer.role in ROLES else PRINCIPAL
    return Select(options, id=ROLE_ID, allow_blank=welcome, value=value, prompt=t("fx10.role.prompt"))


def after_arrival(screen: Screen[Any], principal: str, observer: str, shown: dict[str, str]) -> None:
    """A school's profile came from another laptop: the preset "Kepala Sekolah" stays only
    when this laptop's observer is the principal it names; otherwise the field is emptied
    (a choice the person made is kept). *shown* is what leaving the form compares with."""
    select = screen.query_one(f"#{ROLE_ID}", Select)
    untouched = select.value == PRINCIPAL and shown.get(ROLE_ID) == PRINCIPAL
    if not untouched or not principal.strip():
        return
    if observer.strip() and name_key(observer) == name_key(principal):
        return
    select.clear()
    shown[ROLE_ID] = ""


def role_missing(screen: Screen[Any]) -> bool:
    """No Jabatan chosen (said, and the choice focused): the sheet cannot print one."""
    select = screen.query_one(f"#{ROLE_ID}", Select)
    if not select.is_blank():
        return False
    screen.notify(t("fx10.role.missing"), severity="error", timeout=8)
    select.focus()
    return True
