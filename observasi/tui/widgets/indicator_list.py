"""The indicators of a form grouped by section, scored from the keyboard.

While the list has focus: up/down choose an indicator, left/right step the level, a
digit gives the level written before it in the rubric (1-4; 0 1 2 on PKG's 0-2 scale; 1 2
3 for verbal levels), minus marks N/A, backspace clears, Enter opens the note, and the
form's tally keys count.

Each key is decided when it reaches the list, in the order typed: the indicator under
the cursor at that moment is the one scored, and a digit moves the cursor on at once.
The change is handed to the screen's *ask* there and then (a message would arrive after
a lesson key typed right behind it, which the screen binds here too); the screen saves
it and tells the list what the record now holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.record import Rating
from observasi.i18n import t
from observasi.tui.keys import KeyGate, bind_extra, run_own_binding, translate_bindings
from observasi.tui.render import level_mark
from observasi.tui.textual_adapter import replace_one_prompt

SECTION_PREFIX = "section:"


class IndicatorList(OptionList):
    BINDINGS = [
        Binding("up", "cursor_up", "tui.live.key.up", id="live.up", show=False),
        Binding("down", "cursor_down", "tui.live.key.down", id="live.down", show=False),
        Binding("left", "step(-1)", "tui.live.key.lower", id="live.lower", show=False),
        Binding("right", "step(1)", "tui.live.key.higher", id="live.higher", show=False),
        *[Binding(str(n), f"level('{n}')", "tui.live.key.level", id=f"live.level{n}", show=False) for n in range(10)],
        Binding("minus", "na", "tui.live.key.na", id="live.na", show=False),
        Binding("backspace,delete", "clear", "tui.live.key.clear", id="live.clear", show=False),
        Binding("enter", "note", "tui.live.key.note", id="live.note", show=False),
    ]

    class NoteRequested(Message):
        def __init__(self, indicator_id: str) -> None:
            super().__init__()
            self.indicator_id = indicator_id

    class Moved(Message):
        """The focused indicator changed (also on the first highlight)."""

        def __init__(self, indicator_id: str) -> None:
            super().__init__()
            self.indicator_id = indicator_id

    def __init__(
        self,
        inst: Instrument,
        ratings: Mapping[str, Rating],
        ask: Callable[[ch.Change], None],
        *,
        tallies: bool = True,
        start_at: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.inst = inst
        self.ask = ask
        self.gate = KeyGate(self)
        self.start_at = start_at  # the indicator the cursor starts on (None: the first unscored)
        # Keys whose action is the screen's (key -> action name), handled here in order.
        self.screen_keys: dict[str, str] = {}
        # The ratings as last saved, to draw the marks: given by the screen, never changed here.
        self.ratings: Mapping[str, Rating] = ratings
        if tallies:
            for tally in inst.tallies:
                bind_extra(self, tally.key, f"tally('{tally.name}')", tally.label)
        # The kinds of N/A a v2 form declares, each on its own letter (tidak teramati ...).
        for key, label in {k.key: k.label for s in inst.all_scales() for k in s.na_kinds}.items():
            bind_extra(self, key, f"na_kind('{key}')", label)
        options: list[Option] = []
        for section in inst.sections:
            options.append(
                Option(
                    Text(section.title, style="bold underline", no_wrap=True, overflow="ellipsis"),
                    id=SECTION_PREFIX + section.id,
                    disabled=True,
                )
            )
            for ind in section.indicators:
                options.append(Option(self._prompt(ind.id), id=ind.id))
        self.add_options(options)

    def _prompt(self, indicator_id: str) -> Text:
        ind = self.inst.indicator(indicator_id)
        assert ind is not None
        rating = self.ratings.get(indicator_id)
        mark = level_mark(self.inst.scale_for(indicator_id), rating)
        text = Text(no_wrap=True, overflow="ellipsis")
        style = "bold green" if rating is not None and rating.scored else "dim"
        text.append(f"[{mark:^3}] ", style=style)
        if ind.element is not None:  # a behaviour, under its element (two-tier rating)
            text.append("  ")
        text.append(f"{ind.id} ", style="bold")
        text.append(ind.text)
        if rating is not None and (rating.note or rating.recommendation):
            text.append(" ✎", style="italic")
        return text

    # -- what the screen tells us ---------------------------------------------------------

    def show(self, ratings: Mapping[str, Rating], changed: Iterable[str] | None = None) -> None:
        """Draw the marks of *ratings* (the saved ones): of the indicators in *changed*, or all."""
        self.ratings = ratings
        ids = list(changed) if changed is not None else [ind.id for _, ind in self.inst.indicators()]
        for indicator_id in ids:
            if self.inst.indicator(indicator_id) is not None:
                # That row alone is drawn anew (the whole list when its height changed).
                replace_one_prompt(self, indicator_id, self._prompt(indicator_id))

    @property
    def current_id(self) -> str | None:
        option = self.highlighted_option
        if option is None or option.id is None or option.id.startswith(SECTION_PREFIX):
            return None
        return option.id

    def select_indicator(self, indicator_id: str) -> None:
        self.highlighted = self.get_option_index(indicator_id)

    def first_unscored(self) -> str | None:
        for _, ind in self.inst.indicators():
            rating = self.ratings.get(ind.id)
            if rating is None or not rating.scored:
                return ind.id
        return None

    def on_mount(self) -> None:
        if self.highlighted is None:
            target = self.start_at or self.first_unscored() or self.inst.sections[0].indicators[0].id
            self.select_indicator(target)

    # -- keys -------------------------------------------------------------------------------

    async def on_key(self, event: events.Key) -> None:
        await self.gate.wait()
        await run_own_binding(self, event, self.screen_keys)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id and not event.option_id.startswith(SECTION_PREFIX):
            self.post_message(self.Moved(event.option_id))

    def _move(self, direction: int) -> None:
        """To the next (1) or previous (-1) indicator, now; section titles are skipped, and
        the first and last indicators are ends, not a ring: ↑ on the first stays there
        rather than jumping to the last (where a score typed next would land unseen)."""
        if self.highlighted is None:
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def _advance(self) -> None:
        self._move(1)

    def action_level(self, digit: str) -> None:
        current = self.current_id
        if current is None:
            return
        scale = self.inst.scale_for(current)  # a v2 form may rate an item on its own scale
        level = scale.level_for_digit(digit)
        if level is None:
            keys = " ".join(scale.digits().values())
            self.notify(t("tui.live.no_level", n=digit, keys=keys), severity="warning", timeout=3)
            return
        self.ask(ch.Rate(current, level.key))
        self._advance()

    def action_step(self, delta: int) -> None:
        current = self.current_id
        if current is not None:
            self.ask(ch.StepLevel(current, delta))

    def action_na(self) -> None:
        current = self.current_id
        if current is None:
            return
        if not self.inst.scale_for(current).allow_na:
            self.notify(t("lesson.err.no_na"), severity="warning", timeout=3)
            return
        self.ask(ch.MarkNA(current))
        self._advance()

    def action_na_kind(self, key: str) -> None:
        current = self.current_id
        if current is None:
            return
        if self.inst.scale_for(current).na_kind(key) is None:
            self.notify(t("lesson.err.no_na"), severity="warning", timeout=3)
            return
        self.ask(ch.MarkNA(current, key))
        self._advance()

    def action_clear(self) -> None:
        current = self.current_id
        if current is not None:
            self.ask(ch.ClearRating(current))

    def action_note(self) -> None:
        current = self.current_id
        if current is not None:
            self.post_message(self.NoteRequested(current))

    def action_tally(self, name: str) -> None:
        self.ask(ch.CountTally(name))
