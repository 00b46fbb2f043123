"""The fonts every PDF of observasi uses: DejaVu Sans, shipped inside the package.

The standard PDF fonts (Helvetica ...) cannot print "Şükrü" or "Al-Qur'ān"; DejaVu covers
every Latin name a school roster holds and is embedded (subset) in each file, so the sheet
prints the same on any printer: the feedback sheet and the recap alike. The licence travels
beside the files (``LICENSE-DejaVu.txt``).
"""

from __future__ import annotations

import threading
from pathlib import Path

FONT_DIR = Path(__file__).parent
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Register DejaVu with reportlab (once per process); returns (regular, bold) names.

    Also registers the family so ``<b>`` in a Paragraph picks the bold face."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        if REGULAR not in known or BOLD not in known:
            for name, file in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
