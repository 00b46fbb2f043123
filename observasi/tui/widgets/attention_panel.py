"""The home screen's "what needs attention" lines: four counts, each with the key that
opens its list (lessons planned this week, teachers not yet observed this semester,
follow-ups overdue and due, records in conflict). Two lines, so the list keeps its room
at 80x24; hidden when there is nothing to show."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from observasi.i18n import t
from observasi.queries.coverage import AttentionCounts

# The key of each list, as the home screen binds it.
KINDS = ("planned", "teachers", "followups", "conflicts")


def attention_text(found: AttentionCounts) -> Text:
    """The panel's two lines."""
    counts = {
        "planned": (t("year.tui.planned", count=found.planned), found.planned),
        "teachers": (
            t("year.tui.not_observed", count=found.not_observed, teachers=found.teachers),
            found.not_observed,
        ),
        "followups": (
            t("year.tui.followups", overdue=found.overdue, due=found.due),
            found.overdue + found.due,
        ),
        "conflicts": (t("year.tui.conflicts", count=found.conflicts), found.conflicts),
    }
    text = Text()
    for number, kind in enumerate(KINDS, 1):
        label, count = counts[kind]
        if number == 3:
            text.append("\n")
        elif number > 1:
            text.append("   ")
        text.append(f" {number} ", style="reverse bold")
        warn = kind in ("followups", "conflicts") and (found.overdue if kind == "followups" else count)
        text.append(" " + label, style="bold red" if warn else ("" if count else "dim"))
    return text


class AttentionPanel(Static):
    DEFAULT_CSS = """
    AttentionPanel { height: auto; max-height: 2; padding: 0 1; }
    """

    def show(self, found: AttentionCounts) -> None:
        self.display = found.needs_attention
        self.update(attention_text(found))
