"""Key bindings whose descriptions follow the display language.

(A form's tally keys are bound after this translation, with the form's own labels.)

Bindings are declared on the classes with a catalog key as description ("tui.key.help");
every screen and widget translates its own copy when it is built, so rebuilding the
screens after a language switch gives footers and help in the new language.
"""

from __future__ import annotations

import dataclasses

from textual.binding import BindingsMap
from textual.dom import DOMNode

from observasi.i18n import has, t


def describe(description: str) -> str:
    """The text of a binding description: a catalog key, translated. Descriptions that
    Textual's own widgets bring (English only) are dropped, so help never shows them."""
    return t(description) if description and has(description) else ""


def translate_bindings(node: DOMNode) -> None:
    """Give *node* its class bindings with translated descriptions."""
    source: BindingsMap | None = type(node)._merged_bindings
    if source is None:
        return
    bindings = source.copy()
    for key, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            dataclasses.replace(b, description=describe(b.description), tooltip=describe(b.tooltip)) for b in items
        ]
    node._bindings = bindings
