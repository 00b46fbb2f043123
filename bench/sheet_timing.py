"""Timing of the sheet against a floor measured in the same run (for bench/ and tests).

The floor is what reportlab alone takes for the same content as one bare table (same
fonts, no letterhead, footer, QR or signature blocks); the budget is the sheet within
twice that. Signing is timed on an already drawn sheet with the key already loaded.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.sheet.content import SheetContent


def median_seconds(*actions: Callable[[], object], repeat: int = 7) -> list[float]:
    """The median time of each action. The actions take turns, run after run, so that a
    busy moment of a shared machine slows them alike instead of only the one timed then."""
    for action in actions:
        action()  # warm-up: imports, font parsing
    runs: list[list[float]] = [[] for _ in actions]
    for _ in range(repeat):
        for action, times in zip(actions, runs, strict=False):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in runs]


def bare_table(content: SheetContent) -> bytes:
    """The floor: the sheet's texts as one plain reportlab table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from observasi.fonts import register_fonts

    regular, _ = register_fonts()
    style = ParagraphStyle("bare", fontName=regular, fontSize=8.5, leading=10.6)
    obs = content.obs
    texts: list[tuple[str, str, str]] = [
        (obs.teacher.name, obs.teacher.id_number, obs.date),
        (obs.subject, obs.class_name, obs.topic),
        (obs.observer.name, obs.period, obs.semester),
        (content.school.name, content.school.address, content.school.npsn),
    ]
    for section in content.inst.sections:
        texts.append((section.title, "", ""))
        for ind in section.indicators:
            rating = obs.ratings.get(ind.id)
            texts.append(
                (
                    ind.text,
                    (rating.level or "") if rating else "",
                    (rating.note + " " + rating.recommendation) if rating else "",
                )
            )
    texts += [(obs.strengths, "", ""), (obs.improvements, "", "")]
    texts += [(item.action, item.measure, item.support) for item in obs.followups]
    texts += [(q.text, obs.reflection.get(q.id, ""), "") for q in content.inst.reflection]
    texts += [(str(ev.minute), ev.stage or "", ev.text) for ev in obs.evidence]
    rows = [[Paragraph(a, style), Paragraph(b, style), Paragraph(c, style)] for a, b, c in texts]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([Table(rows, colWidths=[250, 80, 160], repeatRows=0)])
    return buffer.getvalue()


@dataclass(frozen=True)
class SheetTiming:
    sheet: float
    floor: float
    sign: float | None

    @property
    def ratio(self) -> float:
        return self.sheet / self.floor


def time_sheet(context: AppContext, observation_id: str, passphrase: str | None = None, repeat: int = 7) -> SheetTiming:
    from observasi.sheet.build import build_sheet
    from observasi.sheet.content import gather
    from observasi.signing.pades import sign_bytes

    content = gather(context, observation_id)
    sheet, floor = median_seconds(lambda: build_sheet(content), lambda: bare_table(content), repeat=repeat)
    sign = None
    if passphrase is not None:
        built = build_sheet(content)
        spot = built.spots.get(content.signer_slot or "observer")
        [sign] = median_seconds(
            lambda: sign_bytes(
                context,
                built.data,
                passphrase,
                reason="bench",
                field_box=spot.box if spot else None,
                page=spot.page if spot else -1,
            ),
            repeat=repeat,
        )
    return SheetTiming(sheet, floor, sign)


def like_for_like_table(
    observation: tuple, ratings: list[tuple], evidence: list[tuple], followups: list[tuple]
) -> bytes:
    """A sheet's floor from its database rows: one reportlab table, a Paragraph only for a
    cell whose text wraps (as the sheet does), a plain string for the rest."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from observasi.fonts import register_fonts

    regular, _ = register_fonts()
    style = ParagraphStyle("bare", fontName=regular, fontSize=8.5, leading=10.6)
    widths = [250, 80, 160]

    def cell(value: object, width: float) -> object:
        text = "" if value is None else str(value)
        if stringWidth(text, regular, 8.5) <= width - 6:
            return text
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    texts = [observation[i : i + 3] for i in range(0, len(observation), 3)]
    texts += [(r[1], r[2], f"{r[4] or ''} {r[5] or ''}") for r in ratings]
    texts += [(e[4], e[5], e[6]) for e in evidence]
    texts += [(f[3], f[4], f[5]) for f in followups]
    rows = [[cell(v, w) for v, w in zip((*row, "", "")[:3], widths, strict=False)] for row in texts]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Table(rows, colWidths=widths, repeatRows=0, style=[("FONTNAME", (0, 0), (-1, -1), regular)])]
    )
    return buffer.getvalue()
