"""The indicators of a form grouped by section, scored from the keyboard.

While the list has focus: up/down choose an indicator, left/right step the level,
1-9 give the n-th level of the scale in its order (so 1-4, 0-2 and three verbal
levels all work), minus marks N/A, backspace clears, Enter opens the note, and the
form's tally keys count. The list only reports what was asked (messages up); the
screen writes to the store and then tells the list what is saved (attributes down).
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from observasi.core.instrument import Instrument, Scale
from observasi.core.record import Rating
from observasi.i18n import t
from observasi.tui.keys import translate_bindings

SECTION_PREFIX = "section:"


def level_mark(scale: Scale, rating: Rating | None) -> str:
    """What the list shows for a rating: the level's number, N/A, or a dot."""
    if rating is None or not rating.scored:
        return "·"
    if rating.na:
        return t("score.na")
    level = scale.level(rating.level or "")
    if level is None:
        return "?"
    if level.value is not None:
        return str(level.value)
    return str(scale.levels.index(level) + 1)


class IndicatorList(OptionList):
    BINDINGS = [
        Binding("up", "cursor_up", "tui.live.key.up", id="live.up", show=False),
        Binding("down", "cursor_down", "tui.live.key.down", id="live.down", show=False),
        Binding("left", "step(-1)", "tui.live.key.lower", id="live.lower", show=False),
        Binding("right", "step(1)", "tui.live.key.higher", id="live.higher", show=False),
        *[Binding(str(n), f"level({n})", "tui.live.key.level", id=f"live.level{n}", show=False) for n in range(1, 10)],
        Binding("minus", "na", "tui.live.key.na", id="live.na", show=False),
        Binding("backspace,delete", "clear", "tui.live.key.clear", id="live.clear", show=False),
        Binding("enter", "note", "tui.live.key.note", id="live.note", show=False),
    ]

    class Score(Message):
        """The observer asked to score *indicator_id*: a level key, N/A, or clear."""

        def __init__(self, indicator_id: str, level: str | None, na: bool, advance: bool = False) -> None:
            super().__init__()
            self.indicator_id = indicator_id
            self.level = level
            self.na = na
            # A number key or N/A moves on to the next indicator once saved, so a planning
            # review is 3 3 4 2 ... ; arrows adjust in place.
            self.advance = advance

    class NoteRequested(Message):
        def __init__(self, indicator_id: str) -> None:
            super().__init__()
            self.indicator_id = indicator_id

    class Tally(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class Moved(Message):
        """The focused indicator changed (also on the first highlight)."""

        def __init__(self, indicator_id: str) -> None:
            super().__init__()
            self.indicator_id = indicator_id

    def __init__(
        self, inst: Instrument, ratings: Mapping[str, Rating], *, tallies: bool = True, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.inst = inst
        self.ratings: dict[str, Rating] = dict(ratings)
        if tallies:
            for tally in inst.tallies:
                self._bindings.bind(tally.key, f"tally('{tally.name}')", tally.label, show=False)
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
        mark = level_mark(self.inst.scale, rating)
        text = Text(no_wrap=True, overflow="ellipsis")
        style = "bold green" if rating is not None and rating.scored else "dim"
        text.append(f"[{mark:^3}] ", style=style)
        text.append(f"{ind.id} ", style="bold")
        text.append(ind.text)
        if rating is not None and (rating.note or rating.recommendation):
            text.append(" ✎", style="italic")
        return text

    # -- what the screen tells us ---------------------------------------------------------

    def show_rating(self, rating: Rating) -> None:
        self.ratings[rating.indicator_id] = rating
        self.replace_option_prompt(rating.indicator_id, self._prompt(rating.indicator_id))

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
            target = self.first_unscored() or self.inst.sections[0].indicators[0].id
            self.select_indicator(target)

    # -- keys -------------------------------------------------------------------------------

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id and not event.option_id.startswith(SECTION_PREFIX):
            self.post_message(self.Moved(event.option_id))

    def _order(self) -> list[str]:
        return [level.key for level in self.inst.scale.levels]

    def action_level(self, position: int) -> None:
        order = self._order()
        current = self.current_id
        if current is None:
            return
        if position > len(order):
            self.notify(t("tui.live.no_level", n=position, count=len(order)), severity="warning", timeout=3)
            return
        self.post_message(self.Score(current, order[position - 1], False, advance=True))

    def action_step(self, delta: int) -> None:
        current = self.current_id
        if current is None:
            return
        order = self._order()
        rating = self.ratings.get(current)
        if rating is None or rating.level not in order:
            index = 0 if delta > 0 else len(order) - 1
        else:
            index = max(0, min(len(order) - 1, order.index(rating.level) + delta))
        self.post_message(self.Score(current, order[index], False))

    def action_na(self) -> None:
        current = self.current_id
        if current is None:
            return
        if not self.inst.scale.allow_na:
            self.notify(t("store.err.no_na"), severity="warning", timeout=3)
            return
        self.post_message(self.Score(current, None, True, advance=True))

    def action_clear(self) -> None:
        current = self.current_id
        if current is not None:
            self.post_message(self.Score(current, None, False))

    def action_note(self) -> None:
        current = self.current_id
        if current is not None:
            self.post_message(self.NoteRequested(current))

    def action_tally(self, name: str) -> None:
        self.post_message(self.Tally(name))
