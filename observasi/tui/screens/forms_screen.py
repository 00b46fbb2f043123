"""Instrumen: the forms the program knows (origin and version), a preview of the one under
the cursor (sections, items, scales, bands, identity fields), the problems of the files
that could not be used, and importing a form made in a spreadsheet (i)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from observasi.context import AppContext
from observasi.core.instrument import Instrument, Scale
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import forms
from observasi.tui.base import BaseScreen, PaletteCommand
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt


def scale_line(scale: Scale) -> str:
    levels = " · ".join(f"{level.key} {level.label}" for level in scale.levels)
    kinds = " · ".join(f"{kind.key} {kind.label}" for kind in scale.na_kinds)
    return levels + (f"  |  {kinds}" if kinds else "")


def preview(inst: Instrument, origin: str) -> Text:
    """What a principal checks before using a form: its parts, scales and bands."""
    text = Text()
    text.append(inst.title + "\n", style="bold")
    text.append(t("forms2.tui.meta", id=inst.id, version=inst.version, origin=t(f"forms2.origin.{origin}"),
                  schema=inst.schema_version) + "\n", style="dim")  # fmt: skip
    if inst.description:
        text.append(inst.description + "\n")
    text.append("\n" + t("forms2.tui.scale") + " ", style="bold")
    text.append(scale_line(inst.scale) + "\n")
    for name, scale in inst.scales.items():
        text.append(f"{t('forms2.tui.scale')} {name}: ", style="bold")
        text.append(scale_line(scale) + "\n")
    if inst.bands:
        bands = "; ".join(f"{b.label} {b.min}–{b.max}" for b in sorted(inst.bands, key=lambda b: b.min, reverse=True))
        text.append(t("forms2.tui.bands") + " ", style="bold")
        text.append(bands + "\n")
    elif not inst.scoring.predikat:
        text.append(t("forms2.tui.no_predikat") + "\n", style="dim")
    if inst.kop is not None:
        kop = [*inst.kop.lines, inst.kop.name] + ([t("forms3.tui.logo", path=inst.kop.logo)] if inst.kop.logo else [])
        text.append(t("forms3.tui.kop") + " ", style="bold")
        text.append(" / ".join(part for part in kop if part.strip()) + "\n")
    if inst.identity:
        fields = ", ".join(f.label + ("*" if f.required else "") for f in inst.identity)
        text.append(t("forms2.tui.identity") + " ", style="bold")
        text.append(fields + "\n")
    for section in inst.sections:
        text.append(f"\n{section.title}", style="bold underline")
        text.append(f"  ({len(section.indicators)})\n", style="dim")
        for ind in section.indicators:
            # A behaviour (two-tier rating) under its element.
            text.append(f"{'    ' if ind.element else '  '}{ind.id} ", style="bold")
            text.append(ind.text + "\n")
    return text


class FormsScreen(BaseScreen[None]):
    TITLE_KEY = "forms2.tui.title"
    HELP_KEY = "forms2.tui.help"

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="forms.back"),
        Binding("i", "import_workbook", "forms2.tui.key.import", id="forms.import"),
        Binding("h", "hide_form", "lead4.forms.key.hide", id="forms.hide"),
        # Not in the footer (it would push Kembali and Bantuan off at 80 columns): the line
        # "Tersembunyi (n): … · t: tampilkan lagi" says it where it matters.
        Binding("t", "show_hidden", "ux7s.forms.key.show", id="forms.show_hidden", show=False),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.keys: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="forms-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="forms-hidden")
        with VerticalScroll(id="forms-preview-box"):
            yield Static(id="forms-problems")
            yield Static(id="forms-preview")
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#forms-table", DataTable)

    def on_mount(self) -> None:
        table = self.table
        table.add_column(t("forms2.tui.col_title"), key="title", width=34)
        table.add_column(t("forms2.tui.col_version"), key="version", width=8)
        table.add_column(t("forms2.tui.col_origin"), key="origin", width=10)
        table.add_column(t("forms2.tui.col_items"), key="items", width=5)
        table.add_column("ID", key="id")
        table.focus()
        self.load()

    def load(self, select: tuple[str, str] | None = None) -> None:
        table = self.table
        table.clear()
        rows = forms.form_rows(self.context)
        self.keys = [(row.id, row.version) for row in rows]
        for row in rows:
            table.add_row(row.title, row.version, t(f"forms2.origin.{row.origin}"), str(row.indicators), row.id)
        if select in self.keys:
            table.move_cursor(row=self.keys.index(select))
        self.show_problems(forms.broken_forms(self.context), forms.form_warnings(self.context))
        self.show_hidden_line()
        self.show_preview()

    def show_hidden_line(self) -> None:
        """The forms hidden here, so that hiding is never a dead end (t shows one again)."""
        from observasi.sync.form_offers import hidden_forms

        hidden = hidden_forms(self.context)
        line = self.query_one("#forms-hidden", Static)
        titles = ", ".join(form.title for form in hidden)
        line.update(Text(t("ux7s.forms.hidden_line", count=len(hidden), titles=titles), style="dim"))
        line.display = bool(hidden)

    def show_problems(self, problems: list[str], warnings: list[str], heading: str | None = None) -> None:
        box = self.query_one("#forms-problems", Static)
        if not problems and not warnings:
            box.display = False
            return
        text = Text()
        if problems:
            text.append((heading or t("forms2.tui.broken", count=len(problems))) + "\n", style="bold red")
            for line in problems:
                text.append(f"• {line}\n")
        for line in warnings:
            text.append(f"{t('forms2.cli.warning')}: {line}\n", style="yellow")
        box.update(text)
        box.display = True

    @on(DataTable.RowHighlighted, "#forms-table")
    def show_preview(self) -> None:
        box = self.query_one("#forms-preview", Static)
        row = self.table.cursor_row
        if not self.keys or row is None or not 0 <= row < len(self.keys):
            box.update(Text(t("forms2.tui.none"), style="dim"))
            return
        form_id, version = self.keys[row]
        inst = forms.form(self.context, form_id, version)
        known = self.context.catalog.get(form_id, version)
        box.update(preview(inst, known.origin) if inst and known else Text("-"))

    def action_import_workbook(self) -> None:
        prompt = TextPrompt(t("forms2.tui.import_title"), t("forms2.tui.import_label"), required=True)
        self.app.push_screen(prompt, self._import_from)

    def _import_from(self, answer: str | None) -> None:
        if not answer:
            return
        path = Path(answer.strip().strip('"')).expanduser()
        outcome = forms.import_workbook(self.context, path)
        if outcome.installed is None:
            self.show_problems(
                outcome.problems, outcome.warnings, t("forms2.tui.import_refused", count=len(outcome.problems))
            )
            self.notify(t("forms2.cli.import_refused", count=len(outcome.problems)), severity="error")
            return
        row = outcome.installed
        key = "forms2.cli.already_installed" if outcome.already else "forms2.tui.installed"
        said = t(key, id=row.id, version=row.version, count=row.indicators, path="")
        self.notify(f"{said} {t('forms3.cli.will_travel')}" if outcome.travels else said, timeout=5)
        self.load(select=(row.id, row.version))
        if outcome.warnings:
            self.show_problems([], outcome.warnings)

    def action_hide_form(self) -> None:
        """A colleague's form this school does not use: off the list, and not brought back."""
        from observasi.sync.form_offers import hide_plan

        row = self.table.cursor_row
        if not self.keys or row is None or not 0 <= row < len(self.keys):
            return
        form_id, version = self.keys[row]
        try:
            plan = hide_plan(self.context, form_id, version)
        except UserError as exc:
            self.notify(exc.message, severity="warning", timeout=6)
            return
        lines = [
            t("lead4.forms.hide_what", title=plan.title, version=plan.version),
            t("lead4.forms.hide_used", count=plan.used_by),
            t("lead4.forms.hide_sync"),
            t("ux7s.forms.hide_undo"),
        ]
        dialog = ConfirmDialog(t("lead4.forms.hide_title"), lines, t("lead4.forms.key.hide"), destructive=True)
        self.app.push_screen(dialog, lambda yes: self._hide(form_id, version) if yes else self._not_hidden())

    def _not_hidden(self) -> None:
        # Batal is the default: an Enter that cancels says so, rather than nothing at all.
        self.notify(t("ux7s.forms.not_hidden"), timeout=3)

    def _hide(self, form_id: str, version: str) -> None:
        from observasi.sync.form_offers import hide_received_form

        try:
            plan = hide_received_form(self.context, form_id, version)
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            self.load()
            return
        self.notify(t("lead4.forms.hidden", title=plan.title, version=plan.version), timeout=5)
        self.load()

    def action_show_hidden(self) -> None:
        from observasi.sync.form_offers import hidden_forms
        from observasi.tui.dialogs.hidden_forms import HiddenFormsDialog

        hidden = hidden_forms(self.context)
        if not hidden:
            self.notify(t("ux7s.forms.none_hidden"), timeout=4)
            return
        self.app.push_screen(HiddenFormsDialog(hidden), self._show_again)

    def _show_again(self, form_id: str | None) -> None:
        from observasi.sync.form_offers import hidden_forms, show_hidden_form

        if form_id is None:
            return
        title = next((form.title for form in hidden_forms(self.context) if form.id == form_id), form_id)
        try:
            kept = show_hidden_form(self.context, form_id)
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            self.load()
            return
        self.notify(t("ux7s.forms.shown" if kept.kept else "ux7s.forms.shown_later", title=title), timeout=5)
        self.load()
        shown = [row for row, key in enumerate(self.keys) if key[0] == form_id]
        if shown:
            self.table.move_cursor(row=shown[-1])

    def action_close(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [
            (t("forms2.tui.key.import"), t("forms2.tui.import_label"), self.action_import_workbook),
            (t("lead4.forms.key.hide"), t("lead4.forms.hide_title"), self.action_hide_form),
            (t("ux7s.forms.key.show"), t("ux7s.forms.show_title"), self.action_show_hidden),
        ]
