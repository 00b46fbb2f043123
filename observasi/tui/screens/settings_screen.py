"""The school profile, who is observing on this laptop, and the app's settings.

At first run it is the setup (nothing can be skipped that the sheet needs: the school's
name and the observer's name), followed by the welcome steps (signing key, teachers:
:mod:`observasi.tui.screens.setup_screen`); later it is the settings screen, where those
two are found again. Language, shared folder,
signature image and theme go through AppContext.update_settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static, TextArea

from observasi import paths
from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import people
from observasi.queries.people import Observer
from observasi.sync import bucket_setup, devices, school_data
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, prefill
from observasi.tui.dialogs.arrived_profile import Differs, ask_which, take_arrived, undecided_lines
from observasi.tui.dialogs.school_travel import (
    CERTS_BUTTON,
    ColleagueCertificatesDialog,
    certificates_button,
    profile_source_line,
)
from observasi.tui.dialogs.unsaved import form_values, leave_or_ask
from observasi.tui.dialogs.verify_sheet import VERIFY_BUTTON, check_sheet, verify_button
from observasi.tui.theme_names import FIRST, theme_choices
from observasi.tui.widgets.observer_role import after_arrival, role_missing, role_select
from observasi.tui.widgets.settings_fields import BUCKET_INPUTS, BUCKET_LABELS, bucket_fields, kop_fields
from observasi.tui.widgets.setup_panels import JoinPanel, KeyPanel, RosterPanel, SetupPanel

ID_LABELS = ("NIP", "NUPTK", "NBM", "NIK", "NIY")
SCHOOL_FIELDS = ("name", "npsn", "address", "city", "principal_name", "principal_id_number", "phone", "email")


def laptop_name_fields(context: AppContext) -> ComposeResult:
    """This laptop's name for the school's other laptops (empty: "Laptop <observer>")."""
    observer = people.profile(context).observer
    default = t("privacy3.laptop.default", observer=observer.name if observer else "…")
    yield Label(t("privacy3.settings.laptop_name"), classes="field-label")
    yield Static(Text(t("privacy3.settings.laptop_name_hint", default=default), style="dim"), classes="hint")
    yield Input(context.settings.laptop_name or "", id="laptop_name", placeholder=default)


def save_laptop_name(context: AppContext, chosen: str) -> None:
    value = chosen.strip()[:60] or None
    if value != context.settings.laptop_name:
        context.update_settings(laptop_name=value)


# The welcome form copies the principal's name and number to the observer's fields.
PRINCIPAL_TO_OBSERVER = {"school-principal_name": "observer-name", "school-principal_id_number": "observer-id_number"}


class SettingsScreen(BaseScreen[None]):
    TITLE_KEY = "tui.settings.title"
    HELP_KEY = "tui.settings.help"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.settings.key.save", id="settings.save"),
        Binding("escape", "leave", "tui.key.back", id="settings.back"),
        Binding("ctrl+f", "shared_folder", "firstday_a.settings.key.folder", id="settings.folder"),
    ]
    filled_from: str | None = None  # the arrival of the school's profile the fields show

    @property
    def help_text(self) -> str:
        return super().help_text + ("" if self.first_run else "\n\n" + t("reach.bucket.help"))

    def __init__(self, context: AppContext, first_run: bool = False) -> None:
        super().__init__(context)
        self.first_run = first_run
        self._mirrored: dict[str, str] = {}  # observer field id -> the principal's value copied in
        self._typed_kept: dict[str, tuple[str, str]] = {}  # field id -> (school's, typed) chosen on arrival
        self._undecided: list[Differs] = []  # typed, while the arrival's question is open
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
                # Where this laptop keeps the data: a mistyped --data-dir shows here.
                shown = t("firstdayb.data_dir.shown", path=str(settings.data_dir))
                yield Static(Text(shown, style="dim"), id="setup-data-dir")
                yield Label(t("ux5.join.title"), classes="section-title")
                yield JoinPanel()
            yield Label(t("tui.settings.school"), classes="section-title")
            yield from profile_source_line(self.context)
            for name in ("name", "npsn", "address", "city"):
                yield Label(t(f"tui.settings.school_{name}"), classes="field-label")
                yield Input(getattr(school, name), id=f"school-{name}")
            yield from kop_fields(school)
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
            if not self.first_run:
                yield certificates_button()

            yield Label(t("tui.settings.observer"), classes="section-title")
            yield Label(t("tui.settings.observer_name"), classes="field-label")
            yield self._observer_name(observer)
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
            yield role_select(observer, welcome=self.first_run)

            if not self.first_run:
                # At first run these come as the next steps, once the observer is saved
                # (the key is made in the observer's name).
                yield Label(t("firstday.key.title"), classes="section-title")
                yield KeyPanel()
                yield verify_button()  # a colleague's sheet checked here, not in a terminal
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
            yield from laptop_name_fields(self.context)
            if not self.first_run:
                yield from bucket_fields(bucket_setup.shown(self.context))
            yield Label(t("tui.settings.signature"), classes="field-label")
            yield Static(Text(t("tui.settings.signature_hint"), style="dim"), classes="hint")
            yield Input(str(settings.signature_image or ""), id="signature_image")
            yield Label(t("firstday.settings.output_dir"), classes="field-label")
            yield Static(Text(t("firstday.settings.output_dir_hint"), style="dim"), classes="hint")
            yield Input(str(settings.files_dir), id="output_dir")
            yield Label(t("tui.settings.theme"), classes="field-label")
            themes = self.app.available_themes
            yield Select(
                theme_choices(themes),
                id="theme",
                allow_blank=False,
                value=self.app.theme if self.app.theme in themes else FIRST[0],
            )
            yield Button(t("tui.settings.save"), variant="primary", id="save")
        yield Footer(compact=True)

    def _observer_name(self, observer: Observer | None) -> Input:
        """The observer's name; on the welcome of a laptop that asked to join, the name its
        person typed then ("Nama Anda"), shown as a suggestion (the walk: it had to be typed
        again, after "Nama observer wajib diisi")."""
        if observer is not None:
            return Input(observer.name, id="observer-name")
        typed = devices.join_person(self.context) if self.first_run else ""
        return prefill(Input(id="observer-name"), typed) if typed else Input(id="observer-name")

    def on_mount(self) -> None:
        self.query_one("#school-name", Input).focus(scroll_visible=not self.first_run)  # welcome: top shown
        self.shown_values = form_values(self)  # Esc asks before dropping what differs from these

    def action_shared_folder(self) -> None:
        """The shared folder in one key (it is the 18th field of this long form)."""
        self.query_one("#shared_folder", Input).focus()

    def on_screen_resume(self) -> None:
        for panel in self.query(SetupPanel):
            panel.show_status()
        if self.first_run:
            self._fill_arrived_school()

    def picked_up(self, _report: object) -> None:
        """The app's periodic pickup made this laptop one of the school's: as on coming back."""
        self.on_screen_resume()

    def _fill_arrived_school(self) -> None:
        """Back on the welcome from joining: the school's profile that came through the
        shared folder is what the school fields show, the kop too (saved empty or as the
        newcomer spelled it, they renamed the school on every laptop); a different spelling
        typed here is shown beside it and comes back only if chosen. The folder chosen while
        joining fills its field (saved empty, it would leave this laptop without it)."""
        folder = self.query_one("#shared_folder", Input)
        if not folder.value.strip() and self.context.settings.shared_folder:
            folder.value = str(self.context.settings.shared_folder)
        # Only a profile that came from another laptop, once per arrival (the review: every
        # return and pickup otherwise "took" a profile saved here and undid the typing).
        source = school_data.profile_source(self.context)
        if source is None or source == self.filled_from:
            return
        self.filled_from = source
        school = people.profile(self.context).school
        arrived = {f"school-{name}": str(getattr(school, name)) for name in SCHOOL_FIELDS}
        arrived["school-kop_lines"] = school.kop_lines
        if school.principal_id_label in ID_LABELS:
            arrived["school-principal_id_label"] = school.principal_id_label
        differs = take_arrived(self, arrived, self.shown_values, self._typed_kept)
        after_arrival(self, school.principal_name, self._text("observer-name"), self.shown_values)
        # What arrived is kept on this laptop already: leaving does not lose it (ctrl+q, Esc).
        self.shown_values.update({widget_id: value for widget_id, value in arrived.items() if value.strip()})
        if differs:
            ask_which(self, school.name, differs, self._typed_kept, self._undecided)

    @on(Input.Changed, "#school-principal_name, #school-principal_id_number")
    def _principal_observes(self, event: Input.Changed) -> None:
        """On the welcome form the principal is usually the observer: what is typed as
        the principal's name and number is written in the observer's fields too, as long
        as those hold nothing else (so they are seen, and can be changed)."""
        if not self.first_run or event.input.id is None or not event.input.has_focus:
            # Typed here only: a profile that came from a colleague's laptop fills the
            # principal's fields too, and this laptop's observer may well be someone else.
            return
        target_id = PRINCIPAL_TO_OBSERVER[event.input.id]
        target = self.query_one(f"#{target_id}", Input)
        if target.value in ("", self._mirrored.get(target_id, "")):
            prefill(target, event.value)  # a copy the user can see: typing replaces it
            self._mirrored[target_id] = event.value

    @on(Input.Submitted)
    def _next(self) -> None:
        self.focus_next()

    @on(Input.Changed)
    def _typed_in_sight(self, event: Input.Changed) -> None:
        if event.input.has_focus:  # the welcome opens at its top: the first keys bring the field up
            event.input.scroll_visible(animate=False)

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

    def _output_dir(self) -> tuple[bool, Path | None]:
        """The folder for sheets and recaps (None: the default, Documents/observasi). A
        folder that does not exist yet is made, if the folder it goes in exists."""
        text = self._text("output_dir")
        default = paths.default_output_dir(self.context.settings.data_dir)
        if not text or Path(text).expanduser() == default:
            return True, None
        path = Path(text).expanduser()
        if not path.is_dir() and not path.parent.is_dir():
            self.notify(t("tui.settings.err_folder", path=text), severity="error", timeout=8)
            self.query_one("#output_dir").focus()
            return False, None
        return True, path.resolve()

    def _bucket(self) -> tuple[bool, bucket_setup.BucketChange | None]:
        """The bucket's fields checked (None: not on this screen, at first run); a problem
        is shown with the name of its field, and the cursor goes there."""
        if self.first_run:
            return True, None
        values = {field: self.query_one(f"#{widget}", Input).value for field, widget in BUCKET_INPUTS.items()}
        try:
            return True, bucket_setup.check(self.context, **values)
        except bucket_setup.BucketFieldError as exc:
            field = t(BUCKET_LABELS[exc.field])
            self.notify(t("reach.bucket.field_error", field=field, message=exc.message), severity="error", timeout=10)
            self.query_one(f"#{BUCKET_INPUTS[exc.field]}").focus()
            return False, None
        except UserError as exc:  # the saved key file cannot be read
            self.notify(exc.message, severity="error", timeout=10)
            return False, None

    @on(Button.Pressed, f"#{VERIFY_BUTTON}")
    def _verify_sheet(self) -> None:
        check_sheet(self, self.context)

    @on(Button.Pressed, f"#{CERTS_BUTTON}")
    def _colleague_certificates(self) -> None:
        self.app.push_screen(ColleagueCertificatesDialog(self.context))

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
        if role_missing(self):
            return
        ok_folder, shared = self._path("shared_folder", folder=True)
        if not ok_folder:
            return
        ok_file, signature = self._path("signature_image", folder=False)
        if not ok_file:
            return
        ok_output, output = self._output_dir()
        if not ok_output:
            return
        ok_bucket, bucket = self._bucket()
        if not ok_bucket:
            return
        stored = people.profile(self.context)
        school = stored.school.model_copy(
            update={
                **{name: self._text(f"school-{name}") for name in SCHOOL_FIELDS},
                "principal_id_label": self._select("school-principal_id_label"),
                "kop_lines": self.query_one("#school-kop_lines", TextArea).text.strip(),
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
        self.guarded(save_laptop_name, self.context, self._text("laptop_name"))
        if output != self.context.settings.output_dir:
            self.guarded(self.context.update_settings, output_dir=output)
        if bucket is not None:
            self.guarded(bucket_setup.keep, self.context, bucket)
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
        leave_or_ask(self, self.shown_values, self.dismiss)

    def ask_before_leaving(self, leave: Callable[[], object], stay: Callable[[], object]) -> None:
        """ctrl+q: what was typed here is not dropped without asking, as on Esc."""
        leave_or_ask(self, self.shown_values, leave, stay, undecided_lines(self._undecided))

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("tui.settings.key.save"), t("tui.cmd.save_help"), self.action_save)]
