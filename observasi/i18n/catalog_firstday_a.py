"""Messages of the first day's settings, shared-folder set-up and dialogs (issue 14,
round 3: firstday-a)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "text.kind.kop": ("kop surat", "the letterhead lines"),
    "text.field.kop_lines": ("Kop surat", "Letterhead lines"),
}
