"""The sheet's part for what a form counts besides scores: tallies and the snapshot summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from observasi.i18n import t
from observasi.sheet.content import SheetContent
from observasi.sheet.form_text import snapshot_lines, tally_line
from observasi.sheet.kit import Styles, markup


def counts_and_snapshots(content: SheetContent, styles: Styles, letters: Iterator[str]) -> list[Any]:
    """A lettered heading with the tallies and the snapshot summary, where the form has them."""
    from observasi.sheet.paragraph import Paragraph

    inst, obs, lang = content.inst, content.obs, content.lang
    tallies = tally_line(inst, obs, lang)
    snapshots = snapshot_lines(inst, obs, lang)
    if not tallies and not snapshots:
        return []
    flow: list[Any] = [Paragraph(markup(f"{next(letters)}. {t('forms2.sheet.h.counts', lang=lang)}"), styles.heading)]
    if tallies:
        flow.append(Paragraph(markup(t("forms2.sheet.tallies", lang=lang, line=tallies)), styles.body))
    flow.extend(Paragraph(markup(line), styles.body) for line in snapshots)
    return flow
