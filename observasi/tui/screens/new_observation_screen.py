"""Pra-observasi: who is observed, in which class, on which form, and what was agreed.

The teacher is picked by typing part of the name (or NIP/NUPTK). Picking shows the open
follow-up items of the teacher's last final observation, to check in the lesson.
Saving creates the draft and opens it, where the planning section can be scored
before the lesson starts. The same screen edits the details of a record later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from observasi.context import AppContext
from observasi.core.changes import SetDetails
from observasi.core.dates import long_date, parse_date, semester_of
from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.core.text import displayable
from observasi.i18n import get_language, t
from observasi.queries import people, records
from observasi.queries.people import Teacher
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, is_suggestion, prefill
from observasi.tui.dialogs.unsaved import form_values, leave_or_ask
from observasi.tui.widgets.identity_fields import IdentityFields

MAX_MATCHES = 8
TEXT_FIELDS = ("class_name", "subject", "topic", "period", "co_observer", "focus")


class NewObservationScreen(BaseScreen[None]):
    TITLE_KEY = "tui.new.title"
    HELP_KEY = "tui.new.help"

    BINDINGS = [
        Binding("ctrl+s", "save", "tui.new.key.save", id="new.save"),
        Binding("escape", "leave", "tui.key.back", id="new.back"),
    ]

    def __init__(self, context: AppContext, obs_id: str | None = None) -> None:
        super().__init__(context)
        self.obs_id = obs_id
        self.existing: Observation | None = records.scored(context, obs_id).record if obs_id else None
        self.teacher: Teacher | None = people.get_teacher(context, self.existing.teacher_id) if self.existing else None
        # The focus the user typed before a target behaviour was added to it, and the result.
        self._focus_typed: str | None = None
        self._focus_added: str | None = None
        if self.existing:
            self.title = t("tui.new.title_edit")

    def compose(self) -> ComposeResult:
        obs = self.existing
        forms = self.context.catalog.latest()
        yield Header()
        with VerticalScroll(id="new-body"):
            yield Label(t("tui.new.teacher"), classes="field-label")
            if obs is None:
                yield Input(placeholder=t("tui.new.teacher_placeholder"), id="teacher", compact=True)
                yield OptionList(id="teacher-matches")
            yield Static(id="teacher-picked")
            yield Static(id="previous-followups")
            yield Label(t("show.form"), classes="field-label")
            yield Select(
                [(Text(f.instrument.title + f" ({f.instrument.version})"), f.instrument.id) for f in forms],
                id="form",
                allow_blank=False,
                disabled=obs is not None,
                value=obs.form_id
                if obs and any(f.instrument.id == obs.form_id for f in forms)
                else self.default_form(),
                compact=True,
            )
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label(t("show.class"), classes="field-label")
                    yield Input(obs.class_name if obs else "", id="class_name", compact=True)
                with Vertical():
                    yield Label(t("show.subject"), classes="field-label")
                    yield Input(obs.subject if obs else "", id="subject", compact=True)
            yield Label(t("show.topic"), classes="field-label")
            yield Input(obs.topic if obs else "", id="topic", compact=True)
            yield IdentityFields(obs.identity if obs else None)
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label(t("show.date"), classes="field-label")
                    date = Input(
                        obs.date if obs else "", id="date", placeholder=t("tui.date.placeholder"), compact=True
                    )
                    yield date if obs else prefill(date, dt.date.today().isoformat())
                with Vertical():
                    yield Label(t("show.period"), classes="field-label")
                    yield Input(
                        obs.period if obs else "",
                        id="period",
                        placeholder=t("tui.new.period_placeholder"),
                        compact=True,
                    )
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label(t("tui.new.present"), classes="field-label")
                    yield Input(
                        str(obs.students_present) if obs and obs.students_present is not None else "",
                        id="students_present",
                        type="integer",
                        compact=True,
                    )
                with Vertical():
                    yield Label(t("tui.new.absent"), classes="field-label")
                    yield Input(
                        str(obs.students_absent) if obs and obs.students_absent is not None else "",
                        id="students_absent",
                        type="integer",
                        compact=True,
                    )
            yield Label(t("tui.new.co_observer"), classes="field-label")
            yield Input(obs.co_observer if obs else "", id="co_observer", compact=True)
            yield Label(t("tui.new.focus"), classes="field-label")
            yield Input(obs.focus if obs else "", id="focus", compact=True)
            yield Label(t("tui.new.pre_notes"), classes="field-label")
            yield TextArea(obs.pre_notes if obs else "", id="pre_notes", classes="answer")
            yield Button(t("tui.new.save_edit") if obs else t("tui.new.save"), variant="primary", id="save")
        yield Footer(compact=True)

    def default_form(self) -> str | object:
        """The form used last on this laptop, else the first in the display language."""
        forms = self.context.catalog.latest()
        if not forms:
            return Select.BLANK
        ids = {f.instrument.id for f in forms}
        last = records.last_used_form_id(self.context)
        if last in ids:
            return last
        same_language = [f for f in forms if f.instrument.language == get_language()]
        return (same_language or forms)[0].instrument.id

    def chosen_form(self) -> Instrument | None:
        """The form the record is (or will be) made on."""
        if self.existing is not None:
            return records.scored(self.context, self.existing.id).instrument
        form = self.query_one("#form", Select)
        known = self.context.catalog.get(str(form.value)) if not form.is_blank() else None
        return known.instrument if known else None

    @on(Select.Changed, "#form")
    def _form_chosen(self) -> None:
        self.query_one(IdentityFields).show(self.chosen_form())

    @on(Select.Changed, "#target-behaviour")
    def _target_chosen(self, event: Select.Changed) -> None:
        """The chosen behaviour fills the focus; what the user typed there stays, with the
        behaviour added after it (it was written over). Another choice replaces only what a
        choice put there."""
        if event.select.is_blank():
            return
        focus = self.query_one("#focus", Input)
        chosen = str(event.value)
        if focus.value == self._focus_added and self._focus_typed is not None:
            typed = self._focus_typed  # the user's text, with an earlier choice added
        elif not focus.value.strip() or is_suggestion(focus):
            typed = ""
        else:
            typed = focus.value.strip()
        if not typed:
            prefill(focus, chosen)
            self._focus_typed = self._focus_added = None
            return
        if chosen.casefold() in typed.casefold():
            return  # the typed focus names it already
        self._focus_typed, self._focus_added = typed, f"{typed}; {chosen}"
        focus.value = self._focus_added
        self.notify(t("ux9t.new.focus_kept"), timeout=6)

    def on_mount(self) -> None:
        self.query_one(IdentityFields).show(self.chosen_form())
        if self.existing is None:
            self.query_one("#teacher-matches", OptionList).display = False
            self.query_one("#teacher", Input).focus()
        else:
            self.query_one("#class_name", Input).focus()
        self.show_teacher()
        problems = self.context.catalog.problems
        if problems:
            # A broken form file (in the shared folder, say) is named; the others are offered.
            said = t("form.tui.problems", count=len({p.file for p in problems}), first=str(problems[0]))
            self.notify(said, severity="warning", timeout=10)
        self.shown_values = form_values(self)  # Esc asks before dropping what differs from these

    # -- picking the teacher ------------------------------------------------------------------

    @on(Input.Changed, "#teacher")
    def _teacher_typed(self, event: Input.Changed) -> None:
        matches = self.query_one("#teacher-matches", OptionList)
        query = event.value.strip()
        if self.teacher is not None and query == self.teacher.name:
            return  # the name was just filled in by picking
        if self.teacher is not None:
            self.teacher = None
            self.show_teacher()
        if not query:
            matches.display = False
            return
        found = people.find_teachers(self.context, query, MAX_MATCHES)
        matches.clear_options()
        matches.add_options(
            [Option(Text(displayable(f"{teacher.name}  ·  {teacher.subject}")), id=teacher.id) for teacher in found]
        )
        if not found:
            matches.add_option(Option(Text(t("tui.new.no_teacher", query=query), style="dim"), disabled=True))
        matches.display = True
        if found:
            matches.highlighted = 0

    @on(Input.Submitted, "#teacher")
    def _teacher_enter(self) -> None:
        matches = self.query_one("#teacher-matches", OptionList)
        option = matches.highlighted_option if matches.display else None
        if option is not None and option.id:
            self.pick_teacher(option.id)

    @on(OptionList.OptionSelected, "#teacher-matches")
    def _teacher_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.pick_teacher(event.option.id)

    def on_key(self, event: Any) -> None:
        # Down from the name field goes to the matches, as in a search box.
        if event.key == "down" and self.focused is not None and self.focused.id == "teacher":
            matches = self.query_one("#teacher-matches", OptionList)
            if matches.display and matches.option_count:
                matches.focus()
                event.stop()

    def pick_teacher(self, teacher_id: str) -> None:
        self.teacher = people.get_teacher(self.context, teacher_id)
        if self.teacher is None:
            return
        self.query_one("#teacher", Input).value = self.teacher.name
        self.query_one("#teacher-matches", OptionList).display = False
        subject = self.query_one("#subject", Input)
        if not subject.value.strip():
            prefill(subject, self.teacher.subject)
        self.show_teacher()
        self._after_pick()

    def _after_pick(self) -> None:
        """The cursor stays on the teacher's field (the list it was picked from is gone), so
        Tab goes on in screen order: form, class, subject. (It jumped to the form: a
        principal's Tab Tab then landed in the subject filled from the teacher's, and the
        class typed there was appended to it.)"""
        self.query_one("#teacher", Input).focus()

    def show_teacher(self) -> None:
        picked = self.query_one("#teacher-picked", Static)
        previous = self.query_one("#previous-followups", Static)
        if self.teacher is None:
            picked.update(Text(t("tui.new.teacher_none"), style="dim"))
            previous.display = False
            return
        numbers = " · ".join(
            n
            for n in (
                self.teacher.nip and f"NIP {self.teacher.nip}",
                self.teacher.nuptk and f"NUPTK {self.teacher.nuptk}",
            )
            if n
        )
        picked.update(Text.assemble(("✓ ", "green"), (displayable(self.teacher.name), "bold"), f"  {numbers}"))
        items = records.open_followups(self.context, self.teacher.id, before=self.obs_id)
        previous.display = True
        if not items:
            previous.update(Text(t("tui.new.no_open_followups"), style="dim"))
            return
        text = Text(t("tui.new.open_followups") + "\n", style="bold")
        for item in items:
            text.append(f"• {item.action}", style="")
            if item.due:
                text.append(f" ({item.due})", style="dim")
            text.append(f" — {t('followup.' + item.status.value)}\n", style="dim")
        previous.update(text)

    # -- saving --------------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any] | None:
        values: dict[str, Any] = {name: self.query_one(f"#{name}", Input).value.strip() for name in TEXT_FIELDS}
        values["pre_notes"] = self.query_one("#pre_notes", TextArea).text.strip()
        date_text = self.query_one("#date", Input).value.strip()
        try:
            day = parse_date(date_text)
        except ValueError:
            self.notify(t("tui.date.invalid", value=date_text), severity="error")
            self.query_one("#date").focus()
            return None
        values["date"] = day.isoformat()
        values["semester"] = semester_of(day)
        for name in ("students_present", "students_absent"):
            text = self.query_one(f"#{name}", Input).value.strip()
            values[name] = int(text) if text.isdigit() else None
        identity = self.query_one(IdentityFields)
        problem = identity.problem()
        if problem is not None:
            self.notify(problem.message, severity="error")
            identity.focus_field(problem.field_id)
            return None
        values["identity"] = identity.values()
        return values

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        values = self._values()
        if values is None:
            return
        if self.existing is not None:
            ok, _ = self.guarded(records.change, self.context, self.existing.id, SetDetails(values))
            if ok:
                self.notify(t("tui.saved"), timeout=2)
                self.dismiss()
            return
        if self.teacher is None:
            self.notify(t("tui.new.teacher_required"), severity="error")
            self.query_one("#teacher").focus()
            return
        form = self.query_one("#form", Select)
        known = self.context.catalog.get(str(form.value)) if not form.is_blank() else None
        observer = people.self_observer(self.context)
        if known is None or observer is None:
            self.notify(
                t("tui.new.form_required") if known is None else t("tui.new.observer_required"), severity="error"
            )
            return
        ok, created = self.guarded(
            records.create_draft, self.context, self.teacher, observer, known.instrument, **values
        )
        if not ok or created is None:
            return
        self.notify(
            t("tui.new.created", teacher=self.teacher.name, date=long_date(parse_date(values["date"]))), timeout=4
        )
        self.app.replace_with(places.Lesson(created.id))

    def action_leave(self) -> None:
        leave_or_ask(self, self.shown_values, self.dismiss)

    def ask_before_leaving(self, leave: Callable[[], object], stay: Callable[[], object]) -> None:
        """ctrl+q: what was typed here is not dropped without asking, as on Esc."""
        leave_or_ask(self, self.shown_values, leave, stay)

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("tui.new.key.save"), t("tui.cmd.save_help"), self.action_save)]
