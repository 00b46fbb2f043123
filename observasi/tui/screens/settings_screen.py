"""The school profile, who is observing on this laptop, and the app's settings.

At first run it is the setup (nothing can be skipped that the sheet needs: the school's
name and the observer's name), followed by the welcome steps (signing key, teachers:
:mod:`observasi.tui.screens.setup_screen`); later it is the settings screen, where those
two are found again. Language, shared folder,
signature image and theme go through AppContext.update_settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.queries import people
from observasi.queries.people import ROLES, Observer
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand
from observasi.tui.widgets.setup_panels import KeyPanel, RosterPanel, SetupPanel

ID_LABELS = ("NIP", "NUPTK", "NBM", "NIK", "NIY")
SCHOOL_FIELDS = ("name", "npsn", "address", "city", "principal_name", "principal_id_number")


class SettingsScreen(BaseScreen[None]):
    TITLE_KEY = "tui.settings.title"
    HELP_KEY = "tui.settings.help"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.settings.key.save", id="settings.save"),
        Binding("escape", "leave", "tui.key.back", id="settings.back"),
    ]

    def __init__(self, context: AppContext, first_run: bool = False) -> None:
        super().__init__(context)
        self.first_run = first_run
        if first_run:
            self.title = t("tui.setup.title")

    def compose(self) -> ComposeResult:
        profile = people.profile(self.context)
        school, observer = profile.school, profile.observer
        settings = self.context.settings
        yield Header()
        with VerticalScroll(id="settings-body"):
            if self.first_run:
                yield Static(Text(t("firstday.setup.intro")), id="setup-intro")
            yield Label(t("tui.settings.school"), classes="section-title")
            for name in ("name", "npsn", "address", "city"):
                yield Label(t(f"tui.settings.school_{name}"), classes="field-label")
                yield Input(getattr(school, name), id=f"school-{name}")
            yield Label(t("tui.settings.principal_name"), classes="field-label")
            yield Input(school.principal_name, id="school-principal_name")
            with Horizontal(classes="field-row"):
                with Vertical(classes="narrow-field"):
                    yield Label(t("tui.settings.id_label"), classes="field-label")
                    yield Select(
                        [(label, label) for label in ID_LABELS],
                        id="school-principal_id_label",
                        allow_blank=False,
                        value=school.principal_id_label if school.principal_id_label in ID_LABELS else "NIP",
                    )
                with Vertical():
                    yield Label(t("tui.settings.id_number"), classes="field-label")
                    yield Input(school.principal_id_number, id="school-principal_id_number")

            yield Label(t("tui.settings.observer"), classes="section-title")
            yield Label(t("tui.settings.observer_name"), classes="field-label")
            yield Input(observer.name if observer else "", id="observer-name")
            with Horizontal(classes="field-row"):
                with Vertical(classes="narrow-field"):
                    yield Label(t("tui.settings.id_label"), classes="field-label")
                    yield Select(
                        [(label, label) for label in ID_LABELS],
                        id="observer-id_label",
                        allow_blank=False,
                        value=observer.id_label if observer and observer.id_label in ID_LABELS else "NIP",
                    )
                with Vertical():
                    yield Label(t("tui.settings.id_number"), classes="field-label")
                    yield Input(observer.id_number if observer else "", id="observer-id_number")
            yield Label(t("tui.settings.role"), classes="field-label")
            yield Select(
                [(t(f"role.{role}"), role) for role in ROLES],
                id="observer-role",
                allow_blank=False,
                value=observer.role if observer and observer.role in ROLES else ROLES[0],
            )

            if not self.first_run:
                # At first run these come as the next steps, once the observer is saved
                # (the key is made in the observer's name).
                yield Label(t("firstday.key.title"), classes="section-title")
                yield KeyPanel()
                yield Label(t("firstday.roster.section"), classes="section-title")
                yield RosterPanel()

            yield Label(t("tui.settings.app"), classes="section-title")
            yield Label(t("tui.settings.language"), classes="field-label")
            yield Select(
                [("Bahasa Indonesia", "id"), ("English", "en")], id="lang", allow_blank=False, value=settings.lang
            )
            yield Label(t("tui.settings.shared_folder"), classes="field-label")
            yield Static(Text(t("tui.settings.shared_folder_hint"), style="dim"), classes="hint")
            yield Input(str(settings.shared_folder or ""), id="shared_folder")
            yield Label(t("tui.settings.signature"), classes="field-label")
            yield Static(Text(t("tui.settings.signature_hint"), style="dim"), classes="hint")
            yield Input(str(settings.signature_image or ""), id="signature_image")
            yield Label(t("tui.settings.theme"), classes="field-label")
            themes = sorted(self.app.available_themes)
            yield Select(
                [(name, name) for name in themes],
                id="theme",
                allow_blank=False,
                value=self.app.theme if self.app.theme in themes else themes[0],
            )
            yield Button(t("tui.settings.save"), variant="primary", id="save")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#school-name", Input).focus()

    def on_screen_resume(self) -> None:
        for panel in self.query(SetupPanel):
            panel.show_status()

    @on(Input.Submitted)
    def _next(self) -> None:
        self.focus_next()

    def _text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def _select(self, widget_id: str) -> str:
        return str(self.query_one(f"#{widget_id}", Select).value)

    def _path(self, widget_id: str, *, folder: bool) -> tuple[bool, Path | None]:
        text = self._text(widget_id)
        if not text:
            return True, None
        path = Path(text).expanduser()
        if (folder and not path.is_dir()) or (not folder and not path.is_file()):
            key = "tui.settings.err_folder" if folder else "tui.settings.err_file"
            self.notify(t(key, path=text), severity="error", timeout=8)
            self.query_one(f"#{widget_id}").focus()
            return False, None
        return True, path.resolve()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self._text("school-name"):
            self.notify(t("tui.settings.err_school"), severity="error")
            self.query_one("#school-name").focus()
            return
        if not self._text("observer-name"):
            self.notify(t("tui.settings.err_observer"), severity="error")
            self.query_one("#observer-name").focus()
            return
        ok_folder, shared = self._path("shared_folder", folder=True)
        if not ok_folder:
            return
        ok_file, signature = self._path("signature_image", folder=False)
        if not ok_file:
            return
        stored = people.profile(self.context)
        school = stored.school.model_copy(
            update={
                **{name: self._text(f"school-{name}") for name in SCHOOL_FIELDS},
                "principal_id_label": self._select("school-principal_id_label"),
            }
        )
        current = stored.observer
        observer_values: dict[str, Any] = {
            "name": self._text("observer-name"),
            "id_label": self._select("observer-id_label"),
            "id_number": self._text("observer-id_number"),
            "role": self._select("observer-role"),
        }
        observer = current.model_copy(update=observer_values) if current else Observer(**observer_values)
        ok, _ = self.guarded(people.save_profile, self.context, school, observer, shared, signature)
        if not ok:
            return
        lang = self._select("lang")
        theme = self._select("theme")
        if theme != self.app.theme:
            self.app.theme = theme
        self.notify(t("tui.saved"), timeout=2)
        self.app.refresh_sync_status()
        if lang != self.context.settings.lang:
            self.app.switch_language(lang)
            return
        self.leave()

    def leave(self) -> None:
        if self.first_run:
            self.app.replace_with(places.Setup())
        else:
            self.dismiss()

    def action_leave(self) -> None:
        if self.first_run:
            self.notify(t("tui.setup.required"), timeout=4)
            return
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("tui.settings.key.save"), t("tui.cmd.save_help"), self.action_save)]
