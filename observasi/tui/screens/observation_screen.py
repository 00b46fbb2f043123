"""The live observation: the lesson clock, stages, scores, evidence, tallies, snapshots.

Two places take keys. The indicator list (focused at the start) scores and counts:
numbers, arrows, minus, Enter for a note, and the form's tally letters. The evidence
line (/ or Tab to enter it, Esc to leave) takes free text: Enter stamps it with the
lesson minute, ctrl+t stamps it and tags it to the focused indicator. The lesson keys
(ctrl+n stage, ctrl+b pause, ctrl+r snapshot, ctrl+l end) work from both.

Every change is written to the store first; the screen shows it only after the
commit returned.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from observasi.context import AppContext
from observasi.core.instrument import STAGE_ORDER, Instrument
from observasi.core.record import Evidence, Observation, Rating, SnapshotEntry, StageMark, Status, utc_now
from observasi.core.scoring import ScoreResult, score
from observasi.i18n import t
from observasi.tui.screens.base import BaseScreen, PaletteCommand
from observasi.tui.screens.dialogs import ConfirmDialog, EvidenceListDialog, NoteDialog, SnapshotDialog, TextPrompt
from observasi.tui.widgets.indicator_list import IndicatorList

RECENT_EVIDENCE = 3


def clock_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:d}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def score_line(result: ScoreResult, inst: Instrument) -> str:
    """Scored / total and the (provisional) nilai, or the level counts of a verbal form."""
    parts = [t("tui.live.scored", scored=result.scored, total=result.total)]
    if result.numeric:
        if result.nilai is not None:
            label = "tui.live.nilai_provisional" if result.provisional else "tui.live.nilai"
            parts.append(t(label, nilai=result.nilai_text, predikat=result.predikat or ""))
    else:
        counts = ", ".join(f"{level.label}: {result.level_counts.get(level.key, 0)}" for level in inst.scale.levels)
        parts.append(counts)
    return " · ".join(parts)


def evidence_line(inst: Instrument, item: Evidence) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    minute = "–" if item.minute is None else f"{item.minute}'"
    text.append(f"{minute:>4} ", style="bold")
    if item.indicator_id:
        text.append(f"[{item.indicator_id}] ", style="bold cyan")
    text.append(item.text)
    return text


class ObservationScreen(BaseScreen):
    TITLE_KEY = "tui.live.title"
    HELP_KEY = "tui.live.help"

    BINDINGS = [
        Binding("ctrl+n", "start", "tui.live.key.start", id="live.start", tooltip="tui.live.tip.start"),
        Binding(
            "ctrl+n", "next_stage", "tui.live.key.next_stage", id="live.next_stage", tooltip="tui.live.tip.next_stage"
        ),
        Binding("ctrl+b", "pause", "tui.live.key.pause", id="live.pause", tooltip="tui.live.tip.pause"),
        Binding("ctrl+l", "end_lesson", "tui.live.key.end", id="live.end", tooltip="tui.live.tip.end"),
        Binding("ctrl+l", "reflect", "tui.live.key.reflect", id="live.reflect"),
        Binding("ctrl+r", "snapshot", "tui.live.key.snapshot", id="live.snapshot", show=False),
        Binding("ctrl+t", "tag_evidence", "tui.live.key.tag", id="live.tag", show=False),
        Binding(
            "slash", "focus_evidence", "tui.live.key.evidence", id="live.evidence", tooltip="tui.live.tip.evidence"
        ),
        Binding("f2", "details", "tui.live.key.details", id="live.details", show=False),
        Binding("f3", "edit_evidence", "tui.live.key.edit_evidence", id="live.edit_evidence", show=False),
        Binding("escape", "leave", "tui.key.back", id="live.back", show=False),
    ]

    def __init__(self, context: AppContext, obs_id: str) -> None:
        super().__init__(context)
        self.obs_id = obs_id
        self.obs: Observation = self.store.get_observation(obs_id)
        self.inst: Instrument = self.store.instrument(self.obs.form_hash)
        self.result: ScoreResult = score(self.inst, self.obs.ratings)
        self._snapshot_warned = -1

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="live-info")
        yield Static(id="live-score")
        with Horizontal(id="live-body"):
            yield IndicatorList(self.inst, self.obs.ratings, id="indicators")
            with VerticalScroll(id="rubric-box"):
                yield Static(id="rubric")
        yield Static(id="snapshot-due")
        with Vertical(id="evidence-box"):
            yield Static(id="evidence-recent")
            yield Input(placeholder=t("tui.live.evidence_placeholder"), id="evidence", compact=True)
        yield Static(id="tallies")
        yield Footer(compact=True)

    @property
    def indicators(self) -> IndicatorList:
        return self.query_one("#indicators", IndicatorList)

    @property
    def evidence_input(self) -> Input:
        return self.query_one("#evidence", Input)

    def on_mount(self) -> None:
        self.indicators.focus()
        self.refresh_header()
        self.refresh_score()
        self.refresh_evidence()
        self.refresh_tallies()
        self.refresh_rubric()
        self.set_interval(1.0, self.tick)

    def on_resize(self) -> None:
        self.refresh_evidence()

    def rebuilt(self) -> Screen[Any] | None:
        return ObservationScreen(self.context, self.obs_id)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.obs.status is Status.observing and self.obs.started_at is not None and not self.obs.paused_at

    def refresh_header(self) -> None:
        obs = self.obs
        # Clock and stage first: on a narrow terminal the names are what gets cut.
        info = Text(no_wrap=True, overflow="ellipsis")
        if obs.status is Status.draft:
            info.append(t("tui.live.not_started"), style="bold yellow")
        elif obs.status is Status.observing:
            info.append("⏱ " + clock_text(obs.elapsed_seconds()), style="bold")
            if obs.paused_at:
                info.append(" " + t("tui.live.paused"), style="bold yellow")
            stage = obs.current_stage
            if stage:
                info.append("  " + t("tui.live.stage", stage=t(f"stage.{stage}")), style="bold cyan")
        else:
            info.append(t("tui.live.lesson_over", minutes=obs.elapsed_seconds() // 60), style="bold")
        info.append("  ")
        info.append(obs.teacher.name, style="bold")
        info.append(f" · {obs.class_name}" if obs.class_name else "")
        info.append(f" · {obs.subject}" if obs.subject else "")
        self.query_one("#live-info", Static).update(info)
        self.refresh_bindings()

    def refresh_score(self) -> None:
        self.result = score(self.inst, self.obs.ratings)
        self.query_one("#live-score", Static).update(Text(score_line(self.result, self.inst), style="bold"))

    def refresh_tallies(self) -> None:
        if not self.inst.tallies:
            self.query_one("#tallies", Static).display = False
            return
        text = Text(no_wrap=True, overflow="ellipsis")
        for i, tally in enumerate(self.inst.tallies):
            if i:
                text.append(" · ")
            text.append(tally.key, style="bold reverse")
            text.append(f" {tally.label} ")
            text.append(str(self.obs.tallies.get(tally.name, 0)), style="bold")
        self.query_one("#tallies", Static).update(text)

    def refresh_evidence(self) -> None:
        # A short terminal has room for the latest line only.
        count = 1 if self.app.size.height < 30 else RECENT_EVIDENCE
        recent = self.obs.evidence[-count:]
        if not recent:
            self.query_one("#evidence-recent", Static).update(Text(t("tui.live.no_evidence"), style="dim"))
            return
        lines = Text("\n").join(evidence_line(self.inst, item) for item in recent)
        self.query_one("#evidence-recent", Static).update(lines)

    def refresh_rubric(self, indicator_id: str | None = None) -> None:
        indicator_id = indicator_id or self.indicators.current_id
        if indicator_id is None:
            return
        ind = self.inst.indicator(indicator_id)
        section = self.inst.section_of(indicator_id)
        if ind is None or section is None:
            return
        rating = self.obs.ratings.get(indicator_id)
        text = Text()
        text.append(f"{ind.id} ", style="bold")
        text.append(section.title, style="dim")
        if ind.competency:
            text.append(f" · {ind.competency.value}", style="dim")
        text.append("\n")
        text.append(ind.text + "\n", style="bold")
        described = any(ind.rubric.get(level.key) or level.description for level in self.inst.scale.levels)
        for n, level in enumerate(self.inst.scale.levels, start=1):
            chosen = rating is not None and not rating.na and rating.level == level.key
            style = "bold reverse" if chosen else ""
            # The key is the level's position; say its value where the two differ (0-2 scales).
            value = "" if level.value is None or level.value == n else f" (={level.value})"
            line = Text(f"{n}{value} {level.label}", style=style or "bold")
            descriptor = ind.rubric.get(level.key) or level.description
            if descriptor:
                line.append(f": {descriptor}", style=style)
            text.append_text(line)
            # Levels without descriptors fit on one line (small terminals need the room).
            text.append("\n" if described else "  ")
        if self.inst.scale.allow_na:
            label = self.inst.scale.na_label or t("score.na")
            text.append(f"− {label}", style="bold reverse" if rating is not None and rating.na else "dim")
        if not text.plain.endswith("\n"):
            text.append("\n")
        if ind.evidence_prompt:
            text.append(ind.evidence_prompt + "\n", style="italic dim")
        if rating is not None and rating.note:
            text.append(t("tui.live.note_label") + " ", style="bold")
            text.append(rating.note + "\n")
        if rating is not None and rating.recommendation:
            text.append(t("tui.note.recommendation") + ": ", style="bold")
            text.append(rating.recommendation + "\n")
        tagged = [e for e in self.obs.evidence if e.indicator_id == indicator_id]
        if tagged:
            text.append(t("tui.live.tagged", count=len(tagged)) + "\n", style="bold")
            for item in tagged[-3:]:
                text.append_text(evidence_line(self.inst, item))
                text.append("\n")
        self.query_one("#rubric", Static).update(text)

    def tick(self) -> None:
        if not self.running:
            return
        self.refresh_header()
        self.check_snapshot_due()

    def snapshot_due_minute(self) -> int | None:
        """The lesson minute of the snapshot that is due now, if one is."""
        snapshot = self.inst.snapshot
        if snapshot is None or self.obs.status is not Status.observing or not self.obs.started_at:
            return None
        minute = self.obs.elapsed_seconds() // 60
        next_due = snapshot.interval_minutes * (len(self.obs.snapshots) + 1)
        return next_due if minute >= next_due else None

    def check_snapshot_due(self) -> None:
        due = self.snapshot_due_minute()
        banner = self.query_one("#snapshot-due", Static)
        if due is None:
            banner.display = False
            return
        banner.display = True
        banner.update(Text(t("tui.live.snapshot_due", minute=due), style="bold"))
        if self._snapshot_warned != due:
            self._snapshot_warned = due
            self.notify(t("tui.live.snapshot_due", minute=due), timeout=6)

    # -- enabling keys by state --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        status = self.obs.status
        if action == "start":
            return status is Status.draft
        if action in ("next_stage", "pause", "end_lesson"):
            return status is Status.observing
        if action == "snapshot":
            return status is Status.observing and self.inst.snapshot is not None
        if action == "reflect":
            return status is Status.reflecting
        return True

    # -- scoring -------------------------------------------------------------------------------

    @on(IndicatorList.Moved)
    def _moved(self, event: IndicatorList.Moved) -> None:
        self.refresh_rubric(event.indicator_id)

    @on(IndicatorList.Score)
    def _score(self, event: IndicatorList.Score) -> None:
        ok, _ = self.guarded(self.store.set_rating, self.obs_id, event.indicator_id, level=event.level, na=event.na)
        if not ok:
            return
        old = self.obs.ratings.get(event.indicator_id)
        rating = Rating(
            indicator_id=event.indicator_id,
            level=None if event.na else event.level,
            na=event.na,
            note=old.note if old else "",
            recommendation=old.recommendation if old else "",
            updated_at=utc_now(),
        )
        self.obs.ratings[event.indicator_id] = rating
        self.indicators.show_rating(rating)
        self.refresh_score()
        self.refresh_rubric(event.indicator_id)
        if (
            event.advance
            and self.indicators.highlighted is not None
            and self.indicators.highlighted < self.indicators.option_count - 1
        ):
            self.indicators.action_cursor_down()

    @on(IndicatorList.NoteRequested)
    def _note(self, event: IndicatorList.NoteRequested) -> None:
        ind = self.inst.indicator(event.indicator_id)
        assert ind is not None
        rating = self.obs.ratings.get(event.indicator_id)
        recommendation = (rating.recommendation if rating else "") if ind.recommendation_prompt else None

        def save(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            note, recommendation_text = result
            ok, _ = self.guarded(
                self.store.set_rating_note,
                self.obs_id,
                ind.id,
                note,
                recommendation_text if recommendation is not None else None,
            )
            if not ok:
                return
            old = self.obs.ratings.get(ind.id) or Rating(indicator_id=ind.id)
            updated = old.model_copy(
                update={
                    "note": note,
                    "recommendation": recommendation_text if recommendation is not None else old.recommendation,
                }
            )
            self.obs.ratings[ind.id] = updated
            self.indicators.show_rating(updated)
            self.refresh_rubric(ind.id)
            self.notify(t("tui.saved"), timeout=2)

        self.app.push_screen(
            NoteDialog(
                t("tui.note.title", id=ind.id),
                rating.note if rating else "",
                recommendation,
                ind.recommendation_prompt or ind.evidence_prompt,
            ),
            save,
        )

    @on(IndicatorList.Tally)
    def _tally(self, event: IndicatorList.Tally) -> None:
        ok, count = self.guarded(self.store.bump_tally, self.obs_id, event.name)
        if ok and count is not None:
            self.obs.tallies[event.name] = count
            self.refresh_tallies()

    # -- evidence --------------------------------------------------------------------------------

    def action_focus_evidence(self) -> None:
        self.evidence_input.focus()

    def _minute(self) -> int | None:
        return self.obs.elapsed_seconds() // 60 if self.obs.started_at else None

    def _add_evidence(self, indicator_id: str | None) -> None:
        text = self.evidence_input.value.strip()
        if not text:
            return
        item = Evidence(minute=self._minute(), stage=self.obs.current_stage, text=text, indicator_id=indicator_id)
        ok, _ = self.guarded(self.store.add_evidence, self.obs_id, item)
        if not ok:
            return
        self.obs.evidence.append(item)
        self.evidence_input.value = ""
        self.refresh_evidence()
        if indicator_id:
            self.refresh_rubric()

    @on(Input.Submitted, "#evidence")
    def _evidence_submitted(self) -> None:
        self._add_evidence(None)

    def action_tag_evidence(self) -> None:
        """Stamp the typed line tagged to the focused indicator; with nothing typed, tag
        the last line instead."""
        indicator_id = self.indicators.current_id
        if indicator_id is None:
            return
        if self.evidence_input.value.strip():
            self._add_evidence(indicator_id)
            return
        if not self.obs.evidence:
            self.notify(t("tui.live.no_evidence"), severity="warning", timeout=3)
            return
        last = self.obs.evidence[-1]
        ok, _ = self.guarded(self.store.update_evidence, self.obs_id, last.id, indicator_id=indicator_id)
        if ok:
            self.obs.evidence[-1] = last.model_copy(update={"indicator_id": indicator_id})
            self.refresh_evidence()
            self.refresh_rubric()
            self.notify(t("tui.live.tagged_last", id=indicator_id), timeout=2)

    def action_edit_evidence(self) -> None:
        """Correct an evidence line: its text, its tag, or remove it."""
        if not self.obs.evidence:
            self.notify(t("tui.live.no_evidence"), severity="warning", timeout=3)
            return

        def saved() -> None:
            # The store has committed the change; show what it now holds.
            self.obs.evidence = self.store.get_observation(self.obs_id).evidence
            self.refresh_evidence()
            self.refresh_rubric()
            self.notify(t("tui.evidence.saved"), timeout=2)

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            action, evidence_id = result
            item = next(e for e in self.obs.evidence if e.id == evidence_id)
            if action == "untag":
                if self.guarded(self.store.update_evidence, self.obs_id, item.id, indicator_id=None)[0]:
                    saved()
            elif action == "delete":

                def confirmed(yes: bool | None) -> None:
                    if yes and self.guarded(self.store.delete_evidence, self.obs_id, item.id)[0]:
                        saved()

                self.app.push_screen(
                    ConfirmDialog(t("tui.evidence.delete_title"), [item.text], t("tui.evidence.key.delete")), confirmed
                )
            else:

                def edited(text: str | None) -> None:
                    if text and self.guarded(self.store.update_evidence, self.obs_id, item.id, text=text)[0]:
                        saved()

                self.app.push_screen(
                    TextPrompt(t("tui.evidence.edit_title"), t("tui.evidence.edit_label"), item.text, required=True),
                    edited,
                )

        lines = [(e.id, evidence_line(self.inst, e)) for e in self.obs.evidence]
        self.app.push_screen(EvidenceListDialog(lines), chosen)

    # -- the lesson clock and stages -----------------------------------------------------------------

    def _reload(self) -> None:
        self.obs = self.store.get_observation(self.obs_id)
        self.refresh_header()

    def action_start(self) -> None:
        ok, _ = self.guarded(self.store.start_observing, self.obs_id, STAGE_ORDER[0].value)
        if ok:
            self._reload()
            self.notify(t("tui.live.started"), timeout=3)

    def action_next_stage(self) -> None:
        current = self.obs.current_stage
        order = [stage.value for stage in STAGE_ORDER]
        if current in order and order.index(current) == len(order) - 1:
            self.notify(t("tui.live.last_stage"), timeout=4)
            return
        following = order[0] if current not in order else order[order.index(current) + 1]
        ok, mark = self.guarded(self.store.mark_stage, self.obs_id, following)
        if ok and isinstance(mark, StageMark):
            self.obs.stage_marks.append(mark)
            self.refresh_header()
            self.notify(t("tui.live.stage_marked", stage=t(f"stage.{following}"), minute=mark.minute), timeout=3)

    def action_pause(self) -> None:
        call = self.store.resume_clock if self.obs.paused_at else self.store.pause_clock
        ok, _ = self.guarded(call, self.obs_id)
        if ok:
            self._reload()

    def action_snapshot(self) -> None:
        snapshot = self.inst.snapshot
        if snapshot is None:
            return
        minute = self._minute() or 0

        def save(values: dict[str, str] | None) -> None:
            if values is None:
                return
            entry = SnapshotEntry(at=utc_now(), minute=minute, values=values)
            ok, _ = self.guarded(self.store.add_snapshot, self.obs_id, entry)
            if ok:
                self.obs.snapshots.append(entry)
                self.check_snapshot_due()
                self.notify(t("tui.saved"), timeout=2)

        self.app.push_screen(SnapshotDialog(snapshot, minute), save)

    def action_end_lesson(self) -> None:
        result = self.result
        lines = [t("tui.live.end_question", minutes=self.obs.elapsed_seconds() // 60)]
        if result.unscored:
            lines.append(t("tui.live.end_unscored", count=len(result.unscored)))

        def done(confirmed: bool | None) -> None:
            if not confirmed:
                return
            ok, _ = self.guarded(self.store.end_lesson, self.obs_id)
            if ok:
                self.app.publish_soon()  # type: ignore[attr-defined]
                self.open_reflection()

        self.app.push_screen(ConfirmDialog(t("tui.live.end_title"), lines, t("tui.live.end_confirm")), done)

    def action_reflect(self) -> None:
        self.open_reflection()

    def open_reflection(self) -> None:
        from observasi.tui.screens.reflection_screen import ReflectionScreen

        self.app.switch_screen(ReflectionScreen(self.context, self.obs_id))

    def action_details(self) -> None:
        """Edit the pra-observasi details (class, topic, focus ...) of this record."""
        from observasi.tui.screens.new_observation_screen import NewObservationScreen

        def reload(_: object = None) -> None:
            self._reload()

        self.app.push_screen(NewObservationScreen(self.context, self.obs_id), reload)

    def action_leave(self) -> None:
        if self.evidence_input.has_focus:
            self.indicators.focus()
            return
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        commands: list[PaletteCommand] = [
            (t("tui.live.key.evidence"), t("tui.cmd.evidence_help"), self.action_focus_evidence)
        ]
        if self.obs.status is Status.observing:
            commands.append((t("tui.live.key.end"), t("tui.cmd.end_help"), self.action_end_lesson))
            commands.append((t("tui.live.key.pause"), t("tui.cmd.pause_help"), self.action_pause))
        if self.obs.status is Status.reflecting:
            commands.append((t("tui.live.key.reflect"), t("tui.cmd.reflect_help"), self.action_reflect))
        return commands
