"""Two parts of the set-up that the welcome steps and the settings screen both show: the
signing key (whose it is, or a button to make one) and the roster (how many teachers,
buttons to import or add them). Each opens its place through the app and says again what
it shows when its screen comes back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from observasi.core.dates import long_date
from observasi.i18n import t
from observasi.queries import people
from observasi.signing.key_status import certificate_differs, key_status
from observasi.signing.keys import set_aside_unusable_trusted, unusable_trusted
from observasi.sync import devices, school_data
from observasi.tui import places
from observasi.tui.base import prefill
from observasi.tui.shell import AppShell

if TYPE_CHECKING:
    from textual import getters

    from observasi.context import AppContext


class SetupPanel(Vertical):
    """A status line and its buttons; :meth:`show_status` reads the status again."""

    DEFAULT_CSS = """
    SetupPanel { height: auto; }
    SetupPanel .setup-status { height: auto; padding: 0 1; }
    SetupPanel Horizontal { height: auto; margin-top: 1; }
    SetupPanel Button { margin-right: 1; }
    """

    if TYPE_CHECKING:
        app = getters.app(AppShell)

    def on_mount(self) -> None:
        self.show_status()

    def show_status(self) -> None:
        raise NotImplementedError

    def reopened(self, _result: Any = None) -> None:
        self.show_status()


def key_state(context: AppContext) -> tuple[Text, places.SigningKey | None]:
    """This laptop's signing key in one line (whose, until when, or what is wrong with it),
    and the dialog wanted for it: one that makes it (none yet) or replaces it (expired,
    damaged, or its certificate naming another person or number than the profile now
    does); None: the key is usable as it is. The settings' panel and the palette's command."""
    status = key_status(context.settings.data_dir)
    if status is None:
        return Text(t("firstday.key.status_none")), places.SigningKey()
    if status.problem:
        line = Text("✗ " + t("bad.key.status_broken", problem=status.problem), style="bold red")
        return line, places.SigningKey(replace=True)
    if status.expired and status.valid_until is not None:
        until = long_date(status.valid_until, weekday=False)
        line = Text("✗ " + t("bad.key.status_expired", name=status.holder, until=until), style="bold red")
        return line, places.SigningKey(replace=True)
    until = long_date(status.valid_until, weekday=False) if status.valid_until else "-"
    differs = certificate_differs(context)
    if differs is not None:  # still signs; the replacement is offered, the choice is the person's
        line = Text("! " + t("fx10c.key.differs", named=differs.named, profile=differs.profile, until=until))
        line.stylize("bold yellow")
        return line, places.SigningKey(replace=True)
    return Text("✓ " + t("firstday.key.status_have", name=status.holder, until=until), style="green"), None


class KeyPanel(SetupPanel):
    """The signing key: in plain words whose it is, or a button that makes one; an expired
    or damaged key offers its replacement, and colleagues' certificate files that cannot
    be used are named with a button that sets them aside."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="setup-status", id="key-status")
        with Horizontal():
            yield Button(t("firstday.key.make_button"), id="make-key")
            yield Button(t("bad.key.replace_button"), id="replace-key")
        yield Static("", classes="setup-status", id="trusted-status")
        with Horizontal(id="trusted-buttons"):
            yield Button(t("bad.trusted.set_aside_button"), id="set-aside-trusted")

    def show_status(self) -> None:
        data_dir = self.app.context.settings.data_dir
        line, wanted = key_state(self.app.context)
        self.query_one("#key-status", Static).update(line)
        self.query_one("#make-key", Button).display = wanted is not None and not wanted.replace
        self.query_one("#replace-key", Button).display = wanted is not None and wanted.replace
        unusable = unusable_trusted(data_dir)
        trusted = Text(t("bad.trusted.status", count=len(unusable)), style="bold red") if unusable else Text("")
        for message in unusable:
            trusted.append("\n• " + message, style="")
        self.query_one("#trusted-status", Static).update(trusted)
        self.query_one("#trusted-status", Static).display = bool(unusable)
        self.query_one("#trusted-buttons", Horizontal).display = bool(unusable)

    @on(Button.Pressed, "#make-key")
    def make_key(self) -> None:
        self.app.open(places.SigningKey(), self.reopened)

    @on(Button.Pressed, "#replace-key")
    def replace_key(self) -> None:
        """A new key over an expired or damaged one, or one whose certificate names another
        person or number: the dialog says what replacing it does."""
        self.app.open(places.SigningKey(replace=True), self.reopened)

    @on(Button.Pressed, "#set-aside-trusted")
    def set_aside(self) -> None:
        moved, folder = set_aside_unusable_trusted(self.app.context.settings.data_dir)
        self.notify(t("bad.trusted.set_aside_done", count=moved, folder=folder), timeout=8)
        self.show_status()


class RosterPanel(SetupPanel):
    """The teachers: how many, import a file (Dapodik Excel, CSV), add or edit them."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="setup-status", id="roster-status")
        with Horizontal():
            yield Button(t("firstday.roster.import"), id="roster-import")
            yield Button(t("firstday.roster.manage"), id="roster-manage")

    def show_status(self) -> None:
        count = len(people.teacher_overview(self.app.context))
        self.query_one("#roster-status", Static).update(Text(t("firstday.roster.status", count=count)))

    @on(Button.Pressed, "#roster-import")
    def import_roster(self) -> None:
        self.app.open(places.RosterImport(), self.reopened)

    @on(Button.Pressed, "#roster-manage")
    def manage(self) -> None:
        self.app.open(places.Teachers(), self.reopened)


class JoinPanel(SetupPanel):
    """On a new laptop's welcome: join a school that already uses the app, through its
    shared folder (the sync screen's own folder choice and sync), with what happens next
    said first: a member approves this laptop, then the school's profile, teachers and
    observations arrive. Back here, the status says which of the two holds now."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="setup-status", id="join-status")
        with Horizontal():
            yield Button(t("ux5.join.button"), id="join-school")

    def show_status(self) -> None:
        context = self.app.context
        # Arrived: the profile came from another laptop (not typed here, or saved by a CLI).
        arrived = people.profile(context).school.name if school_data.profile_source(context) else ""
        if arrived:  # "fill in your name" only while the observer's field is empty
            named = "fx9j.join.arrived_named" if self._typed("observer-name") else "ux7j2.join.arrived"
            said = t(named, school=arrived)
        elif devices.no_school_seen(context):  # it asked to join a folder that holds no school yet
            said = t("ux7j.join.panel_no_school")
        elif devices.waiting_code(context):  # asked before (a restart): it waits, and looks again by itself
            said = t("ux7j2.join.waiting", code=devices.waiting_code(context))
        else:
            said = t("ux5.join.next")
        self.query_one("#join-status", Static).update(Text(said))
        # Approved, the laptop is one of the school's: the line above says so, and a button
        # to join again only puzzled (the walk); the sync screen is in the palette.
        self.query_one("#join-school", Button).display = not arrived

    @on(Button.Pressed, "#join-school")
    def join(self) -> None:
        """Ask to join under a name the members recognise when they approve: the name
        typed on this welcome (the rule of :func:`devices.join_name`, as the command line's),
        else one asked now (the walk: a member was asked to approve a laptop called "vm",
        the computer's name, or "?")."""
        context = self.app.context
        name = devices.join_name(context, chosen=self._typed("laptop_name"), person=self._person(), computer=False)
        if name:
            self._join(name)
            return
        self.app.open(
            places.AskText(t("ux6.join.name_title"), t("ux6.join.name_label")),
            # Esc (or nothing typed): no request, and the laptop is not marked as joining
            # (the review: a cancel sent one named by the computer, "vm").
            lambda answer: self._join(devices.join_name(context, person=answer), answer) if answer else None,
        )

    def _typed(self, field: str) -> str:
        from textual.widgets import Input

        return next((box.value.strip() for box in self.screen.query(Input) if box.id == field), "")

    def _person(self) -> str:
        """Whose laptop this is, as typed on the welcome: the observer, else the principal."""
        return self._typed("observer-name") or self._typed("school-principal_name")

    def _join(self, name: str, person: str = "") -> None:
        """Keep *name* as this laptop's name, and that it joins (it never founds the school
        in an empty folder), then the sync screen, which asks to join. *person*, the name
        typed in "Nama Anda", is the observer's too: an empty observer field shows it."""
        from textual.widgets import Input

        context = self.app.context
        devices.ask_to_join(context, name, person)
        # Both are kept on this laptop now: quitting the welcome does not lose them (ctrl+q
        # does not name them as unsaved), and it shows them again when opened.
        kept: dict[str, str] = getattr(self.screen, "shown_values", {})
        for box in self.screen.query("#laptop_name").results(Input):
            box.value = kept["laptop_name"] = context.settings.laptop_name or ""
        for box in self.screen.query("#observer-name").results(Input):
            if person and not box.value.strip():
                prefill(box, devices.join_person(context))
                kept["observer-name"] = box.value
        self.app.open(places.Sync(), self.reopened)
