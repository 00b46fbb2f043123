"""The home list's four filter lists (teacher, status, form, semester): made with the
screen, their choices filled from one indexed read (no form parsed at start-up)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Select

from observasi.core.status import Status
from observasi.i18n import t


def filter_lists() -> list[Select[Any]]:
    return [
        Select([], prompt=t("tui.home.f_teacher"), id="f-teacher", compact=True),
        Select(
            [(t(f"status.{s.value}"), s.value) for s in Status],
            prompt=t("tui.home.f_status"),
            id="f-status",
            compact=True,
        ),
        Select([], prompt=t("tui.home.f_form"), id="f-form", compact=True),
        Select([], prompt=t("tui.home.f_semester"), id="f-semester", compact=True),
    ]


def selected(select: Select[Any]) -> str | None:
    return None if select.is_blank() else str(select.value)
