"""The school's letterhead (kop surat): logo, name, address, NPSN and a double rule.

Shared by the feedback sheet and the recap PDF. :func:`draw_letterhead` paints on a
reportlab canvas; :func:`letterhead_flowable` wraps it for a platypus story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from observasi.fonts import register_fonts
from observasi.i18n import t
from observasi.store.models import School

LOGO_SIZE = 52.0  # points (about 18 mm)
NAME_SIZE = 14.0
LINE_SIZE = 9.0
KOP_SIZE = 10.5


def _logo(school: School) -> Any | None:
    """The logo as a reportlab ImageReader, or None when unset or unreadable (the
    letterhead is still right without it)."""
    if not school.logo_path:
        return None
    from observasi.sheet.kit import image_reader

    try:
        return image_reader(Path(school.logo_path).expanduser())
    except Exception:
        return None


def letterhead_lines(school: School, lang: str | None = None) -> list[str]:
    """The small lines under the school's name: address, phone and e-mail, then NPSN."""
    lines = [school.address.strip()] if school.address.strip() else []
    contact = [
        t(key, lang=lang, value=value.strip())
        for key, value in (("forms2.kop.phone", school.phone), ("forms2.kop.email", school.email))
        if value.strip()
    ]
    if contact:
        lines.append(" \u00b7 ".join(contact))
    if school.npsn.strip():
        lines.append(t("sheet.letterhead.npsn", lang=lang, npsn=school.npsn.strip()))
    return lines


def kop_lines(school: School) -> list[str]:
    """The lines above the school's name (PEMERINTAH KABUPATEN ..., DINAS PENDIDIKAN ...)."""
    return [line.strip() for line in school.kop_lines.splitlines() if line.strip()]


def letterhead_height(school: School) -> float:
    text = len(kop_lines(school)) * (KOP_SIZE + 2) + NAME_SIZE + 4 + len(letterhead_lines(school)) * (LINE_SIZE + 3)
    return max(LOGO_SIZE, text) + 10


def draw_letterhead(
    canvas: Any, school: School, x: float, top: float, width: float, *, lang: str | None = None
) -> float:
    """Paint the letterhead with its top edge at *top*; returns the height used."""
    regular, bold = register_fonts()
    height = letterhead_height(school)
    logo = _logo(school)
    text_left, text_width = x, width
    if logo is not None:
        canvas.drawImage(
            logo, x, top - LOGO_SIZE, LOGO_SIZE, LOGO_SIZE, preserveAspectRatio=True, anchor="c", mask="auto"
        )
        # Centre the text on the page, but keep it clear of the logo.
        text_left, text_width = x + LOGO_SIZE + 6, width - 2 * (LOGO_SIZE + 6)
    centre = text_left + text_width / 2
    lines = letterhead_lines(school, lang)
    above = kop_lines(school)
    block = len(above) * (KOP_SIZE + 2) + NAME_SIZE + len(lines) * (LINE_SIZE + 3)
    y = top - max(0.0, (height - 10 - block) / 2)
    canvas.setFont(bold, KOP_SIZE)
    for line in above:
        y -= KOP_SIZE + 2
        canvas.drawCentredString(centre, y, line.upper())
    y -= NAME_SIZE
    canvas.setFont(bold, NAME_SIZE)
    canvas.drawCentredString(centre, y, (school.name or "").upper())
    canvas.setFont(regular, LINE_SIZE)
    for line in lines:
        y -= LINE_SIZE + 3
        canvas.drawCentredString(centre, y, line)
    rule = top - height + 4
    canvas.setLineWidth(1.6)
    canvas.line(x, rule, x + width, rule)
    canvas.setLineWidth(0.5)
    canvas.line(x, rule - 2.5, x + width, rule - 2.5)
    return height


def letterhead_flowable(school: School, *, lang: str | None = None) -> Any:
    """A platypus flowable that draws the letterhead across the frame's width."""
    from reportlab.platypus import Flowable

    class Letterhead(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = letterhead_height(school)
            return self.width, self.height

        def draw(self) -> None:
            draw_letterhead(self.canv, school, 0, self.height, self.width, lang=lang)

    return Letterhead()
