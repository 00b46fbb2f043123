"""Which columns the home list shows at a terminal width, what each row's cells hold, and
the short form code it uses when the full form id does not fit."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from observasi.core.numbers import list_nilai_text
from observasi.core.predikat import predikat_text
from observasi.core.status import Status
from observasi.core.text import displayable
from observasi.i18n import t
from observasi.queries.observations import ObservationSummary

# What the list shows, by priority: date, teacher, status, nilai and its predikat, progress
# always; below NARROW the class stands alone (subject and form are in the search and the
# filters); from NARROW class and subject share a column and the form shows as a short
# code; from WIDE each has its own column and the form its full id. So every column shown
# fits without scrolling sideways (80, 100 and 120 columns, beside the scroll bar).
NARROW = 100
WIDE = 120
PREDIKAT_WIDTH = 11  # "Sangat Baik"
# The widths of the columns of people's text, per layout: (teacher, class or class·subject).
# At 100 columns the teacher and class·subject give four columns to the form's, so its
# title is the whole word "Instrumen", not "Instr" (the walk read the cut title as a fault).
TEXT_WIDTHS = {"narrow": (16, 6), "medium": (17, 14), "wide": (20, 14)}
FORM_CODE_WIDTH = 9  # "Instrumen"; the code under it is at most 4 letters


def fit(text: str, width: int) -> str:
    """*text* in *width* cells, cut where a reader expects it and marked "…": a name before
    its degrees ("Dewi Lestari, S.Si" -> "Dewi Lestari…"), else after a whole word, else
    within a word; the table alone cut mid-title with no mark ("Dewi Lestari, S.")."""
    if len(text) <= width:
        return text
    room = width - 1  # the "…"
    head = text.split(",", 1)[0].rstrip()
    if head != text and 0 < len(head) <= room:
        return head + "…"
    cut = text[:room]
    boundary = cut.rfind(" ")
    if text[room] != " " and boundary >= room * 3 // 4:  # a word nearly whole: cut before it
        cut = cut[:boundary]
    return cut.rstrip(" ·,") + "…"


STATUS_WIDTH = 9  # "Observasi"; a longer word in another language takes from the teacher's


def status_width() -> int:
    """The status column's width in the language shown: its longest word whole, "Reflecting"
    in English (the walk read "Reflectin" at 80 and 100 columns)."""
    labels = [t(f"status.{status.value}") for status in Status] + [t("trust.home.conflict")]
    return max(STATUS_WIDTH, *map(len, labels))


def text_widths(layout: str) -> tuple[int, int]:
    """(teacher, class or class·subject) widths for *layout*: the teacher's column gives the
    cells a longer status word needs, so the row still fits beside the scroll bar."""
    teacher, place = TEXT_WIDTHS[layout]
    return teacher - (status_width() - STATUS_WIDTH), place


def form_code(form_id: str) -> str:
    """A short code for a form id, from the initials of its words: "supervisi-akademik"
    -> "SA", "pkg" -> "PKG"; the full id is in the form filter and on wider terminals."""
    words = [word for word in form_id.replace("_", "-").split("-") if word]
    if len(words) == 1:
        return words[0][:4].upper()
    return "".join(word[0] for word in words)[:4].upper()


def layout_for(width: int) -> str:
    """Which columns the list shows at a terminal *width*: "narrow", "medium" or "wide"."""
    return "narrow" if width < NARROW else "medium" if width < WIDE else "wide"


def add_columns(table: DataTable[Any], layout: str) -> None:
    """The list's columns for *layout* (see :func:`layout_for`); fixed widths so that every
    one of them fits beside the scroll bar."""
    table.add_column(t("show.date"), key="date")
    teacher, place = text_widths(layout)
    table.add_column(t("show.teacher"), key="teacher", width=teacher)
    if layout == "narrow":
        table.add_column(t("show.class"), key="class", width=place)
    elif layout == "medium":
        table.add_column(t("screens.home.class_subject"), key="subject", width=place)
    else:
        table.add_column(t("show.subject"), key="subject", width=place)
        table.add_column(t("show.class"), key="class", width=6)
    table.add_column(t("show.status"), key="status", width=status_width())
    table.add_column(t("show.nilai"), key="nilai", width=6)  # ≈62,50 while not final
    table.add_column(t("show.predikat"), key="predikat", width=PREDIKAT_WIDTH)
    table.add_column(t("show.scored"), key="scored", width=6)
    if layout == "medium":
        table.add_column(t("show.form"), key="form", width=FORM_CODE_WIDTH)
    elif layout == "wide":
        table.add_column(t("show.form"), key="form")


def row_cells(row: ObservationSummary, layout: str, in_conflict: bool) -> list[Text | str]:
    """One observation's cells, in the order of :func:`add_columns`; user text as text
    (never markup or terminal sequences)."""
    status = Text(t(f"status.{row.status}"), style="bold yellow" if row.status in ("observing", "reflecting") else "")
    if in_conflict:  # two laptops changed it: open the sync screen (y) to settle
        status = Text(t("trust.home.conflict"), style="bold red")
    final = row.status == Status.final
    teacher, room = text_widths(layout)
    if layout == "narrow":
        place = [Text(fit(displayable(row.class_name), room))]
    elif layout == "medium":
        place = [Text(fit(displayable(" · ".join(part for part in (row.class_name, row.subject) if part)), room))]
    else:
        place = [Text(fit(displayable(row.subject), room)), Text(fit(displayable(row.class_name), 6))]
    # A predikat that can still change is dimmed, as its nilai carries ≈.
    predikat = Text((predikat_text(row.predikat) or "") if row.nilai else "", style="" if final else "dim")
    cells: list[Text | str] = [
        row.date,
        Text(fit(displayable(row.teacher_name), teacher)),
        *place,
        status,
        Text(list_nilai_text(row.nilai, final) if row.nilai else "–", justify="right"),
        predikat,
        Text(f"{row.scored}/{row.total}", justify="right"),
    ]
    if layout != "narrow":
        cells.append(Text(displayable(row.form_id if layout == "wide" else form_code(row.form_id)), style="dim"))
    return cells


def resume_label(item: ObservationSummary, count: int) -> Text:
    """The home's offer of the unfinished observation (and how many more wait)."""
    status = t(f"status.{item.status}")
    if count > 1:
        said = t("tui.home.resume", teacher=item.teacher_name, status=status, date=item.date, more=count - 1)
    else:
        said = t("tui.home.resume_one", teacher=item.teacher_name, status=status, date=item.date)
    # Text, not markup: a teacher named "Siti [/]" would stop the screen (MarkupError).
    return Text(displayable(said))
