"""The app as its screens see it: the context, where to go next, the sync line, the
language, help, palette and quitting, and unexpected errors handled in one place.

Screens type ``self.app`` as :class:`AppShell` (see :mod:`observasi.tui.base`) and ask
it to open a place (:mod:`observasi.tui.places`); which screen shows which place is the
business of :class:`observasi.tui.app.ObservasiApp` alone, so no screen imports another.

Every change goes to the store (which commits before returning) before a screen shows it
as saved. Slow work runs in thread workers; their failures and any unexpected error end up
here (:meth:`AppShell.report_error`) as a notification, never a traceback on the screen.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable
from typing import Any

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from observasi.context import AppContext
from observasi.core.text import displayable
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import observations
from observasi.tui import places
from observasi.tui.keys import translate_bindings, translate_textual_widgets
from observasi.tui.palette import ScreenHooks, app_commands, command_palette, form_that_asks
from observasi.tui.sync_status_shell import SyncStatusShell
from observasi.tui.textual_adapter import KeepRunningOnError, KeysFollowTheScreen

# Seconds after the first frame before the start-up's housekeeping begins: the sync
# line's refreshes, the look for join requests; the collector and the warm-up wait until
# the screen has settled (see when_idle).
AFTER_START_DELAY = 0.5
# Seconds the app waits for the shared folder when quitting: a drive that does not answer
# must not keep the user in the program.
QUIT_PUBLISH_LIMIT = 8.0
SYNC_LINE_EVERY = 10.0  # seconds between refreshes of the header's sync line
JOIN_REQUESTS_EVERY = 300.0  # seconds between looks in the shared folder for laptops asking to join
JOIN_WAIT_EVERY = 10.0  # ... and, while this laptop waits for its approval, between its looks for it
IDLE_CHECK_EVERY = 0.25  # after the start: how often it looks whether the first screen settled
IDLE_WAIT_LIMIT = 5.0  # ... and how long it waits for that before its housekeeping (when_idle)

# What a screen gives back when it closes, handed to whoever opened it.
Then = Callable[[Any], None]


class AppShell(KeysFollowTheScreen, KeepRunningOnError, SyncStatusShell):
    CSS_PATH = "app.tcss"
    TITLE = "observasi"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    BINDINGS = [
        Binding("ctrl+q", "quit", "tui.key.quit", id="app.quit", priority=True),
        Binding("f1", "help", "tui.key.help", id="app.help"),
        Binding("ctrl+p", "command_palette", "tui.key.palette", id="app.palette", show=False, priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(
        self,
        context: AppContext,
        *,
        collector_paused: bool = False,
        after_start_delay: float = AFTER_START_DELAY,
        quit_publish_limit: float = QUIT_PUBLISH_LIMIT,
    ) -> None:
        """*collector_paused*: the caller turned Python's garbage collector off for the
        start-up (observasi.cli.commands.start_tui); the app turns it back on.
        The two delays are arguments so that a test can choose them instead of racing them."""
        super().__init__()
        self.context = context
        translate_bindings(self)
        self.quitting = False
        self.quit_question_shown = False
        self.collector_paused = collector_paused
        self.after_start_delay = after_start_delay
        self.quit_publish_limit = quit_publish_limit
        self.join_requests_told = 0  # join requests already said in a toast

    # -- places ---------------------------------------------------------------------------

    def screen_for(self, place: places.Place) -> Screen[Any] | None:
        """The screen that shows *place* (None: it cannot be shown, and the user was told
        why). Which screen that is, is :class:`~observasi.tui.app.ObservasiApp`'s business."""
        raise NotImplementedError

    def open(self, place: places.Place, then: Then | None = None) -> None:
        """Put the screen of *place* on top; what it gives back when it closes goes to *then*."""
        screen = self.screen_for(place)
        if screen is not None:
            self.push_screen(screen, then)

    def replace_with(self, place: places.Place) -> None:
        """Show *place* instead of the screen on top (the next step of the same record)."""
        screen = self.screen_for(place)
        if screen is not None:
            self.switch_screen(screen)

    def open_observation(self, obs_id: str) -> None:
        """The right screen for a record: scoring for a draft or a lesson under way,
        reflection after the lesson, the read-only view for a final one. A colleague's
        unfinished record is asked about first: continued here, it becomes a conflict."""
        observer = observations.colleagues_unfinished(self.context, obs_id)
        if observer is None:
            self.open(places.Observation(obs_id))
            return

        def answered(go_on: bool | None) -> None:
            if go_on:  # taken on here: c and the quit question count it as this person's now
                observations.continue_here(self.context, obs_id)
            self.open(places.Observation(obs_id) if go_on else places.Record(obs_id))

        self.open(places.ColleaguesRecord(observer), answered)

    # -- start ------------------------------------------------------------------------

    def on_mount(self) -> None:
        translate_textual_widgets()  # before the first Select is made (the home screen imports it anyway)
        settings = self.context.settings
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        # What the first screen does not need waits until it has drawn (counted from there,
        # so that on a slow machine it never competes with the first screen). Asked first,
        # so it runs (and the collector comes back) even if the first screen fails to open.
        self.call_after_refresh(lambda: self.set_timer(self.after_start_delay, self.after_start))
        self.open(self.first_place())
        self.read_sync_status()

    def first_place(self) -> places.Place:
        """The district's schools for a district data folder; else the observations, or
        the set-up at first run."""
        from observasi.district.schools import is_district

        if is_district(self.context):
            return places.District()
        return places.Home() if observations.is_set_up(self.context) else places.Settings(first_run=True)

    def read_sync_status(self) -> None:
        """The header's sync line in the first frame, as the rest of the first screen: four
        indexed counts (a few ms at 100,000 records), where a worker's answer after the
        first frame cost a second drawing of the whole screen. Later ones: the worker."""
        from observasi.sync.status import status

        try:
            current = status(self.context)
        except Exception:  # a database that does not answer: the worker tries, and says what failed
            return self.refresh_sync_status()
        self.show_sync_status(current)

    def after_start(self) -> None:
        # A sync from the command line, or one this app ran in the background, shows in
        # the header within seconds (a few cheap queries, no folder access).
        self.set_interval(SYNC_LINE_EVERY, self.refresh_sync_status)
        self.look_for_join_requests()
        self.set_interval(JOIN_REQUESTS_EVERY, self.look_for_join_requests)
        self.set_interval(JOIN_WAIT_EVERY, self.look_while_waiting)
        self.set_timer(IDLE_CHECK_EVERY, self.when_idle)

    def when_idle(self, waited: float = 0.0) -> None:
        """The start-up's own housekeeping, once the first screen has settled (no worker
        left: its list, filters, the sync line), so it never slows what the user waits
        for: the collector back on, and the warm-up. After IDLE_WAIT_LIMIT it runs anyway
        (a shared folder that answers slowly keeps a worker busy)."""
        busy = any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in self.workers)
        if busy and waited < IDLE_WAIT_LIMIT:
            self.set_timer(IDLE_CHECK_EVERY, lambda: self.when_idle(waited + IDLE_CHECK_EVERY))
            return
        if self.collector_paused:
            self.collector_paused = False
            gc.collect()  # the start-up's garbage, once, while the user reads the screen
            gc.freeze()  # what is left lives as long as the app: never scan it again
            gc.enable()
        self.warm_up()

    def look_while_waiting(self) -> None:
        from observasi.tui.join_pickup import waits_and_nobody_looks

        if waits_and_nobody_looks(self):
            self.look_for_join_requests()

    @work(thread=True, exclusive=True, group="join-requests", exit_on_error=False)
    def look_for_join_requests(self) -> None:
        """A laptop asking to join is said in the header without waiting for a sync."""
        if self.context.settings.shared_folder is None:
            return
        from observasi.sync.devices import look_for_requests
        from observasi.tui.join_pickup import pick_up_join

        try:
            if not pick_up_join(self):
                look_for_requests(self.context)
        except Exception as error:  # a folder that does not answer: the next sync will say so
            self.log_error(error)
            return
        self.call_from_thread(self.refresh_sync_status)

    @work(thread=True, exclusive=True, group="warm-up", exit_on_error=False)
    def warm_up(self) -> None:
        """Load in the background what the next screens and the first save need, so the
        first key pressed there does not wait for it."""
        observations.warm_up(self.context)

    def watch_theme(self, theme: str) -> None:
        # Keep the choice made through the palette's theme picker too.
        if theme != self.context.settings.theme:
            try:
                self.context.update_settings(theme=theme)
            except UserError as exc:
                self.notify(exc.message, severity="error")

    # -- language -----------------------------------------------------------------------

    def switch_language(self, lang: str) -> None:
        """Show everything in *lang*: the settings keep it, the screens are built again."""
        self.context.update_settings(lang=lang)
        translate_bindings(self)
        translate_textual_widgets()
        self.rebuild_screens()
        self.refresh_sync_status()

    def rebuild_screens(self) -> None:
        """The home screen and the screen on top (if it can be rebuilt), in the new language."""
        top = self.screen
        again = top.rebuilt() if isinstance(top, ScreenHooks) else None
        while len(self.screen_stack) > 1:  # the bottom one is Textual's default screen
            self.pop_screen()
        self.open(places.Home())
        if again is not None:
            self.push_screen(again)

    def action_toggle_language(self) -> None:
        self.switch_language("en" if self.context.settings.lang == "id" else "id")

    # -- help, palette, quit -------------------------------------------------------------

    def action_help(self) -> None:
        self.open(places.Help())

    def action_help_quit(self) -> None:
        self.notify(t("tui.quit_hint"), timeout=4)

    def search_themes(self) -> None:
        # Textual's picker, with the themes named in the display language.
        from observasi.tui.theme_names import ThemeLabels

        self.push_screen(command_palette(providers=[ThemeLabels], placeholder=t("firstdayb.theme.search")))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(command_palette(placeholder=t("tui.palette.placeholder"), id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        own = screen.palette_commands() if isinstance(screen, ScreenHooks) else []
        return app_commands(self, own)

    async def action_quit(self) -> None:
        """Publish what is pending to the shared folder (if one is set), then leave; while a
        lesson's clock runs, only after asking."""
        if self.quitting:
            self.exit()
            return
        if self.quit_question_shown:
            return  # a second ctrl+q is not the answer: the question starts on "Batal"
        form = form_that_asks(self.screen_stack)
        if form is not None:  # a form holding what was typed: asked first
            self.quit_question_shown = True
            form.ask_before_leaving(self._quit_asked, self._quit_not_asked)
            return
        self._quit_asked()

    def _quit_not_asked(self) -> None:
        self.quit_question_shown = False

    def _quit_asked(self) -> None:
        self.quit_question_shown = False
        from observasi.queries.lessons import running_lesson

        try:
            running = running_lesson(self.context)
        except Exception as error:  # a database that does not answer must not keep anyone in
            self.log_error(error)
            running = None
        if running is not None:
            self.ask_before_quitting(running.teacher_name, running.minutes)
            return
        self.quit_now()

    def ask_before_quitting(self, teacher: str, minutes: int) -> None:
        def answered(quit_app: bool | None) -> None:
            self.quit_question_shown = False
            if quit_app:
                self.quit_now()

        self.quit_question_shown = True
        self.open(places.QuitQuestion(teacher, minutes), answered)

    def quit_now(self) -> None:
        self.quitting = True
        if self.context.settings.has_sync_place:
            self.notify(t("tui.sync.publishing"), timeout=3)
            self.publish_and_exit()
            self.set_timer(self.quit_publish_limit, self.exit)
        else:
            self.exit()

    @work(thread=True, exclusive=True, group="publish", exit_on_error=False)
    def publish_and_exit(self) -> None:
        try:
            from observasi.sync.service import publish

            publish(self.context, wait=True)
        finally:
            self.call_from_thread(self.exit)

    # -- actions used by several screens ---------------------------------------------------

    def action_new_observation(self) -> None:
        self.open(places.NewObservation())

    def action_settings(self) -> None:
        self.open(places.Settings())

    def action_forms(self) -> None:
        self.open(places.Forms())

    def action_sync(self) -> None:
        self.open(places.Sync(), lambda _result: self.refresh_sync_status())

    def action_recap(self) -> None:
        self.open(places.Recap())

    def publish_soon(self) -> None:
        """Send new revisions to the shared folder in the background, if one is set."""
        if self.context.settings.has_sync_place:
            self.publish()

    @work(thread=True, exclusive=True, group="publish", exit_on_error=False)
    def publish(self) -> None:
        from observasi.sync.service import publish

        sent = publish(self.context)
        if sent:
            self.call_from_thread(self.notify, t("tui.sync.published", count=sent))
        self.call_from_thread(self.refresh_sync_status)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast as plain text: its messages carry names, notes and file names from
        outside (a teacher called "[bold red]x" or "A\x1b[2J"), which are neither markup
        nor terminal sequences. (Screens' and widgets' notify come here too.)"""
        super().notify(displayable(message), title=displayable(title), severity=severity, timeout=timeout, markup=False)

    # -- errors, in one place -----------------------------------------------------------------

    def worker_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.report_error(event.worker.error)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.worker_changed(event)

    def report_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.notify(error.message, severity="error", timeout=10)
            return
        self.log_error(error)
        self.notify(t("tui.err.unexpected", detail=f"{type(error).__name__}: {error}"), severity="error", timeout=15)

    def log_error(self, error: BaseException) -> None:
        """Append *error*'s traceback to the error log next to the database."""
        from observasi.privacy import log_error  # names and id numbers scrubbed, owner-only

        with contextlib.suppress(OSError):
            log_error(self.context, error)

    def keep_running(self) -> bool:
        # Tests (headless) and --debug want the real failure; a user gets a notification,
        # the details go to a log file next to the database, and the app stays up.
        return super().keep_running() and not self.context.settings.debug

    def report_unexpected(self, error: Exception) -> None:
        self.report_error(error)
