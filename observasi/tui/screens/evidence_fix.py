"""Correcting the evidence lines of a record: pick a line, then fix its text, remove its
tag, or remove it (after saying what is removed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.app import App

from observasi.core import changes as ch
from observasi.core.record import Evidence
from observasi.i18n import t
from observasi.tui.render import evidence_line
from observasi.tui.screens.dialogs import ConfirmDialog, EvidenceListDialog, TextPrompt


def fix_evidence(app: App[Any], evidence: Sequence[Evidence], ask: Callable[[ch.Change], None]) -> None:
    """Open the list of *evidence* lines; the correction chosen is passed to *ask*."""

    def chosen(result: tuple[str, str] | None) -> None:
        if result is None:
            return
        action, evidence_id = result
        item = next(e for e in evidence if e.id == evidence_id)
        if action == "untag":
            ask(ch.TagEvidence(item.id, None))
        elif action == "delete":

            def confirmed(yes: bool | None) -> None:
                if yes:
                    ask(ch.RemoveEvidence(item.id))

            app.push_screen(
                ConfirmDialog(t("tui.evidence.delete_title"), [item.text], t("tui.evidence.key.delete")), confirmed
            )
        else:

            def edited(text: str | None) -> None:
                if text:
                    ask(ch.EditEvidence(item.id, text))

            app.push_screen(
                TextPrompt(t("tui.evidence.edit_title"), t("tui.evidence.edit_label"), item.text, required=True),
                edited,
            )

    app.push_screen(EvidenceListDialog([(e.id, evidence_line(e)) for e in evidence]), chosen)
