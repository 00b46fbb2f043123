"""The Textual app: the shell (:mod:`observasi.tui.shell`) and which screen shows which
place. The one module that knows the screens: each is imported the first time it opens,
so the start-up loads the home screen alone, and no screen needs to import another.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from observasi.core.status import Status
from observasi.errors import UserError
from observasi.queries import observations
from observasi.tui import places
from observasi.tui.shell import AppShell


class ObservasiApp(AppShell):
    def screen_for(self, place: places.Place) -> Screen[Any] | None:
        context = self.context
        match place:
            case places.Home():
                from observasi.tui.screens.home_screen import HomeScreen

                return HomeScreen(context)
            case places.Settings(first_run=first_run):
                from observasi.tui.screens.settings_screen import SettingsScreen

                return SettingsScreen(context, first_run=first_run)
            case places.Setup():
                from observasi.tui.screens.setup_screen import SetupScreen

                return SetupScreen(context)
            case places.SigningKey(replace=replace):
                from observasi.tui.dialogs.signing_key import SigningKeyDialog

                return SigningKeyDialog(replace=replace)
            case places.AskText(title=title, label=label):
                from observasi.tui.dialogs.questions import TextPrompt

                return TextPrompt(title, label)
            case places.QuitQuestion(teacher=teacher, minutes=minutes):
                from observasi.tui.dialogs.leaving import quit_question

                return quit_question(teacher, minutes)
            case places.ColleaguesRecord(observer=observer):
                from observasi.tui.dialogs.leaving import colleagues_record_question

                return colleagues_record_question(observer)
            case places.NewObservation():
                from observasi.tui.screens.new_observation_screen import NewObservationScreen

                return NewObservationScreen(context)
            case places.Details(obs_id=obs_id):
                from observasi.tui.screens.new_observation_screen import NewObservationScreen

                return NewObservationScreen(context, obs_id)
            case places.Observation(obs_id=obs_id):
                following = self.place_of_record(obs_id)
                return None if following is None else self.screen_for(following)
            case places.Lesson(obs_id=obs_id):
                from observasi.tui.screens.observation_screen import ObservationScreen

                return ObservationScreen(context, obs_id)
            case places.Reflection(obs_id=obs_id):
                from observasi.tui.screens.reflection_screen import ReflectionScreen

                return ReflectionScreen(context, obs_id)
            case places.Record(obs_id=obs_id):
                from observasi.tui.screens.record_screen import RecordScreen

                return RecordScreen(context, obs_id)
            case places.Versions(obs_id=obs_id):
                from observasi.tui.screens.versions_screen import VersionsScreen

                return VersionsScreen(context, obs_id)
            case places.Version(obs_id=obs_id, revision_id=revision_id, caption=caption):
                from observasi.tui.screens.record_screen import RecordScreen

                return RecordScreen(context, obs_id, version=(revision_id, caption))
            case places.Sheet(obs_id=obs_id):
                from observasi.tui.screens.sheet_screen import SheetScreen

                return SheetScreen(context, obs_id)
            case places.Teachers():
                from observasi.tui.screens.teachers_screen import TeachersScreen

                return TeachersScreen(context)
            case places.Forms():
                from observasi.tui.screens.forms_screen import FormsScreen

                return FormsScreen(context)
            case places.RosterImport():
                from observasi.tui.screens.roster_import_screen import RosterImportScreen

                return RosterImportScreen(context)
            case places.History(teacher_id=teacher_id):
                from observasi.tui.screens.history_screen import TeacherHistoryScreen

                return TeacherHistoryScreen(context, teacher_id)
            case places.Recap():
                from observasi.tui.screens.recap_screen import RecapScreen

                return RecapScreen(context)
            case places.District():
                from observasi.tui.screens.district_screen import DistrictScreen

                return DistrictScreen(context)
            case places.DistrictSchool(slug=slug):
                from observasi.district.reader import school_context
                from observasi.district.schools import find_school
                from observasi.tui.screens.recap_screen import RecapScreen

                # The school's own recap screen, on the district's read-only copy of it.
                return RecapScreen(school_context(context, find_school(context, slug)))
            case places.Sync():
                from observasi.tui.screens.sync_screen import SyncScreen

                return SyncScreen(context)
            case places.Attention(kind=kind):
                from observasi.tui.screens.attention_screen import AttentionScreen

                return AttentionScreen(context, kind)
            case places.Attachments(obs_id=obs_id):
                from observasi.tui.screens.attachments_screen import AttachmentsScreen

                return AttachmentsScreen(context, obs_id)
            case places.Programme():
                from observasi.tui.screens.programme_screen import ProgrammeScreen

                return ProgrammeScreen(context)
            case places.Help():
                from observasi.tui.dialogs.help import HelpScreen

                return None if isinstance(self.screen, HelpScreen) else HelpScreen(self.screen)
        raise ValueError(f"no screen shows {place!r}")

    def action_signing_key(self) -> None:
        """The palette's "Kunci tanda tangan", as the settings' key panel: made where there is
        none, replaced (its trouble said first) where it expired, is damaged or its certificate
        names another person or number than the profile, else whose it is and until when. A
        key panel on screen shows the new state when the dialog closes."""
        from observasi.signing.key_status import certificate_differs
        from observasi.tui.widgets.setup_panels import KeyPanel, key_state

        line, wanted = key_state(self.context)
        # A key naming another person or number: the replace dialog itself says what (a
        # toast of it covered the dialog's fields at 80x24).
        if wanted is None or (wanted.replace and certificate_differs(self.context) is None):
            self.notify(line.plain, severity="information" if wanted is None else "warning", timeout=8)
        if wanted is None:
            return
        shown = self.screen

        def closed(_made: object) -> None:
            for panel in shown.query(KeyPanel).results(KeyPanel):
                panel.show_status()

        self.open(wanted, closed)

    def action_verify_sheet(self) -> None:
        """The palette's "Periksa lembar bertanda tangan", on whatever screen is open."""
        from observasi.tui.dialogs.verify_sheet import check_sheet

        check_sheet(self.screen, self.context)

    def place_of_record(self, obs_id: str) -> places.Place | None:
        """Where the record *obs_id* opens: the lesson for a draft or a lesson under way,
        the reflection after the lesson, the read-only view for a final one (None: there
        is no such record, and the user was told)."""
        try:
            status = observations.status_of(self.context, obs_id)
        except UserError as exc:
            self.notify(exc.message, severity="error")
            return None
        if status in (Status.draft, Status.observing):
            return places.Lesson(obs_id)
        if status == Status.reflecting:
            return places.Reflection(obs_id)
        return places.Record(obs_id)
