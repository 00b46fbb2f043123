"""A read-only view of one observation: identity, scores, the evidence timeline,
reflection, follow-up plan, acknowledgement and amendments. A final record changes
only through an amendment with a reason."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from observasi.context import AppContext
from observasi.core.dates import long_date, short_iso_date
from observasi.core.status import Status
from observasi.core.text import displayable
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import records
from observasi.queries.records import LiveRecord, Scored
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand
from observasi.tui.dialogs.questions import TextPrompt
from observasi.tui.render import evidence_line, level_mark, local_time, score_line


def _heading(text: str) -> Text:
    return Text("\n" + text, style="bold underline")


def record_renderables(scored: Scored) -> list[RenderableType]:
    """Everything of the record, in reading order."""
    obs, inst, result = scored.record, scored.instrument, scored.score
    out: list[RenderableType] = []
    ident = Table.grid(padding=(0, 2))
    ident.add_column(style="bold", no_wrap=True)
    ident.add_column()
    try:
        day = long_date(dt.date.fromisoformat(obs.date))
    except ValueError:
        day = obs.date
    rows = [
        (
            "show.teacher",
            obs.teacher.name + (f" ({obs.teacher.id_label} {obs.teacher.id_number})" if obs.teacher.id_number else ""),
        ),
        ("show.observer", obs.observer.name + (f" · {obs.co_observer}" if obs.co_observer else "")),
        ("show.subject", obs.subject),
        ("show.class", obs.class_name),
        ("show.topic", obs.topic),
        ("show.date", day),
        ("show.period", obs.period),
        ("show.form", f"{inst.title} ({inst.version})"),
        ("show.status", t(f"status.{obs.status.value}")),
        ("tui.new.focus", obs.focus),
        ("tui.new.pre_notes", obs.pre_notes),
    ]
    for key, value in rows:
        if value:
            ident.add_row(t(key), Text(displayable(value)))
    out.append(ident)

    out.append(_heading(t("tui.record.scores")))
    out.append(Text(score_line(result, inst, final=obs.status is Status.final), style="bold"))
    for section in inst.sections:
        table = Table(title=section.title, title_justify="left", title_style="bold", expand=True, show_edge=False)
        table.add_column(t("tui.record.col_indicator"), ratio=3)
        table.add_column(t("tui.record.col_level"), no_wrap=True)
        table.add_column(t("tui.note.note"), ratio=2)
        for ind in section.indicators:
            rating = obs.ratings.get(ind.id)
            scale = inst.scale_of(section, ind)
            level = scale.level(rating.level) if rating and rating.level and not rating.na else None
            mark = level_mark(scale, rating)
            label = f"{mark} {level.label}" if level else mark
            table.add_row(Text(f"{ind.id} {ind.text}"), Text(label), Text(rating.note if rating else ""))
        out.append(table)

    out.append(_heading(t("show.evidence")))
    if obs.stage_marks:
        marks = " → ".join(f"{t('stage.' + m.stage)} {m.minute}'" for m in obs.stage_marks)
        out.append(Text(marks, style="cyan"))
    if obs.evidence:
        for item in obs.evidence:
            out.append(evidence_line(item, whole=True))
    else:
        out.append(Text(t("tui.live.no_evidence"), style="dim"))
    if inst.tallies:
        out.append(Text(" · ".join(f"{tally.label}: {obs.tallies.get(tally.name, 0)}" for tally in inst.tallies)))
    for snap in obs.snapshots:
        values = ", ".join(v for v in snap.values.values() if v)
        out.append(Text(t("tui.record.snapshot", minute=snap.minute, values=values)))

    out.append(_heading(t("tui.refl.title")))
    for question in inst.reflection:
        out.append(Text(question.text, style="bold"))
        out.append(Text(obs.reflection.get(question.id, "") or "–"))
    out.append(Text(t("tui.refl.strengths"), style="bold"))
    out.append(Text(obs.strengths or "–"))
    out.append(Text(t("tui.refl.improvements"), style="bold"))
    out.append(Text(obs.improvements or "–"))

    out.append(_heading(t("show.followups")))
    for followup in obs.followups:
        line = Text(f"• {followup.action}")
        status = t(f"followup.{followup.status.value}")
        details = [d for d in (followup.measure, followup.support, short_iso_date(followup.due), status) if d]
        line.append(" — " + " · ".join(details), style="dim")
        out.append(line)
    if not obs.followups:
        out.append(Text("–"))
    if obs.acknowledgement:
        out.append(
            Text(
                "\n" + t("tui.refl.ack_done", name=obs.acknowledgement.name, when=local_time(obs.acknowledgement.at)),
                style="green",
            )
        )
    if obs.finalized_at:
        out.append(Text(t("tui.record.finalised", when=local_time(obs.finalized_at)), style="bold"))
    if obs.amendments:
        out.append(_heading(t("tui.record.amendments")))
        for amendment in obs.amendments:
            out.append(
                Text(
                    t(
                        "tui.record.amendment",
                        when=local_time(amendment.at),
                        author=amendment.author,
                        reason=amendment.reason,
                    )
                )
            )
    return out


class RecordScreen(BaseScreen[None]):
    TITLE_KEY = "tui.record.title"
    HELP_KEY = "tui.record.help"
    FOOTER_FROM = {"record.versions": 100}  # at 80 columns it would cut f1 help off (help lists it)

    BINDINGS = [
        Binding("p", "sheet", "tui.record.key.sheet", id="record.sheet"),
        Binding("a", "amend", "tui.record.key.amend", id="record.amend"),
        Binding("e", "edit", "tui.record.key.edit", id="record.edit"),
        Binding("v", "versions", "history.tui.key.versions", id="record.versions", show=False),
        Binding("escape", "leave", "tui.key.back", id="record.back"),
    ]

    def __init__(self, context: AppContext, obs_id: str, version: tuple[str, str] | None = None) -> None:
        """*version*: (revision id, caption) to show one earlier version of the record."""
        super().__init__(context)
        self.obs_id = obs_id
        self.version = version
        # Held live only to notice a newer version (a sync); this screen changes nothing.
        self.live: LiveRecord | None = None
        if version is None:
            self.live = records.live_record(context, obs_id)
            self.scored = self.live.scored()
        else:
            from observasi.sync.history import version_scored

            self.scored = version_scored(context, version[0])
        self.obs = self.scored.record

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="record-body"):
            if self.version is not None:
                yield Static(Text(self.version[1] + " · " + t("history.tui.read_only"), style="bold reverse"))
            yield Static(Group(*record_renderables(self.scored)), id="record")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#record-body").focus()
        self.set_interval(1.0, self.follow_changes_elsewhere)

    def on_screen_resume(self) -> None:
        self.follow_changes_elsewhere()

    def follow_changes_elsewhere(self) -> None:
        """A sync brought a newer version of this record: show it (nothing here is typed,
        so nothing of the user's can be lost). A busy database is asked at the next tick."""
        if self.live is None:
            return  # an earlier version: it never changes
        try:
            if not self.live.changed_elsewhere():
                return
            self.scored = self.live.reload()
        except (UserError, sqlite3.Error):
            return
        before, self.obs = self.obs, self.scored.record
        self.query_one("#record", Static).update(Group(*record_renderables(self.scored)))
        self.refresh_bindings()  # amend / edit follow the status
        self.tell_changed_elsewhere(before, self.scored)

    def rebuilt(self) -> Screen[Any] | None:
        return RecordScreen(self.context, self.obs_id, self.version)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.version is not None:
            return action not in ("sheet", "amend", "edit", "versions")
        if action == "amend":
            return self.obs.status is Status.final
        if action == "edit":
            return self.obs.status is not Status.final
        return True

    def action_sheet(self) -> None:
        self.app.open(places.Sheet(self.obs_id))

    def action_versions(self) -> None:
        self.app.open(places.Versions(self.obs_id))

    def action_amend(self) -> None:
        def done(reason: str | None) -> None:
            if not reason:
                return
            ok, _ = self.guarded(records.amend, self.context, self.obs_id, reason)
            if ok:
                if self.live is not None:  # the change was made here, not elsewhere: nothing to announce
                    self.scored = self.live.reload()
                self.notify(t("tui.record.amended"), timeout=4)
                self.app.replace_with(places.Reflection(self.obs_id))

        self.app.push_screen(TextPrompt(t("tui.record.amend_title"), t("tui.record.amend_reason"), required=True), done)

    def action_edit(self) -> None:
        self.dismiss()
        self.app.open_observation(self.obs_id)

    def action_leave(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        if self.version is not None:
            return []
        commands: list[PaletteCommand] = [
            (t("tui.record.key.sheet"), t("tui.cmd.sheet_help"), self.action_sheet),
            (t("history.tui.key.versions"), t("history.tui.cmd_help"), self.action_versions),
        ]
        if self.obs.status is Status.final:
            commands.append((t("tui.record.key.amend"), t("tui.cmd.amend_help"), self.action_amend))
        return commands
