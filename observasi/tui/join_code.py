"""A join code is compared digit by digit on two screens, so it is never split across two
lines (the walk at 80 columns: "setujui bila kodenya sama: 650" / "261", in the joiner's
text and in the approve dialog). A non-breaking space does not help: the terminal's text
wrap breaks at any space. A code that ends a sentence after a colon gets a line of its own,
indented, in the same "650 261" form the other laptop and the command line show."""

from __future__ import annotations

import re

# ": 650 261" at the end of a line (or before a full stop that ends it).
_CODE_AFTER_COLON = re.compile(r":[ \u00a0]+(\d{3})[ \u00a0](\d{3})(?=\.?(?:\n|$))")


def code_on_its_own_line(text: str) -> str:
    """*text* with each code that follows a colon at a line's end on a line of its own."""
    return _CODE_AFTER_COLON.sub(r":\n    \1 \2", text)
