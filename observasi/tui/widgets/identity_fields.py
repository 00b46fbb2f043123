"""The identity fields a form declares (Fase, Modul, Tahun pelajaran ...), asked on the
pre-observation screen and printed in the sheet's identity block.

The fields follow the chosen form: picking another form shows its fields, and what was
typed into a field both forms have is kept. Answers to fields the new form does not
declare are kept too (never dropped by a change of form) and saved with the record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Select

from observasi.core.dates import parse_date
from observasi.core.instrument import IdentityField, Instrument
from observasi.i18n import t

PREFIX = "identity-"
TARGET_ID = "target-behaviour"


@dataclass(frozen=True)
class IdentityProblem:
    field_id: str
    message: str


class IdentityFields(Vertical):
    DEFAULT_CSS = """
    IdentityFields { height: auto; }
    """

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        super().__init__(id="identity-fields")
        self._kept: dict[str, str] = dict(values or {})
        self._fields: list[IdentityField] = []

    def show(self, inst: Instrument | None) -> None:
        """Ask the fields of *inst* (none when no form is chosen)."""
        self._kept.update(self.values())
        self._fields = list(inst.identity) if inst is not None else []
        self.remove_children()
        widgets: list[Widget] = []
        for field in self._fields:
            label = field.label + (" *" if field.required else "")
            widgets.append(Label(label, classes="field-label"))
            value = self._kept.get(field.id, "")
            if field.type == "choice":
                options = [(choice, choice) for choice in field.choices]
                if value and value not in field.choices:
                    options.append((value, value))  # an answer the form no longer lists is kept
                widgets.append(
                    Select(
                        options,
                        id=PREFIX + field.id,
                        value=value or Select.NULL,
                        prompt=t("forms2.tui.choose"),
                        compact=True,
                    )
                )
            else:
                kind: Literal["number", "text"] = "number" if field.type == "number" else "text"
                placeholder = t("tui.date.placeholder") if field.type == "date" else ""
                widgets.append(Input(value, id=PREFIX + field.id, type=kind, placeholder=placeholder, compact=True))
        target = inst.target_behaviours if inst is not None else None
        if target is not None:
            # PMM: the teacher chooses the behaviour to be observed; the choice fills the focus.
            widgets.append(Label(target.label, classes="field-label"))
            options = [(choice, choice) for choice in target.choices]
            widgets.append(Select(options, id=TARGET_ID, prompt=t("forms2.tui.choose"), compact=True))
        if widgets:
            self.mount_all(widgets)
        self.display = bool(widgets)

    def values(self) -> dict[str, str]:
        """Every answer: the shown fields' and the kept ones of fields not shown."""
        out = dict(self._kept)
        for field in self._fields:
            found = self.query(f"#{PREFIX}{field.id}")
            if not found:
                continue
            widget = found.first()
            if isinstance(widget, Select):
                out[field.id] = "" if widget.is_blank() else str(widget.value)
            elif isinstance(widget, Input):
                out[field.id] = widget.value.strip()
        return {key: value for key, value in out.items() if value}

    def problem(self) -> IdentityProblem | None:
        """The first required field left empty, or a date that is not one."""
        values = self.values()
        for field in self._fields:
            value = values.get(field.id, "")
            if field.required and not value:
                return IdentityProblem(field.id, t("forms2.tui.identity_required", label=field.label))
            if value and field.type == "date":
                try:
                    parse_date(value)
                except ValueError:
                    return IdentityProblem(field.id, t("tui.date.invalid", value=value))
        return None

    def focus_field(self, field_id: str) -> None:
        found = self.query(f"#{PREFIX}{field_id}")
        if found:
            found.first().focus()
